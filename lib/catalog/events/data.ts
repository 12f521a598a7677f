/**
 * Logsource → provider event content (`content/logsources.json`, written by scripts/build-content.ts):
 * its shape, loading and lookups. Facts only; the reference's notes stay out of `content/`.
 */

import { readContentJson } from '../content-file';
import type { EventCoverageLevel } from '../types';

/* ---- content shape ---- */

export type MappingLevel = Exclude<EventCoverageLevel, 'unmapped'>;

export interface ContentEvent {
  id: number;
  /** Null where the reference had only a SigmaHQ rule title (not an event name). */
  title: string | null;
}

export interface ContentProvider {
  /** As the reference names it: `Sysmon`, `Windows Security`, `AWS CloudTrail`. */
  name: string;
  /** Event log channel; null for non-event-log sources. */
  channel: string | null;
  /** Event provider / source name; null when the channel has many. */
  provider: string | null;
  /** Events the logsource itself implies (fixed_events); else empty. */
  events: ContentEvent[];
  /** Keys of `sources`. */
  sources: string[];
}

export interface ContentLogsource {
  product: string | null;
  category: string | null;
  service: string | null;
  mapping_level: MappingLevel;
  /** The rule's own detection names the event (`EventID`, CloudTrail `eventName`, …). */
  event_ids_from_rule: boolean;
  /** Field naming the event; `a|b` = alternatives. */
  event_id_field: string | null;
  providers: ContentProvider[];
}

/** One titled event; `(channel, id)` is not unique (e.g. System 16), so the provider is kept. */
export interface ContentEventEntry {
  /** Null for non-event-log sources (macOS ES types, OpenCanary logtypes). */
  channel: string | null;
  provider: string;
  id: number;
  title: string | null;
}

export interface SourceRef {
  kind: string;
  repo?: string;
  commit?: string;
  path?: string;
  url?: string;
  title?: string;
}

export interface LogsourceContent {
  schema_version: number;
  source: string;
  attribution: string;
  sigma_snapshot: { repo: string; commit: string; folders: string[] };
  sources: Record<string, SourceRef>;
  /** Sorted by product, category, service (null first). */
  logsources: ContentLogsource[];
  /** Sorted by channel, id, provider. */
  events: ContentEventEntry[];
}

/* ---- indexed data ---- */

export interface LogsourceData {
  content: LogsourceContent;
  /** Key: `logsourceKey(product, category, service)`. */
  logsources: Map<string, ContentLogsource>;
  /** Key: `eventKey(channel, id)`. */
  events: Map<string, ContentEventEntry[]>;
}

export function logsourceKey(product: string | null, category: string | null, service: string | null): string {
  return `${product ?? ''}/${category ?? ''}/${service ?? ''}`;
}

export function eventKey(channel: string | null, id: number): string {
  return `${channel ?? ''}\u0000${id}`;
}

export function indexLogsourceContent(content: LogsourceContent): LogsourceData {
  const logsources = new Map<string, ContentLogsource>();
  for (const l of content.logsources) logsources.set(logsourceKey(l.product, l.category, l.service), l);
  const events = new Map<string, ContentEventEntry[]>();
  for (const e of content.events) {
    const key = eventKey(e.channel, e.id);
    const list = events.get(key);
    if (list) list.push(e);
    else events.set(key, [e]);
  }
  return { content, logsources, events };
}

/* ---- loading ---- */

const FILE = 'logsources.json';

let cached: LogsourceData | null = null;

export function getLogsourceData(): LogsourceData {
  cached ??= indexLogsourceContent(readContentJson<LogsourceContent>(FILE));
  return cached;
}

/* ---- accessors ---- */

/** Exact triple; no fallback (see `findLogsource` in coverage.ts for that). */
export function getLogsource(
  product: string | null,
  category: string | null,
  service: string | null,
): ContentLogsource | undefined {
  return getLogsourceData().logsources.get(logsourceKey(product, category, service));
}

/** Every titled event with this channel and ID (usually one; several providers can share an ID). */
export function getEvents(channel: string | null, id: number): readonly ContentEventEntry[] {
  return getLogsourceData().events.get(eventKey(channel, id)) ?? [];
}
