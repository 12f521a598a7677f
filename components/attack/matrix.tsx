import type { MatrixModel } from '@/lib/catalog/attack/coverage';
import { basePath, tacticHref } from '@/lib/site/urls';
import css from './matrix.module.css';
import { TechniqueCell } from './technique-cell';

/**
 * The enterprise matrix as a grid of lists: one column (section, heading, list) per tactic in matrix order.
 * Wider than the page: it breaks out to the viewport width and scrolls sideways below that.
 */
export function AttackMatrix({ model, counts, busy = false }: { model: MatrixModel; counts: Record<string, number>; busy?: boolean }) {
  return (
    <div className={`${css.frame} mt-4`}>
      <div className={busy ? `${css.grid} ${css.busy}` : css.grid} aria-busy={busy} style={{ gridTemplateColumns: `repeat(${model.tactics.length}, minmax(7rem, 1fr))` }}>
        {model.tactics.map((tactic) => {
          const covered = tactic.techniques.filter((id) => (counts[id] ?? 0) > 0).length;
          return (
            <section key={tactic.shortname} aria-labelledby={`tactic-${tactic.shortname}`} className={css.column}>
              <h2 id={`tactic-${tactic.shortname}`} className="flex min-h-[2.5rem] items-end rounded bg-slate-800 px-1.5 py-1 text-xs leading-tight font-semibold text-white">
                <a href={`${basePath}${tacticHref(tactic.id)}`} className="hover:underline">
                  {tactic.name}
                </a>
              </h2>
              <p className="px-0.5 pt-0.5 pb-1 text-[0.7rem] text-slate-700">{`${covered}/${tactic.techniques.length} with rules`}</p>
              <ul className={css.cells}>
                {tactic.techniques.map((id) => (
                  <TechniqueCell key={id} id={id} model={model} counts={counts} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
