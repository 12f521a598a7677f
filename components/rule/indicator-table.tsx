import { SiteLink as Link } from '@/components/ui/site-link';
import type { Indicator } from '@/lib/catalog/types';
import { Empty, Table } from '@/components/ui/table';
import { indicatorHref } from '@/lib/site/urls';
import { FieldName, Operator, Value } from './operator';

/** Field | operator | value | corpus count; a count above 1 links to the rules that share the indicator. */
export function IndicatorTable({ indicators, ids }: { indicators: Indicator[]; ids: Map<string, string> }) {
  if (indicators.length === 0) return <Empty>No positive field predicate.</Empty>;
  return (
    <Table
      head={['Field', 'Operator', 'Value', 'Corpus']}
      rows={indicators.map((i) => {
        const id = ids.get(i.key);
        return [
          <FieldName key="f" field={i.field} />,
          <Operator key="o" name={i.operator} modifiers={i.modifiers} />,
          <Value key="v" value={i.value} />,
          id ? (
            <Link key="c" href={indicatorHref(id)} className="text-blue-800 hover:underline" aria-label={`${i.corpus} rules look for this`}>
              {i.corpus}
            </Link>
          ) : (
            <span key="c" title="No other rule looks for this">1</span>
          ),
        ];
      })}
      caption="Indicators"
    />
  );
}
