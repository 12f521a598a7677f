/**
 * ATT&CK content (`content/attack.json`, written by scripts/build-content.ts): its shape, loading and lookups.
 * Facts only (IDs, names, tactics, URLs); MITRE's prose stays out of `content/`.
 */

import { readContentJson } from '../content-file';

/* ---- content shape ---- */

export interface ContentTactic {
  id: string;
  shortname: string;
  name: string;
  url: string;
  /** 1-based matrix column. */
  order: number;
}

export interface ContentTechnique {
  id: string;
  name: string;
  parent: string | null;
  /** `Parent: Sub` for sub-techniques, else the name. */
  fullName: string;
  /** Shortnames in matrix order. For revoked/deprecated ones, whatever the v19 object still carries. */
  tactics: string[];
  url: string;
  deprecated: boolean;
  revoked: boolean;
  /** The ID to show: itself when active, the end of the revokedBy chain when revoked, null when deprecated. */
  current: string | null;
}

/** Group or software. */
export interface ContentRef {
  id: string;
  name: string;
  url: string;
  /** Only on revoked objects. */
  revokedBy?: string;
}

/** Mitigation, data source or data component: kept only so their tags are known, hence no URL. */
export interface ContentObject {
  id: string;
  name: string;
  deprecated: boolean;
}

export interface LegacyTactic {
  /** v18.1 ID and name. */
  id: string;
  name: string;
  status: 'spelling' | 'split' | 'spelling+split';
  /** Current shortnames; two for the Defense Evasion split. */
  current: string[];
  /** `split`: pick the successors from the rule's techniques. */
  resolveBy: 'technique' | null;
}

/** The name is in `techniques`. */
export interface LegacyTechnique {
  status: 'revoked' | 'deprecated';
  /** Null when deprecated (no replacement). */
  current: string | null;
  since: string;
}

export interface AttackContent {
  version: string;
  domain: string;
  attribution: string;
  license: string;
  source: string;
  sourceDetails: {
    repository: string;
    commit: string;
    previousRelease: { repository: string; commit: string; version: string };
  };
  tacticOrderSource: string;
  tactics: ContentTactic[];
  /** Sorted by ID; active, revoked and deprecated. */
  techniques: ContentTechnique[];
  groups: ContentRef[];
  software: ContentRef[];
  mitigations: ContentObject[];
  dataSources: ContentObject[];
  dataComponents: ContentObject[];
  /** Keys are Sigma tag names after `attack.` (`defense_evasion`, `privilege_escalation`, …). */
  legacyTactics: Record<string, LegacyTactic>;
  /** Every revoked or deprecated technique ID. */
  legacyTechniques: Record<string, LegacyTechnique>;
  /**
   * Every v18.1 technique that had defense-evasion → its current technique's tactics among
   * stealth/defense-impairment ([] = neither). The current ID is `techniques[].current`.
   */
  defenseEvasionTechniques: Record<string, string[]>;
}

/* ---- indexed data ---- */

export interface AttackData {
  /** ATT&CK release, `19.0`. */
  version: string;
  content: AttackContent;
  tactics: Map<string, ContentTactic>;
  techniques: Map<string, ContentTechnique>;
  groups: Map<string, ContentRef>;
  software: Map<string, ContentRef>;
  /** Mitigations, data sources and data components by ID. */
  others: Map<string, ContentObject>;
  /** Tactic shortnames in matrix order. */
  matrixOrder: string[];
}

export function indexAttackContent(content: AttackContent): AttackData {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x] as const));
  const tactics = [...content.tactics].sort((a, b) => a.order - b.order);
  return {
    version: content.version,
    content,
    tactics: new Map(tactics.map((t) => [t.shortname, t] as const)),
    techniques: byId(content.techniques),
    groups: byId(content.groups),
    software: byId(content.software),
    others: byId([...content.mitigations, ...content.dataSources, ...content.dataComponents]),
    matrixOrder: tactics.map((t) => t.shortname),
  };
}

/* ---- loading ---- */

const FILE = 'attack.json';

let cached: AttackData | null = null;

export function getAttackData(): AttackData {
  cached ??= indexAttackContent(readContentJson<AttackContent>(FILE));
  return cached;
}

/* ---- accessors ---- */

/** `T1218.009` (any case); revoked and deprecated techniques included. */
export function getTechnique(id: string): ContentTechnique | undefined {
  return getAttackData().techniques.get(id.toUpperCase());
}

/** Current tactic by shortname (`stealth`); legacy spellings are not tactics here. */
export function getTactic(shortname: string): ContentTactic | undefined {
  return getAttackData().tactics.get(shortname);
}

/** Current tactic shortnames in matrix order. */
export function getMatrixOrder(): readonly string[] {
  return getAttackData().matrixOrder;
}

/** `19.0`. */
export function getAttackVersion(): string {
  return getAttackData().version;
}

/** MITRE's copyright text, to show wherever ATT&CK data is displayed. */
export function getAttackAttribution(): string {
  return getAttackData().content.attribution;
}
