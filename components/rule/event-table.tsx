import type { EventCoverageLevel, EventRow } from '@/lib/catalog/types';
import { Empty, Table } from '@/components/ui/table';

const WHY: Record<EventCoverageLevel, string> = {
  fixed_events: '',
  rule_events: '',
  provider_only: 'This log source has no event identifier; any event of the provider may match.',
  generic: 'A vendor-neutral log source: no single provider. Any product that maps this category can feed it.',
  unmapped: 'This log source is not in the catalog’s logsource mapping.',
};

export function eventLabel(id: number | string | null): string {
  return id === null ? 'any event' : typeof id === 'number' ? `Event ID ${id}` : id;
}

/** Provider | event | title: the telemetry a rule needs. */
export function EventTable({ events, level }: { events: EventRow[]; level: EventCoverageLevel }) {
  if (events.length === 0) return <Empty>{WHY[level] || 'No provider event is known for this rule.'}</Empty>;
  return (
    <Table
      head={['Provider', 'Event', 'Title']}
      rows={events.map((e) => [
        <span key="p" title={e.channel ?? undefined}>{e.provider}</span>,
        eventLabel(e.eventId),
        e.title ?? <span className="text-slate-600">—</span>,
      ])}
      caption="Event coverage"
    />
  );
}
