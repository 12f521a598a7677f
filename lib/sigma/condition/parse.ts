/**
 * Condition grammar (spec R 641-690, pySigma conditions.py):
 *   or_expr := and_expr ("or" and_expr)*      and_expr := not_expr ("and" not_expr)*
 *   not_expr := "not" not_expr | primary       primary := "(" or_expr ")" | selector | identifier
 *   selector := ("1" | "any" | "all") "of" (pattern | "them")
 * Chains of one operator are flattened; parentheses keep their nesting (as pySigma does).
 */

import { tokenize, type Token } from './tokens';
import type { ConditionNode, Quantifier } from './types';

export interface ConditionError {
  message: string;
  offset: number;
}

export type ParsedCondition = { ok: true; ast: ConditionNode } | { ok: false; error: ConditionError };

const IDENTIFIER_RE = /^[A-Za-z0-9_-]+$/;
const PATTERN_RE = /^[A-Za-z0-9_*-]+$/;
const MAX_NESTING = 200;

class ConditionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseCondition(text: string): ParsedCondition {
  const tokens = tokenize(text);
  let pos = 0;
  let depth = 0;
  const peek = (): Token => tokens[pos];
  const fail = (message: string, at: Token = peek()): never => {
    throw new ConditionSyntaxError(message, at.offset);
  };
  const describe = (t: Token) => (t.kind === 'end' ? 'the end of the condition' : `'${t.text}'`);

  const chain = (kind: 'and' | 'or', next: () => ConditionNode): ConditionNode => {
    const first = next();
    if (peek().kind !== kind) return first;
    const operands = [first];
    while (peek().kind === kind) {
      pos++;
      operands.push(next());
    }
    return { kind, operands, offset: first.offset };
  };
  const orExpr = (): ConditionNode => chain('or', andExpr);
  const andExpr = (): ConditionNode => chain('and', notExpr);
  const notExpr = (): ConditionNode => {
    const t = peek();
    if (t.kind !== 'not') return primary();
    pos++;
    if (++depth > MAX_NESTING) fail('the condition is nested too deeply', t);
    const operand = notExpr();
    depth--;
    return { kind: 'not', operand, offset: t.offset };
  };
  const primary = (): ConditionNode => {
    const t = peek();
    if (t.kind === 'lparen') {
      pos++;
      if (++depth > MAX_NESTING) fail('the condition is nested too deeply', t);
      const inner = orExpr();
      depth--;
      if (peek().kind !== 'rparen') fail(`expected ')' to close the '(' at column ${t.offset + 1}, found ${describe(peek())}`);
      pos++;
      return inner;
    }
    if (t.kind === 'pipe') fail("the pipe syntax ('| count() ...', '| near') is deprecated; use a correlation rule");
    if (t.kind !== 'word') fail(`expected an identifier, '(', 'not' or 'x of', found ${describe(t)}`);
    pos++;
    if (peek().kind === 'of') {
      const quantifier = t.text as Quantifier;
      if (quantifier !== '1' && quantifier !== 'any' && quantifier !== 'all') {
        fail(`'${t.text} of' is not valid: use '1 of', 'any of' or 'all of'`, t);
      }
      pos++;
      const p = peek();
      if (p.kind !== 'word' || !PATTERN_RE.test(p.text)) fail(`expected a name pattern or 'them' after 'of', found ${describe(p)}`);
      pos++;
      return { kind: 'selector', quantifier, pattern: p.text, offset: t.offset };
    }
    if (!IDENTIFIER_RE.test(t.text)) fail(`'${t.text}' is not a valid identifier (only letters, digits, '_' and '-')`, t);
    return { kind: 'identifier', name: t.text, offset: t.offset };
  };

  try {
    const ast = orExpr();
    const rest = peek();
    if (rest.kind !== 'end') {
      if (rest.kind === 'pipe') fail("the pipe syntax ('| count() ...', '| near') is deprecated; use a correlation rule", rest);
      const hint = /^(AND|OR|NOT|And|Or|Not)$/.test(rest.text) ? ' (operators are lowercase)' : '';
      fail(`unexpected ${describe(rest)}${hint}`, rest);
    }
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof ConditionSyntaxError) return { ok: false, error: { message: e.message, offset: e.offset } };
    throw e;
  }
}

/** Compact printed form, e.g. `(and sel (not (1-of filter_*)))`; for tests and debugging. */
export function formatCondition(node: ConditionNode): string {
  switch (node.kind) {
    case 'identifier':
      return node.name;
    case 'selector':
      return `(${node.quantifier}-of ${node.pattern})`;
    case 'not':
      return `(not ${formatCondition(node.operand)})`;
    default:
      return `(${node.kind} ${node.operands.map(formatCondition).join(' ')})`;
  }
}
