import type { Neighbours } from '@/lib/catalog/types';
import { Section } from '@/components/ui/section';
import { Empty } from '@/components/ui/table';
import { RuleList } from './rule-list';

/** The rules most likely to fire on the same events, and the rules that need the same telemetry. */
export function RuleNeighbours({ neighbours }: { neighbours: Neighbours }) {
  return (
    <Section id="neighbours" title="Neighbours">
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">Same log source, shared indicators</h3>
          {neighbours.logsource.length ? (
            <RuleList rules={neighbours.logsource} extra={(r) => `${neighbours.logsource.find((x) => x.slug === r.slug)!.shared} shared`} />
          ) : (
            <Empty>No other rule of this log source shares an indicator.</Empty>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold">Same provider events ({neighbours.eventsTotal} other rules)</h3>
          {neighbours.events.length ? <RuleList rules={neighbours.events} /> : <Empty>No other rule needs the same events.</Empty>}
        </div>
      </div>
    </Section>
  );
}
