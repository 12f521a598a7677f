import type { Exclusion } from '@/lib/catalog/types';
import { Empty, Table } from '@/components/ui/table';
import { FieldName, Operator, Value } from './operator';

/** One row per excluded value, grouped by filter: a filter of several fields reads as "all of these". */
export function ExclusionTable({ exclusions }: { exclusions: Exclusion[] }) {
  if (exclusions.length === 0) return <Empty>The condition has no top-level NOT: this rule excludes nothing explicitly.</Empty>;
  const groups = new Map<string, Exclusion[]>();
  for (const x of exclusions) groups.set(x.identifier, [...(groups.get(x.identifier) ?? []), x]);
  return (
    <div className="space-y-3">
      {[...groups].map(([identifier, items]) => (
        <div key={identifier}>
          <p className="mb-1 text-sm text-slate-700">
            <code>{identifier}</code>
            {items.length > 1 ? ' — all of these together' : null}
          </p>
          <Table
            head={['Field', 'Kind', 'Excluded values']}
            rows={items.flatMap((x) => x.values.map((v) => [<FieldName key="f" field={x.field} />, <Operator key="k" name={x.kind} modifiers={x.modifiers} />, <Value key="v" value={v} />]))}
            caption={`Exclusions of ${identifier}`}
          />
        </div>
      ))}
    </div>
  );
}
