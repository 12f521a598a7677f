/**
 * Corpus-wide views for the explorers and the home page: every indicator and exclusion with its rule
 * count, the rules per provider event and per logsource, and the catalog's figures. Pure functions of a
 * built catalog.
 */

import { indicatorKey } from './analysis/normalize';
import type { BuiltCatalog } from './build';
import { indicatorId } from './corpus/counts';
import type { CatalogRule, EventRow, Exclusion } from './types';

/** [field, operator, modifiers, value, rule count, first rule slug, page id or ''] */
export type ExplorerRow = [string | null, string, string, string, number, string, string];

export interface ExplorerFile {
  columns: string[];
  rows: ExplorerRow[];
}

/** Every positive indicator of the corpus once, most used first. */
export function buildIndicatorExplorer(c: BuiltCatalog): ExplorerFile {
  const rows: ExplorerRow[] = [];
  const firstBy = new Map<string, CatalogRule>();
  for (const r of c.rules) for (const i of r.indicators) if (!firstBy.has(i.key)) firstBy.set(i.key, r);
  for (const [key, rule] of firstBy) {
    const i = rule.indicators.find((x) => x.key === key)!;
    const use = c.indicators.get(key)!;
    rows.push([i.field, i.operator, i.modifiers.join(' '), i.value, use.rules.length, rule.slug, use.id ?? '']);
  }
  return { columns: ['field', 'operator', 'modifiers', 'value', 'rules', 'rule', 'id'], rows: rows.sort(byCountThenText) };
}

/** Every excluded value of the corpus (top-level NOT filters), with how many rules exclude it. */
export function buildExclusionExplorer(c: BuiltCatalog): ExplorerFile {
  const uses = new Map<string, { row: ExplorerRow; rules: Set<string> }>();
  for (const r of c.rules) {
    for (const x of r.exclusions) {
      for (const v of x.values) {
        const key = exclusionKey(x, v);
        let use = uses.get(key);
        if (!use) uses.set(key, (use = { row: [x.field, x.kind, x.modifiers.join(' '), v, 0, r.slug, ''], rules: new Set() }));
        use.rules.add(r.slug);
      }
    }
  }
  const rows = [...uses.entries()].map(([key, u]) => {
    u.row[4] = u.rules.size;
    u.row[6] = u.rules.size > 1 ? `x${indicatorId(key)}` : '';
    return u.row;
  });
  return { columns: ['field', 'kind', 'modifiers', 'value', 'rules', 'rule', 'id'], rows: rows.sort(byCountThenText) };
}

/** The rules excluding each shared excluded value, by the id used in the exclusion explorer. */
export function exclusionGroups(c: BuiltCatalog): Map<string, { field: string | null; kind: string; modifiers: string; value: string; rules: CatalogRule[] }> {
  const out = new Map<string, { field: string | null; kind: string; modifiers: string; value: string; rules: CatalogRule[] }>();
  for (const r of c.rules) {
    for (const x of r.exclusions) {
      for (const v of x.values) {
        const id = `x${indicatorId(exclusionKey(x, v))}`;
        let g = out.get(id);
        if (!g) out.set(id, (g = { field: x.field, kind: x.kind, modifiers: x.modifiers.join(' '), value: v, rules: [] }));
        if (!g.rules.includes(r)) g.rules.push(r);
      }
    }
  }
  for (const [id, g] of out) if (g.rules.length < 2) out.delete(id);
  return out;
}

/** Excluded values are compared as Sigma compares them, like indicators. */
function exclusionKey(x: Exclusion, value: string): string {
  return indicatorKey(x.field, x.kind, x.modifiers, { kind: 'string', value, text: value });
}

function byCountThenText(a: ExplorerRow, b: ExplorerRow): number {
  return b[4] - a[4] || cmp(a[0] ?? '', b[0] ?? '') || cmp(a[1], b[1]) || cmp(a[3], b[3]);
}

export interface EventGroup {
  provider: string;
  channel: string | null;
  eventId: number | string | null;
  title: string | null;
  rules: CatalogRule[];
}

/** Per provider and event: the rules that need it ("what telemetry does this catalog need"). */
export function buildEventGroups(c: BuiltCatalog): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const r of c.rules) {
    for (const e of r.events) {
      const key = `${e.provider}\u0000${e.channel}\u0000${e.eventId}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { ...pick(e), rules: [] }));
      g.rules.push(r);
    }
  }
  return [...groups.values()].sort((a, b) => cmp(a.provider, b.provider) || b.rules.length - a.rules.length || cmp(String(a.eventId), String(b.eventId)));
}

function pick(e: EventRow): Omit<EventGroup, 'rules'> {
  return { provider: e.provider, channel: e.channel, eventId: e.eventId, title: e.title };
}

export interface LogsourceGroup {
  product: string | null;
  category: string | null;
  service: string | null;
  rules: number;
  /** The rules' event coverage, e.g. `fixed_events`, `generic`. */
  coverage: string;
}

export function buildLogsourceGroups(c: BuiltCatalog): LogsourceGroup[] {
  const groups = new Map<string, LogsourceGroup>();
  for (const r of c.rules) {
    if (!r.logsource) continue;
    const { product, category, service } = r.logsource;
    const key = `${product}/${category}/${service}`;
    const g = groups.get(key) ?? { product, category, service, rules: 0, coverage: r.eventCoverage };
    g.rules++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.rules - a.rules || cmp(`${a.product}${a.category}${a.service}`, `${b.product}${b.category}${b.service}`));
}

export interface CatalogFigures {
  rules: number;
  files: number;
  byLevel: [string, number][];
  byStatus: [string, number][];
  byKind: [string, number][];
  byProduct: [string, number][];
  /** [shortname, name, rules] */
  byTactic: [string, string, number][];
  errors: number;
  warnings: number;
  filesWithDiagnostics: number;
  duplicateIds: number;
  unknownTags: number;
  legacyTags: number;
}

const LEVELS = ['critical', 'high', 'medium', 'low', 'informational'];
const rank = (level: string) => (LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.length);

export function buildFigures(c: BuiltCatalog): CatalogFigures {
  const count = (f: (r: CatalogRule) => string | null) => {
    const m = new Map<string, number>();
    for (const r of c.rules) {
      const k = f(r) ?? '(none)';
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  };
  const tactics = new Map<string, [string, string, number]>();
  for (const r of c.rules) for (const row of r.attack.rows) {
    const t = tactics.get(row.tactic.id) ?? [row.tactic.shortname, row.tactic.name, 0];
    t[2]++;
    tactics.set(row.tactic.id, t);
  }
  return {
    rules: c.rules.length,
    files: c.files,
    byLevel: count((r) => r.level).sort((a, b) => rank(a[0]) - rank(b[0])),
    byStatus: count((r) => r.status),
    byKind: count((r) => r.kind),
    byProduct: count((r) => r.logsource?.product ?? null),
    byTactic: [...tactics.values()].sort((a, b) => b[2] - a[2]),
    errors: c.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: c.diagnostics.filter((d) => d.severity === 'warning').length,
    filesWithDiagnostics: new Set(c.diagnostics.map((d) => `${d.root}/${d.path}`)).size,
    duplicateIds: c.diagnostics.filter((d) => d.code === 'duplicate-id').length,
    unknownTags: c.diagnostics.filter((d) => d.code === 'unknown-tag').length,
    legacyTags: c.diagnostics.filter((d) => d.code === 'legacy-tag').length,
  };
}

/** Newest first by the later of date and modified; for the home page and the Atom feed. */
export function recentRules(c: BuiltCatalog, limit: number, by: 'date' | 'modified' | 'either' = 'either'): CatalogRule[] {
  const when = (r: CatalogRule) => norm(by === 'date' ? r.date : by === 'modified' ? r.modified : maxDate(r.date, r.modified));
  return c.rules
    .filter((r) => when(r))
    .sort((a, b) => cmp(when(b), when(a)) || cmp(a.title, b.title))
    .slice(0, limit);
}

export function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return norm(a) > norm(b) ? a : b;
}

function norm(d: string | null): string {
  return (d ?? '').replace(/\//g, '-');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
