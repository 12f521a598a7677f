/** The condition AST. Names are kept: stages and exclusions need them and their `not` context. */

export type Quantifier = '1' | 'any' | 'all';

export type ConditionNode =
  | { kind: 'identifier'; name: string; offset: number }
  /** `1 of x*`, `all of them`: `pattern` is `them` or a name pattern with `*`. */
  | { kind: 'selector'; quantifier: Quantifier; pattern: string; offset: number }
  | { kind: 'not'; operand: ConditionNode; offset: number }
  | { kind: 'and' | 'or'; operands: ConditionNode[]; offset: number };

/** The tree after selectors are resolved to the identifiers they name (definition order). */
export type ExpandedNode =
  | { kind: 'identifier'; name: string }
  | { kind: 'not'; operand: ExpandedNode }
  | { kind: 'and' | 'or'; operands: ExpandedNode[] }
  /** A selector that names no identifier (pySigma leaves a `None` there). */
  | { kind: 'empty' };
