/**
 * Every modifier of the specification in one table. The operator vocabulary defined here is used
 * everywhere (CLI, index, pages): `equals`, `contains`, `startswith`, `endswith`, `regex`, `cidr_match`, ...
 */

export const OPERATORS = [
  'equals',
  'contains',
  'startswith',
  'endswith',
  'regex',
  'cidr_match',
  'exists',
  'lt',
  'lte',
  'gt',
  'gte',
  'fieldref',
] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * kind: what the modifier does to an item.
 * - `operator`: decides the comparison (at most one; `re`, `cidr`, `exists` must come first, as pySigma enforces)
 * - `position`: contains/startswith/endswith; the operator unless a `re` or `fieldref` already decided it
 * - `linking`: `all`; `negation`: `neq`
 * - `transform`: rewrites values (windash, base64, ...); `flag`: regex flags (need `re` before them)
 * - `case`: `cased`; `timepart`: compare one part of a timestamp
 */
export type ModifierKind = 'operator' | 'position' | 'linking' | 'negation' | 'transform' | 'flag' | 'case' | 'timepart';

/** What a value must be for the modifier. */
export type ValueRule = 'any' | 'string' | 'number' | 'bool' | 'no-wildcard' | 'regex' | 'cidr';

interface ModifierSpec {
  kind: ModifierKind;
  operator?: Operator;
  values: ValueRule;
  /** Canonical name for aliases (`i` for `ignorecase`). */
  alias?: string;
  mustBeFirst?: boolean;
  needs?: 're';
}

export const MODIFIERS = {
  contains: { kind: 'position', operator: 'contains', values: 'any' },
  startswith: { kind: 'position', operator: 'startswith', values: 'any' },
  endswith: { kind: 'position', operator: 'endswith', values: 'any' },
  all: { kind: 'linking', values: 'any' },
  neq: { kind: 'negation', values: 'any' },
  windash: { kind: 'transform', values: 'string' },
  base64: { kind: 'transform', values: 'no-wildcard' },
  base64offset: { kind: 'transform', values: 'no-wildcard' },
  wide: { kind: 'transform', values: 'string' },
  utf16le: { kind: 'transform', values: 'string' },
  utf16be: { kind: 'transform', values: 'string' },
  utf16: { kind: 'transform', values: 'string' },
  expand: { kind: 'transform', values: 'string' },
  re: { kind: 'operator', operator: 'regex', values: 'regex', mustBeFirst: true },
  i: { kind: 'flag', values: 'any', needs: 're' },
  m: { kind: 'flag', values: 'any', needs: 're' },
  s: { kind: 'flag', values: 'any', needs: 're' },
  ignorecase: { kind: 'flag', values: 'any', needs: 're', alias: 'i' },
  multiline: { kind: 'flag', values: 'any', needs: 're', alias: 'm' },
  dotall: { kind: 'flag', values: 'any', needs: 're', alias: 's' },
  cased: { kind: 'case', values: 'string' },
  exists: { kind: 'operator', operator: 'exists', values: 'bool', mustBeFirst: true },
  cidr: { kind: 'operator', operator: 'cidr_match', values: 'cidr', mustBeFirst: true },
  lt: { kind: 'operator', operator: 'lt', values: 'number' },
  lte: { kind: 'operator', operator: 'lte', values: 'number' },
  gt: { kind: 'operator', operator: 'gt', values: 'number' },
  gte: { kind: 'operator', operator: 'gte', values: 'number' },
  fieldref: { kind: 'operator', operator: 'fieldref', values: 'no-wildcard' },
  minute: { kind: 'timepart', values: 'number' },
  hour: { kind: 'timepart', values: 'number' },
  day: { kind: 'timepart', values: 'number' },
  week: { kind: 'timepart', values: 'number' },
  month: { kind: 'timepart', values: 'number' },
  year: { kind: 'timepart', values: 'number' },
} as const satisfies Record<string, ModifierSpec>;

export type ModifierName = keyof typeof MODIFIERS;

export function isModifier(name: string): name is ModifierName {
  return Object.prototype.hasOwnProperty.call(MODIFIERS, name);
}

export function modifierSpec(name: ModifierName): ModifierSpec {
  return MODIFIERS[name];
}
