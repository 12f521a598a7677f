import type { CatalogRule } from '@/lib/catalog/types';
import { Section } from '@/components/ui/section';
import { RuleList } from './rule-list';

const OPS: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=', neq: '≠' };

/** A correlation's type, group-by, timespan, condition and the rules it correlates (linked). */
export function CorrelationSummary({ rule }: { rule: CatalogRule }) {
  const c = rule.correlation;
  if (!c) return null;
  const cond = c.condition;
  const condition = !cond
    ? '—'
    : cond.expression ?? `${cond.field.length ? `${cond.field.join(', ')} ` : ''}${cond.bounds.map((b) => `${OPS[b.op]} ${b.value}`).join(' and ')}${cond.percentile !== null ? ` (percentile ${cond.percentile})` : ''}`;
  return (
    <Section id="correlation" title="Correlation">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">Type</dt>
        <dd><code>{c.type}</code></dd>
        <dt className="font-medium text-slate-600">Group by</dt>
        <dd>{c.groupBy.length ? c.groupBy.map((g) => <code key={g} className="mr-2">{g}</code>) : '—'}</dd>
        <dt className="font-medium text-slate-600">Timespan</dt>
        <dd>{c.timespan}</dd>
        <dt className="font-medium text-slate-600">Condition</dt>
        <dd><code>{condition}</code></dd>
        {Object.keys(c.aliases).length ? (
          <>
            <dt className="font-medium text-slate-600">Aliases</dt>
            <dd>
              {Object.entries(c.aliases).map(([alias, map]) => (
                <div key={alias}>
                  <code>{alias}</code>: {Object.entries(map).map(([r, f]) => `${r} → ${f}`).join(', ')}
                </div>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600">Generates alerts of its rules</dt>
        <dd>{c.generate ? 'yes' : 'no'}</dd>
      </dl>
      <h3 className="mt-3 text-sm font-semibold">Correlated rules</h3>
      <RuleList rules={rule.links.correlates.filter((x) => x.rule).map((x) => x.rule!)} />
      {rule.links.correlates.some((x) => !x.rule) ? (
        <p className="mt-1 text-sm text-slate-700">
          Unresolved: {rule.links.correlates.filter((x) => !x.rule).map((x) => x.ref).join(', ')}
        </p>
      ) : null}
    </Section>
  );
}
