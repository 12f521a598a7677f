/** The typed model of Sigma rules (spec v2.1): detection, correlation and filter rules. */

import type { ConditionNode } from './condition/types';
import type { ModifierName, Operator } from './modifiers/table';

/** A value as YAML 1.1 (PyYAML, as pySigma reads it) types it, with the text as written. */
export type SigmaValue =
  | { kind: 'string'; value: string; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  | { kind: 'null'; text: string };

/**
 * One `field|mod1|mod2: values` entry. `field: null` is a keyword (field-less) item.
 * `operator` is the comparison; `modifiers` are the other modifiers as written (all, cased, windash, ...).
 */
export interface DetectionItem {
  kind: 'item';
  field: string | null;
  /** The key as written, e.g. `Image|endswith`. */
  key: string;
  operator: Operator;
  modifiers: ModifierName[];
  /** OR over values, or AND with `all`. */
  linking: 'or' | 'and';
  /** `neq`: the item is negated as a whole. */
  negated: boolean;
  values: SigmaValue[];
  offset: number;
}

/** A search identifier's body: map = AND of items, list = OR of elements (pySigma's three shapes). */
export type Search =
  | DetectionItem
  | { kind: 'all'; items: Search[]; offset: number }
  | { kind: 'any'; items: Search[]; offset: number };

export interface SearchIdentifier {
  name: string;
  search: Search;
  /** Offset of the key and the extent of the whole entry in the document text. */
  offset: number;
  start: number;
  end: number;
}

export interface Condition {
  text: string;
  ast: ConditionNode;
  offset: number;
}

export interface Detection {
  identifiers: SearchIdentifier[];
  /** Several conditions (a YAML list) mean OR of them. */
  conditions: Condition[];
}

export interface Logsource {
  product: string | null;
  category: string | null;
  service: string | null;
  definition: string | null;
}

export interface RelatedRule {
  id: string;
  type: string;
}

/** Metadata common to all rule kinds. Strings are as loaded; missing = null or []. */
export interface RuleMeta {
  title: string;
  id: string | null;
  name: string | null;
  status: string | null;
  level: string | null;
  description: string | null;
  license: string | null;
  author: string | null;
  date: string | null;
  modified: string | null;
  references: string[];
  falsepositives: string[];
  tags: string[];
  fields: string[];
  related: RelatedRule[];
  scope: string[];
}

interface RuleBase extends RuleMeta {
  /** 0-based index of the YAML document in its file. */
  document: number;
  /** The document's text, verbatim (comments kept). */
  source: string;
  /** Offset of the document in the file text. */
  offset: number;
}

export interface DetectionRule extends RuleBase {
  kind: 'detection';
  logsource: Logsource;
  detection: Detection;
}

export type CorrelationType =
  | 'event_count'
  | 'value_count'
  | 'temporal'
  | 'temporal_ordered'
  | 'value_sum'
  | 'value_avg'
  | 'value_percentile'
  | 'value_median';

export type ComparisonOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';

export interface CorrelationCondition {
  /** One or two bounds (the spec allows a range). */
  bounds: { op: ComparisonOp; value: number }[];
  field: string[];
  percentile: number | null;
  /** The extended temporal form: a boolean expression over rule names. */
  expression: string | null;
}

export interface Correlation {
  type: CorrelationType;
  rules: string[];
  groupBy: string[];
  timespan: string;
  timespanSeconds: number;
  condition: CorrelationCondition | null;
  aliases: Record<string, Record<string, string>>;
  generate: boolean;
}

export interface CorrelationRule extends RuleBase {
  kind: 'correlation';
  correlation: Correlation;
}

export interface FilterRule extends RuleBase {
  kind: 'filter';
  logsource: Logsource;
  /** `'any'` = every rule whose logsource matches. */
  rules: string[] | 'any';
  detection: Detection;
}

export type SigmaRule = DetectionRule | CorrelationRule | FilterRule;
