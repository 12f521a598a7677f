/** The catalog: every rule with its analysis, and the diagnostics of the files that fed it. */

import type { Diagnostic } from '../sigma/diagnostics';
import type { ModifierName, Operator } from '../sigma/modifiers/table';
import type { Correlation, Logsource, RelatedRule } from '../sigma/types';

export interface RuleRoot {
  /** Short unique name, e.g. `sigma`. */
  name: string;
  /** Absolute directory. */
  dir: string;
  /** Optional base URL of the source files (`<sourceUrl><path>` links to a rule's file). */
  sourceUrl?: string | null;
  /** Licence of the rules, e.g. from the root's LICENSE file (`Detection Rule License (DRL) 1.1`). */
  license?: string | null;
}

/* ---- ATT&CK ---- */

export interface AttackTactic {
  id: string; // TA0005
  shortname: string; // stealth
  name: string; // Stealth
  url: string;
}

export interface AttackTechnique {
  id: string; // T1218.009
  name: string; // Regsvcs/Regasm
  fullName: string; // System Binary Proxy Execution: Regsvcs/Regasm
  url: string;
  /** The tag as written when it named an older (revoked) ID, e.g. `attack.t1562.001`. */
  legacyTag: string | null;
  deprecated: boolean;
}

export interface AttackRow {
  tactic: AttackTactic;
  techniques: AttackTechnique[];
  /** The tactic came from a legacy tag (`attack.defense_evasion`). */
  legacyTag: string | null;
}

export interface AttackRef {
  id: string; // G0016 / S0002
  name: string;
  url: string;
}

export interface AttackCoverage {
  /** Tactics in matrix order, each with the rule's techniques under it. */
  rows: AttackRow[];
  /** Techniques whose tactic the rule does not tag, so they have no row (still part of coverage). */
  untacticed: AttackTechnique[];
  groups: AttackRef[];
  software: AttackRef[];
  /** Tags that resolved through the legacy map: `{tag, current}`. */
  legacy: { tag: string; current: string[] }[];
  /** `attack.*` tags that name nothing in ATT&CK v19. */
  unknown: string[];
}

/* ---- Events ---- */

export interface EventRow {
  /** Provider as the reference names it, e.g. `Sysmon`, `Windows Security`. */
  provider: string;
  channel: string | null;
  /** Event ID (number) or named event (e.g. CloudTrail `eventName`); null = provider only. */
  eventId: number | string | null;
  title: string | null;
}

export type EventCoverageLevel = 'fixed_events' | 'rule_events' | 'provider_only' | 'generic' | 'unmapped';

/* ---- Analysis ---- */

export interface Stage {
  /** `condition` for stage 0; then the identifier, `not X` under a negation. */
  label: string;
  identifier: string | null;
  negated: boolean;
  /** Stage 0: the condition text; otherwise the identifier's YAML without comments. */
  yaml: string;
}

export interface Exclusion {
  identifier: string;
  field: string | null;
  kind: Operator;
  modifiers: ModifierName[];
  /** Values as written, sorted. */
  values: string[];
}

export interface Indicator {
  field: string | null;
  operator: Operator;
  modifiers: ModifierName[];
  /** As written in the rule. */
  value: string;
  /** Normalized triple, the key of corpus counts. */
  key: string;
  /** Rules of the catalog (this one included) with the same normalized indicator. */
  corpus: number;
  corpusByRoot: Record<string, number>;
}

/* ---- Links between rules (the corpus pass) ---- */

export interface RuleRef {
  slug: string;
  title: string;
  level: string | null;
}

export interface RuleLinks {
  /** This rule's `related:` entries; `rule` null when the id is not in the catalog. */
  related: { id: string; type: string; rule: RuleRef | null }[];
  /** Rules whose `related:` names this one. */
  relatedFrom: { type: string; rule: RuleRef }[];
  /** A correlation's `rules:`, by id or name. */
  correlates: { ref: string; rule: RuleRef | null }[];
  /** Correlations that name this rule. */
  correlatedBy: RuleRef[];
  /** Filter rules that apply to this rule. */
  filters: RuleRef[];
  /** A filter's rules: those it applies to. */
  filtered: RuleRef[];
}

export interface Neighbours {
  /** Same logsource, most shared positive indicators first. */
  logsource: (RuleRef & { shared: number })[];
  /** Rules that need the same provider events, most shared fields first (capped); `eventsTotal` counts all. */
  events: RuleRef[];
  eventsTotal: number;
}

export interface CatalogRule {
  /** Unique key and permalink: the rule id, or `<id>~<n>` for the n-th rule sharing an id. */
  slug: string;
  id: string;
  /** True when the file had no id and one was derived from root and path. */
  idDerived: boolean;
  kind: 'detection' | 'correlation' | 'filter';
  title: string;
  name: string | null;
  root: string;
  path: string;
  document: number;
  status: string | null;
  level: string | null;
  description: string | null;
  author: string | null;
  date: string | null;
  modified: string | null;
  license: string | null;
  references: string[];
  falsepositives: string[];
  tags: string[];
  fields: string[];
  related: RelatedRule[];
  logsource: Logsource | null;
  deprecated: boolean;
  unsupported: boolean;
  /** The rule's YAML document, verbatim with comments. */
  yaml: string;
  attack: AttackCoverage;
  events: EventRow[];
  eventCoverage: EventCoverageLevel;
  /** Stage 0 is the condition. */
  stages: Stage[];
  exclusions: Exclusion[];
  indicators: Indicator[];
  correlation: Correlation | null;
  /** Filter rules: the rules they name (`any` = all with a matching logsource). */
  filterRules: string[] | 'any' | null;
  /** Filled by the corpus pass. */
  links: RuleLinks;
}

export interface Catalog {
  roots: RuleRoot[];
  rules: CatalogRule[];
  diagnostics: Diagnostic[];
  attackVersion: string;
}
