/**
 * Builds `content/attack.json` and `content/logsources.json` from the shared reference data
 * (`../shared/reference` next to the repo, or $SHARED_REFERENCE).
 *
 * Only facts go into `content/`: IDs, names, tactics, URLs, mappings, event titles. MITRE's descriptions and
 * the reference's notes are prose and stay out. Output is deterministic (stable order, no timestamps) so
 * a rebuild from the same reference gives the same bytes.
 *
 *   npx tsx scripts/build-content.ts
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  AttackContent,
  ContentObject,
  ContentRef,
  ContentTactic,
  ContentTechnique,
  LegacyTactic,
  LegacyTechnique,
} from '../lib/catalog/attack/data';
import type {
  ContentEventEntry,
  ContentLogsource,
  ContentProvider,
  LogsourceContent,
  MappingLevel,
  SourceRef,
} from '../lib/catalog/events/data';

/* ---- reference shapes (only the fields read here) ---- */

interface RefTactic {
  id: string;
  shortname: string;
  name: string;
  order: number;
  url: string;
}

interface RefTechnique {
  id: string;
  name: string;
  parent: string | null;
  fullName: string;
  tactics: string[];
  url: string;
  deprecated: boolean;
  revoked: boolean;
  current?: string;
}

interface RefObject {
  id: string;
  name: string;
  url: string;
  deprecated: boolean;
  revoked?: boolean;
  revokedBy?: string;
}

interface RefAttack {
  version: string;
  domain: string;
  source: string;
  sourceDetails: {
    repository: string;
    commit: string;
    previousRelease: { repository: string; commit: string; version: string };
  };
  tacticOrderSource: string;
  license: string;
  attribution: string;
  tactics: RefTactic[];
  techniques: RefTechnique[];
  groups: RefObject[];
  software: RefObject[];
  mitigations: RefObject[];
  dataSources: RefObject[];
  dataComponents: RefObject[];
}

interface RefLegacy {
  attribution: string;
  tactics: Record<string, { id: string; name: string; status: LegacyTactic['status']; current: string[]; resolveBy?: string }>;
  techniques: Record<string, { name: string; status: LegacyTechnique['status']; current: string | null; since: string }>;
  defenseEvasionTechniques: Record<string, { current: string; tactics: string[] }>;
}

interface RefProvider {
  name: string;
  channel?: string;
  provider?: string;
  events: { id: number; title: string }[];
  sources?: string[];
}

interface RefLogsources {
  schema_version: number;
  sigma_snapshot: { repo: string; commit: string; folders: string[] };
  sources: Record<string, SourceRef & { note?: string }>;
  logsources: {
    product: string | null;
    category: string | null;
    service: string | null;
    mapping_level: MappingLevel;
    event_ids_from_rule: boolean;
    event_id_field?: string;
    providers: RefProvider[];
  }[];
}

interface RefEvents {
  sources: Record<string, SourceRef & { note?: string }>;
  events: { channel: string | null; provider: string; id: number; title: string; title_kind: string }[];
}

/* ---- helpers ---- */

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<T>(record: Record<string, T>, map: (value: T, key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort(cmp)) out[key] = map(record[key], key);
  return out;
}

function fail(message: string): never {
  throw new Error(`build-content: ${message}`);
}

/**
 * Compact JSON, but containers above `breakDepth` put one child per line so diffs stay readable.
 * Undefined fields are dropped, as JSON.stringify does.
 */
function formatJson(value: unknown, breakDepth: number, depth = 0): string {
  if (depth >= breakDepth || value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => formatJson(v, breakDepth, depth + 1)).join(',\n')}\n]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${formatJson(v, breakDepth, depth + 1)}`).join(',\n')}\n}`;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/* ---- attack.json ---- */

function buildAttack(ref: RefAttack, legacy: RefLegacy): AttackContent {
  if (legacy.attribution !== ref.attribution) fail('attribution differs between enterprise-attack.json and legacy-map.json');

  const tactics: ContentTactic[] = [...ref.tactics]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ id: t.id, shortname: t.shortname, name: t.name, url: t.url, order: t.order }));
  const shortnames = new Set(tactics.map((t) => t.shortname));

  const byId = new Map(ref.techniques.map((t) => [t.id, t] as const));
  const techniques: ContentTechnique[] = [...ref.techniques]
    .sort((a, b) => cmp(a.id, b.id))
    .map((t) => {
      const current = t.revoked ? (t.current ?? fail(`${t.id} is revoked without current`)) : t.deprecated ? null : t.id;
      if (current !== null && byId.get(current)?.revoked !== false) fail(`${t.id}: current ${current} is not active`);
      for (const s of t.tactics) if (!shortnames.has(s)) fail(`${t.id}: unknown tactic ${s}`);
      return {
        id: t.id,
        name: t.name,
        parent: t.parent,
        fullName: t.fullName,
        tactics: t.tactics,
        url: t.url,
        deprecated: t.deprecated,
        revoked: t.revoked,
        current,
      };
    });

  const toRef = (o: RefObject): ContentRef => (o.revoked && o.revokedBy ? { id: o.id, name: o.name, url: o.url, revokedBy: o.revokedBy } : { id: o.id, name: o.name, url: o.url });
  const obj = (o: RefObject): ContentObject => ({ id: o.id, name: o.name, deprecated: o.deprecated });
  const byObjectId = (a: RefObject, b: RefObject) => cmp(a.id, b.id);

  for (const [key, t] of Object.entries(legacy.tactics)) for (const s of t.current) if (!shortnames.has(s)) fail(`legacy tactic ${key}: unknown ${s}`);
  for (const id of Object.keys(legacy.techniques)) if (!byId.has(id)) fail(`legacy technique ${id} missing from techniques`);

  return {
    version: ref.version,
    domain: ref.domain,
    attribution: ref.attribution,
    license: ref.license,
    source: ref.source,
    sourceDetails: {
      repository: ref.sourceDetails.repository,
      commit: ref.sourceDetails.commit,
      previousRelease: {
        repository: ref.sourceDetails.previousRelease.repository,
        commit: ref.sourceDetails.previousRelease.commit,
        version: ref.sourceDetails.previousRelease.version,
      },
    },
    tacticOrderSource: ref.tacticOrderSource,
    tactics,
    techniques,
    groups: [...ref.groups].sort(byObjectId).map(toRef),
    software: [...ref.software].sort(byObjectId).map(toRef),
    mitigations: [...ref.mitigations].sort(byObjectId).map(obj),
    dataSources: [...ref.dataSources].sort(byObjectId).map(obj),
    dataComponents: [...ref.dataComponents].sort(byObjectId).map(obj),
    legacyTactics: sortedRecord(legacy.tactics, (t) => ({
      id: t.id,
      name: t.name,
      status: t.status,
      current: t.current,
      resolveBy: t.resolveBy === 'technique' ? 'technique' : null,
    })) as Record<string, LegacyTactic>,
    legacyTechniques: sortedRecord(legacy.techniques, (t) => ({
      status: t.status,
      current: t.current,
      since: t.since,
    })) as Record<string, LegacyTechnique>,
    defenseEvasionTechniques: sortedRecord(legacy.defenseEvasionTechniques, (t, id) => {
      if (t.current !== byId.get(id)?.current && t.current !== id) fail(`defenseEvasionTechniques ${id}: current ${t.current} disagrees`);
      return t.tactics;
    }) as Record<string, string[]>,
  };
}

/* ---- logsources.json ---- */

/** A rule title is what a rule looks for, not what the event is called: keep no title rather than a wrong one. */
const RULE_TITLE_KIND = 'sigma-rule-title';

function sourceRef(s: SourceRef): SourceRef {
  const out: SourceRef = { kind: s.kind };
  if (s.repo !== undefined) out.repo = s.repo;
  if (s.commit !== undefined) out.commit = s.commit;
  if (s.path !== undefined) out.path = s.path;
  if (s.url !== undefined) out.url = s.url;
  if (s.title !== undefined) out.title = s.title;
  return out;
}

function buildLogsources(ref: RefLogsources, events: RefEvents): LogsourceContent {
  const eventEntries: ContentEventEntry[] = events.events
    .map((e) => ({
      channel: e.channel,
      provider: e.provider,
      id: e.id,
      title: e.title_kind === RULE_TITLE_KIND ? null : e.title,
    }))
    .sort((a, b) => cmp(a.channel ?? '', b.channel ?? '') || a.id - b.id || cmp(a.provider, b.provider));

  const ruleTitled = new Set(
    events.events.filter((e) => e.title_kind === RULE_TITLE_KIND).map((e) => `${e.channel ?? ''}|${e.provider}|${e.id}`),
  );

  const provider = (p: RefProvider): ContentProvider => ({
    name: p.name,
    channel: p.channel ?? null,
    provider: p.provider ?? null,
    events: p.events.map((e) => ({
      id: e.id,
      title: ruleTitled.has(`${p.channel ?? ''}|${p.provider ?? ''}|${e.id}`) ? null : e.title,
    })),
    sources: [...(p.sources ?? [])],
  });

  const logsources: ContentLogsource[] = ref.logsources
    .map((l) => ({
      product: l.product,
      category: l.category,
      service: l.service,
      mapping_level: l.mapping_level,
      event_ids_from_rule: l.event_ids_from_rule,
      event_id_field: l.event_id_field ?? null,
      providers: l.providers.map(provider),
    }))
    .sort((a, b) => cmp(a.product ?? '', b.product ?? '') || cmp(a.category ?? '', b.category ?? '') || cmp(a.service ?? '', b.service ?? ''));

  const seen = new Set<string>();
  for (const l of logsources) {
    const key = `${l.product}/${l.category}/${l.service}`;
    if (seen.has(key)) fail(`duplicate logsource ${key}`);
    seen.add(key);
  }

  // Both reference files embed the source registry; they are meant to be the same, so merge them.
  const registry = { ...events.sources, ...ref.sources };
  const snapshot = ref.sigma_snapshot;
  return {
    schema_version: ref.schema_version,
    source: `Sigma logsource → provider event reference (shared/reference/logsources, schema ${ref.schema_version}) for ${snapshot.repo} @ ${snapshot.commit}`,
    attribution:
      'Logsource mappings, channels and event titles restate facts from the sources listed in `sources` ' +
      '(SigmaHQ rules and guides, pySigma pipelines and backends, Microsoft documentation, OSSEM-DD, …).',
    sigma_snapshot: { repo: snapshot.repo, commit: snapshot.commit, folders: [...snapshot.folders] },
    sources: sortedRecord(registry, (s) => sourceRef(s)) as Record<string, SourceRef>,
    logsources,
    events: eventEntries,
  };
}

/* ---- main ---- */

function main(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const reference = path.resolve(process.env.SHARED_REFERENCE ?? path.join(repoRoot, '..', 'shared', 'reference'));
  const outDir = path.join(repoRoot, 'content');
  mkdirSync(outDir, { recursive: true });

  const attack = buildAttack(
    readJson<RefAttack>(path.join(reference, 'attack', 'enterprise-attack.json')),
    readJson<RefLegacy>(path.join(reference, 'attack', 'legacy-map.json')),
  );
  const logsources = buildLogsources(
    readJson<RefLogsources>(path.join(reference, 'logsources', 'logsources.json')),
    readJson<RefEvents>(path.join(reference, 'logsources', 'events.json')),
  );

  for (const [name, value] of [
    ['attack.json', attack],
    ['logsources.json', logsources],
  ] as const) {
    const text = `${formatJson(value, 2)}\n`;
    const file = path.join(outDir, name);
    writeFileSync(file, text);
    console.log(`${path.relative(repoRoot, file)}: ${Buffer.byteLength(text)} bytes`);
  }
}

main();
