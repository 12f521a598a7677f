/**
 * The key under which indicators are counted across the corpus. Sigma compares case-insensitively
 * unless `cased` (regexes: case-sensitive unless `i`), so such values are lower-cased; `Image: '*\x.exe'`
 * and `Image|endswith: '\x.exe'` mean the same and get the same key; `all` links values and is left out.
 * A keyword (field-less) indicator has an empty field part.
 */

import type { ModifierName, Operator, SigmaValue } from '../../sigma';

const KEY_MODIFIERS_SKIPPED = new Set<ModifierName>(['all']);

export function indicatorKey(field: string | null, operator: Operator, modifiers: readonly ModifierName[], value: SigmaValue): string {
  const mods = modifiers.filter((m) => !KEY_MODIFIERS_SKIPPED.has(m)).sort();
  let op: Operator = operator;
  let text = value.kind === 'string' ? value.value : value.kind === 'number' ? String(value.value) : value.kind === 'null' ? 'null' : String(value.value);
  const transformed = mods.some((m) => m !== 'cased');
  if (value.kind === 'string' && !transformed && ['equals', 'contains', 'startswith', 'endswith'].includes(op)) {
    [op, text] = normalizeWildcards(op, text);
  }
  const caseSensitive = mods.includes('cased') || (op === 'regex' && !mods.includes('i') && !mods.includes('ignorecase'));
  if (!caseSensitive && value.kind === 'string') text = text.toLowerCase();
  // `field|operator|modifiers|value`: unambiguous, since only the value (last) can contain '|'.
  return `${field === null ? '' : field.toLowerCase()}|${op}|${mods.join(',')}|${text}`;
}

/** The effective glob (pySigma adds `*` for contains/startswith/endswith), then classified again. */
function normalizeWildcards(op: Operator, text: string): [Operator, string] {
  const hasLead = text.startsWith('*');
  const glob =
    (op === 'contains' || op === 'endswith') && !hasLead ? `*${text}` : text;
  const full = (op === 'contains' || op === 'startswith') && !endsWithWildcard(glob) ? `${glob}*` : glob;
  const lead = full.startsWith('*');
  const trail = full.length > 1 && endsWithWildcard(full);
  const core = full.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (core === '' || /(^|[^\\])[*?]/.test(core)) return ['equals', full];
  if (lead && trail) return ['contains', core];
  if (lead) return ['endswith', core];
  if (trail) return ['startswith', core];
  return ['equals', core];
}

function endsWithWildcard(s: string): boolean {
  if (!s.endsWith('*')) return false;
  let backslashes = 0;
  for (let i = s.length - 2; i >= 0 && s[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}
