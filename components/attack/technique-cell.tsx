import { Fragment } from 'react';
import { heatBin, type MatrixModel } from '@/lib/catalog/attack/coverage';
import { basePath, techniqueHref } from '@/lib/site/urls';
import css from './matrix.module.css';

type Counts = Record<string, number>;

/**
 * One technique of a matrix column: name, ID and rule count, linked to its page; its sub-techniques in a
 * native disclosure (keyboard and no-JS friendly), each with its own count. `data-technique`/`data-count`
 * name the cell for tests and scripts (a technique can sit in several columns, so no element IDs).
 * Plain links, not next/link: ~900 of them would each hydrate a router link, and next/link drops the
 * trailing slash of `T1218.009/` (it takes `.009` for a file extension).
 */
export function TechniqueCell({ id, model, counts }: { id: string; model: MatrixModel; counts: Counts }) {
  const t = model.techniques[id];
  const count = counts[id] ?? 0;
  const subs = t.subs ?? [];
  const coveredSubs = subs.filter((s) => (counts[s] ?? 0) > 0).length;
  return (
    <li data-technique={id} data-count={count} {...heat(css.cell, count)}>
      <a href={`${basePath}${techniqueHref(id)}`}>
        <Count count={count} />
        <span className={css.name}>
          <Breakable text={t.name} />
          <span className={css.id}>{id}</span>
        </span>
      </a>
      {subs.length ? (
        <details className={css.subs}>
          <summary>
            {/* Short on screen so the toggle keeps to one line in a narrow column; complete for screen readers. */}
            <span aria-hidden="true">{`${coveredSubs}/${subs.length} subs`}</span>
            <span className="sr-only">{`Sub-techniques of ${t.name}: ${coveredSubs} of ${subs.length} with rules`}</span>
          </summary>
          <ul>
            {subs.map((s) => (
              <SubCell key={s} id={s} name={model.techniques[s].name} count={counts[s] ?? 0} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

function SubCell({ id, name, count }: { id: string; name: string; count: number }) {
  return (
    <li data-technique={id} data-count={count} {...heat(css.sub, count)}>
      <a href={`${basePath}${techniqueHref(id)}`}>
        <Count count={count} />
        <span className={css.name}>
          <span className={css.id}>{`.${id.split('.')[1]}`}</span> <Breakable text={name} />
        </span>
      </a>
    </li>
  );
}

/**
 * First in the link and floated right: the name flows around it and gets the cell's full width below
 * its first line, so long words (Authentication, PowerShell) need no mid-word break. Screen readers hear
 * "3 rules, Command and Scripting Interpreter T1059".
 */
function Count({ count }: { count: number }) {
  return (
    <span className={css.count}>
      {count}
      <span className="sr-only"> rules, </span>
    </span>
  );
}

/**
 * Break opportunities after "/" and between the words of CamelCase names (Deobfuscate/Decode,
 * SyncAppvPublishingServer), so long names wrap at sensible points in a narrow column. With these, every
 * v19 name fits the 7rem minimum column without breaking inside a word (`overflow-wrap` would also break
 * words that merely do not fit beside the floated count).
 */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=\/)|(?<=[a-z])(?=[A-Z])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

/** Class and inline colours of a cell: the heat scale when covered, the zero style when not. */
function heat(base: string, count: number) {
  const bin = heatBin(count);
  return bin ? { className: base, style: { backgroundColor: bin.background, color: bin.color } } : { className: `${base} ${css.zero}` };
}
