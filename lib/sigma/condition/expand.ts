/** Selectors -> the identifiers they name. Pure; names and nesting are kept. */

import type { ConditionNode, ExpandedNode } from './types';

/**
 * Identifiers a selector names, in definition order. `them` = all but `_`-names; a pattern's `*` matches
 * any run of characters against the whole name; `_`-names only match patterns that start with `_`.
 */
export function matchSelector(pattern: string, identifiers: readonly string[]): string[] {
  if (pattern === 'them') return identifiers.filter((n) => !n.startsWith('_'));
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    patterns.set(pattern, re);
  }
  const allowPrivate = pattern.startsWith('_');
  return identifiers.filter((n) => re.test(n) && (allowPrivate || !n.startsWith('_')));
}

/** Corpora reuse a handful of patterns (`filter_main_*`): compile each once. */
const patterns = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function expandCondition(node: ConditionNode, identifiers: readonly string[]): ExpandedNode {
  switch (node.kind) {
    case 'identifier':
      return { kind: 'identifier', name: node.name };
    case 'not':
      return { kind: 'not', operand: expandCondition(node.operand, identifiers) };
    case 'and':
    case 'or':
      return { kind: node.kind, operands: node.operands.map((o) => expandCondition(o, identifiers)) };
    case 'selector': {
      const names = matchSelector(node.pattern, identifiers);
      if (names.length === 0) return { kind: 'empty' };
      if (names.length === 1) return { kind: 'identifier', name: names[0] };
      return {
        kind: node.quantifier === 'all' ? 'and' : 'or',
        operands: names.map((name) => ({ kind: 'identifier', name })),
      };
    }
  }
}

/** Every identifier the condition names, in order of appearance, with whether it sits under a `not`. */
export function identifierOccurrences(node: ExpandedNode, negated = false): { name: string; negated: boolean }[] {
  switch (node.kind) {
    case 'identifier':
      return [{ name: node.name, negated }];
    case 'not':
      return identifierOccurrences(node.operand, !negated);
    case 'and':
    case 'or':
      return node.operands.flatMap((o) => identifierOccurrences(o, negated));
    case 'empty':
      return [];
  }
}

/** Names referenced by the unexpanded AST (identifiers only, not selectors), with their offsets. */
export function referencedNames(node: ConditionNode): { name: string; offset: number }[] {
  switch (node.kind) {
    case 'identifier':
      return [{ name: node.name, offset: node.offset }];
    case 'selector':
      return [];
    case 'not':
      return referencedNames(node.operand);
    default:
      return node.operands.flatMap(referencedNames);
  }
}

export function selectors(node: ConditionNode): Extract<ConditionNode, { kind: 'selector' }>[] {
  switch (node.kind) {
    case 'selector':
      return [node];
    case 'identifier':
      return [];
    case 'not':
      return selectors(node.operand);
    default:
      return node.operands.flatMap(selectors);
  }
}
