/**
 * A rule's logsource (+ the event IDs its detection names) → the provider events it covers.
 * The level says how concrete that is: the logsource fixes the events, the rule names them, only the
 * provider is known, nothing concrete (generic), or the logsource is not in the reference (unmapped).
 */

import type { EventCoverageLevel, EventRow } from '../types';
import {
  eventKey,
  getLogsourceData,
  logsourceKey,
  type ContentLogsource,
  type ContentProvider,
  type LogsourceData,
} from './data';

/* ---- types ---- */

/** Sigma's triple; undefined, null and blank all mean "absent". */
export interface LogsourceInput {
  product?: string | null;
  category?: string | null;
  service?: string | null;
}

export interface EventCoverage {
  level: EventCoverageLevel;
  events: EventRow[];
}

type EventId = number | string;

/* ---- helpers ---- */

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function norm(value: string | null | undefined): string | null {
  const v = value?.trim().toLowerCase();
  return v ? v : null;
}

/** Numeric strings become numbers (`'4624'` = 4624); duplicates dropped; numbers ascending, then names. */
export function normalizeEventIds(ids: readonly EventId[]): EventId[] {
  const numbers = new Set<number>();
  const names = new Set<string>();
  for (const id of ids) {
    if (typeof id === 'number') {
      if (Number.isSafeInteger(id) && id >= 0) numbers.add(id);
      continue;
    }
    const s = String(id).trim();
    if (/^\d+$/.test(s) && Number.isSafeInteger(Number(s))) numbers.add(Number(s));
    else if (s) names.add(s);
  }
  return [...[...numbers].sort((a, b) => a - b), ...[...names].sort(cmp)];
}

/**
 * The reference entry for a logsource. A triple SigmaHQ does not use falls back to the nearest one:
 * same product+category without the service, then product+service without the category, then a bare
 * service as a Windows service (`service: security` alone means the Windows Security log).
 */
export function findLogsource(logsource: LogsourceInput, data: LogsourceData = getLogsourceData()): ContentLogsource | undefined {
  const product = norm(logsource.product);
  const category = norm(logsource.category);
  const service = norm(logsource.service);
  const candidates: [string | null, string | null, string | null][] = [[product, category, service]];
  if (category && service) candidates.push([product, category, null], [product, null, service]);
  if (service && !product) candidates.push(['windows', null, service]);
  for (const [p, c, s] of candidates) {
    const found = data.logsources.get(logsourceKey(p, c, s));
    if (found) return found;
  }
  return undefined;
}

/**
 * The fields that name the event in a rule of this logsource (`EventID`, `eventName`, either of `a|b`);
 * empty when the logsource itself fixes the events or is unknown.
 */
export function eventIdFields(logsource: LogsourceInput, data: LogsourceData = getLogsourceData()): string[] {
  const entry = findLogsource(logsource, data);
  if (!entry?.event_ids_from_rule || !entry.event_id_field) return [];
  return entry.event_id_field.split('|').map((f) => f.trim()).filter(Boolean);
}

/**
 * Title of event `id` on `channel`. Several providers can share a channel and ID (System 16): prefer the
 * logsource's own provider, and give no title when the candidates disagree.
 */
function lookupTitle(data: LogsourceData, p: ContentProvider, id: number): { found: boolean; title: string | null } {
  const all = data.events.get(eventKey(p.channel, id));
  if (!all) return { found: false, title: null };
  const own = p.provider ? all.filter((e) => e.provider === p.provider) : [];
  const titles = [...new Set((own.length > 0 ? own : all).map((e) => e.title).filter((t) => t !== null))];
  return { found: true, title: titles.length === 1 ? titles[0] : null };
}

function providerRow(p: ContentProvider): EventRow {
  return { provider: p.name, channel: p.channel, eventId: null, title: null };
}

/** One row per (provider, ID); a multi-channel logsource (AppLocker) keeps an ID on the channels that have it. */
function ruleEventRows(data: LogsourceData, entry: ContentLogsource, ids: EventId[]): EventRow[] {
  if (ids.length === 0) return entry.providers.map(providerRow);
  const looked = entry.providers.map((p) =>
    ids.map((id) => ({ id, ...(typeof id === 'number' ? lookupTitle(data, p, id) : { found: false, title: null }) })),
  );
  const anywhere = new Set(looked.flat().filter((l) => l.found).map((l) => l.id));
  return entry.providers.flatMap((p, i) =>
    looked[i]
      .filter((l) => l.found || !anywhere.has(l.id))
      .map((l) => ({ provider: p.name, channel: p.channel, eventId: l.id, title: l.title })),
  );
}

/* ---- coverage ---- */

/**
 * `eventIds` are the values the rule's detection gives its event field (`EventID`, `eventName`, …);
 * they matter only when the logsource leaves the event to the rule (`rule_events`).
 */
export function eventCoverage(
  logsource: LogsourceInput,
  eventIds: readonly EventId[] = [],
  data: LogsourceData = getLogsourceData(),
): EventCoverage {
  const entry = findLogsource(logsource, data);
  if (!entry) return { level: 'unmapped', events: [] };
  switch (entry.mapping_level) {
    case 'fixed_events':
      return {
        level: 'fixed_events',
        events: entry.providers.flatMap((p) =>
          p.events.map((e) => ({ provider: p.name, channel: p.channel, eventId: e.id, title: e.title })),
        ),
      };
    case 'rule_events':
      return { level: 'rule_events', events: ruleEventRows(data, entry, normalizeEventIds(eventIds)) };
    case 'provider_only':
      return { level: 'provider_only', events: entry.providers.map(providerRow) };
    case 'generic':
      return { level: 'generic', events: [] };
  }
}
