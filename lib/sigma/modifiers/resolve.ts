/** `field|contains|all` -> field, operator, modifiers, linking; with the rules pySigma enforces. */

import type { Findings } from '../diagnostics';
import type { SigmaValue } from '../types';
import { isModifier, MODIFIERS, type ModifierName, type Operator, type ValueRule } from './table';
import { checkCidr, toJsRegExp } from './values';

export interface ResolvedKey {
  field: string | null;
  operator: Operator;
  modifiers: ModifierName[];
  linking: 'or' | 'and';
  negated: boolean;
}

/** Returns null when the key cannot be used (unknown or misplaced modifier): the item is an error. */
export function resolveKey(key: string, offset: number, findings: Findings): ResolvedKey | null {
  const [rawField, ...names] = key.split('|');
  const field = rawField === '' ? null : rawField;
  let operator: Operator | null = null;
  const modifiers: ModifierName[] = [];
  let ok = true;
  names.forEach((written, index) => {
    const name = written;
    if (!isModifier(name)) {
      const lower = name.toLowerCase();
      const hint = isModifier(lower) ? ` (did you mean '${lower}'? modifiers are lowercase)` : '';
      findings.error('unknown-modifier', offset, `unknown modifier '${written}' in '${key}'${hint}`);
      ok = false;
      return;
    }
    const spec = MODIFIERS[name];
    if ('mustBeFirst' in spec && spec.mustBeFirst && index !== 0) {
      findings.error('modifier-misplaced', offset, `modifier '${name}' must come first, right after the field, in '${key}'`);
      ok = false;
    }
    if ('needs' in spec && !names.slice(0, index).includes('re')) {
      findings.error('modifier-misplaced', offset, `regex flag '${name}' needs 're' before it in '${key}'`);
      ok = false;
    }
    if (spec.kind === 'operator') {
      if (operator && operator !== 'contains' && operator !== 'startswith' && operator !== 'endswith') {
        findings.error('modifier-misplaced', offset, `'${name}' cannot be combined with '${operator}' in '${key}'`);
        ok = false;
      }
      // re/fieldref decide the comparison; a position modifier before them stays visible as a modifier.
      if (operator) modifiers.push(operator as ModifierName);
      operator = spec.operator;
      return;
    }
    if (spec.kind === 'position' && (operator === null)) {
      operator = spec.operator;
      return;
    }
    if (modifiers.includes(name)) findings.warn('modifier-misplaced', offset, `modifier '${name}' is repeated in '${key}'`);
    modifiers.push(name);
  });
  if (!ok) return null;
  return {
    field,
    operator: operator ?? 'equals',
    modifiers,
    linking: modifiers.includes('all') ? 'and' : 'or',
    negated: modifiers.includes('neq'),
  };
}

/** Each value checked against what the item's modifiers accept; a bad value makes the item an error. */
export function checkValues(
  resolved: ResolvedKey,
  key: string,
  values: { value: SigmaValue; offset: number }[],
  findings: Findings,
): boolean {
  const rules = new Set<ValueRule>();
  for (const m of resolved.modifiers) rules.add(MODIFIERS[m].values);
  const operatorRule = MODIFIERS_BY_OPERATOR[resolved.operator];
  if (operatorRule) rules.add(operatorRule);
  let ok = true;
  for (const { value, offset } of values) {
    for (const rule of rules) {
      const problem = valueProblem(rule, value, resolved);
      if (problem) {
        findings.error('invalid-value', offset, `${problem} (in '${key}')`);
        ok = false;
      }
    }
    if (resolved.operator === 'regex' && value.kind === 'string') {
      const js = toJsRegExp(value.value, resolved.modifiers);
      if (!js.ok) findings.warn('invalid-value', offset, `regular expression does not compile: ${js.message}`);
    }
  }
  return ok;
}

const MODIFIERS_BY_OPERATOR: Partial<Record<Operator, ValueRule>> = {
  regex: 'regex',
  cidr_match: 'cidr',
  exists: 'bool',
  lt: 'number',
  lte: 'number',
  gt: 'number',
  gte: 'number',
  fieldref: 'no-wildcard',
};

function valueProblem(rule: ValueRule, value: SigmaValue, resolved: ResolvedKey): string | null {
  switch (rule) {
    case 'any':
      return null;
    case 'bool':
      return value.kind === 'bool' ? null : `'exists' takes true or false, not '${value.text}'`;
    case 'number':
      return value.kind === 'number' ? null : `a number is required here, not '${value.text}'`;
    case 'string':
      return value.kind === 'null' ? 'a text value is required here, not null' : null;
    case 'regex':
      return value.kind === 'string' ? null : `a regular expression must be text, not '${value.text}'`;
    case 'cidr':
      if (value.kind !== 'string') return `a network (CIDR) is required here, not '${value.text}'`;
      return checkCidr(value.value) ? null : `'${value.value}' is not a valid IPv4 or IPv6 network`;
    case 'no-wildcard':
      if (value.kind === 'null') return 'a value is required here, not null';
      if (value.kind === 'string' && hasUnescapedWildcard(value.value) && resolved.operator !== 'regex') {
        return `wildcards are not allowed with '${resolved.operator === 'fieldref' ? 'fieldref' : resolved.modifiers.find((m) => m.startsWith('base64')) ?? 'this modifier'}'`;
      }
      return null;
  }
}

export function hasUnescapedWildcard(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      if (s[i + 1] === '*' || s[i + 1] === '?' || s[i + 1] === '\\') i++;
    } else if (s[i] === '*' || s[i] === '?') return true;
  }
  return false;
}
