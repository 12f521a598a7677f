/**
 * `detection:` -> search identifiers and conditions. The three shapes of pySigma's
 * SigmaDetection.from_definition: map = AND of items, list = OR of elements, scalar = keyword.
 */

import type { Findings } from '../diagnostics';
import { parseCondition } from '../condition/parse';
import { expandCondition, matchSelector, referencedNames, selectors, identifierOccurrences } from '../condition/expand';
import { checkValues, resolveKey } from '../modifiers/resolve';
import type { Condition, Detection, DetectionItem, Search, SearchIdentifier, SigmaValue } from '../types';
import type { YMap, YNode, YScalar } from '../yaml/types';
import { keyText, shapeOf } from './nodes';
import { readFieldValues, type PlacedValue } from './values';

/** Keys of `detection:` that are not search identifiers. `timeframe` is legacy (pre-correlation). */
const RESERVED = new Set(['condition', 'timeframe']);

export function parseDetection(map: YMap, findings: Findings, extraReserved: string[] = []): Detection | null {
  const identifiers: SearchIdentifier[] = [];
  let conditionNode: YNode | null = null;
  let ok = true;
  const failed: string[] = [];
  for (let k = 0; k < map.entries.length; k++) {
    const { key, value } = map.entries[k];
    const name = keyText(key);
    if (name === 'condition') {
      conditionNode = value;
      continue;
    }
    if (name === 'timeframe') {
      findings.warn('deprecated-syntax', key.start, "'timeframe' in detection is legacy Sigma; use a correlation rule");
      continue;
    }
    if (extraReserved.includes(name) || RESERVED.has(name)) continue;
    const search = parseSearch(value, name, findings);
    if (!search) {
      ok = false;
      failed.push(name);
      continue;
    }
    identifiers.push({ name, search, offset: key.start, start: key.start, end: value.end });
  }
  if (!conditionNode) {
    findings.error('missing-field', map.start, "the detection has no 'condition'");
    return null;
  }
  const conditions = readConditions(conditionNode, findings);
  if (!conditions) return null;
  if (!checkReferences(conditions, identifiers, failed, findings)) ok = false;
  return ok ? { identifiers, conditions } : null;
}

function readConditions(node: YNode, findings: Findings): Condition[] | null {
  const scalars: YScalar[] = [];
  if (node.kind === 'scalar') scalars.push(node);
  else if (node.kind === 'seq' && node.items.length > 0 && node.items.every((i) => i.kind === 'scalar')) {
    scalars.push(...(node.items as YScalar[]));
  } else {
    findings.error('wrong-type', node.start, `'condition' must be a text or a list of texts, not ${shapeOf(node)}`);
    return null;
  }
  const out: Condition[] = [];
  for (const s of scalars) {
    if (s.value.kind !== 'string' || s.value.value.trim() === '') {
      findings.error('wrong-type', s.start, `'condition' must be a non-empty text, not '${s.value.text}'`);
      return null;
    }
    const text = s.value.value;
    const parsed = parseCondition(text);
    const base = s.style === 'single' || s.style === 'double' ? s.start + 1 : s.start;
    if (!parsed.ok) {
      // The in-condition offset is exact only when the scalar is on one line and unescaped.
      const exact = !text.includes('\n') && s.style !== 'double';
      const code = /pipe syntax/.test(parsed.error.message) ? 'deprecated-syntax' : 'condition-syntax';
      findings.error(code, exact ? base + parsed.error.offset : s.start, `condition: ${parsed.error.message}`);
      return null;
    }
    out.push({ text, ast: parsed.ast, offset: base });
  }
  return out;
}

function checkReferences(conditions: Condition[], identifiers: SearchIdentifier[], failed: string[], findings: Findings): boolean {
  const names = identifiers.map((i) => i.name);
  // Identifiers that failed to parse were reported already; they still count as defined.
  const defined = new Set([...names, ...failed]);
  const used = new Set<string>();
  let ok = true;
  for (const c of conditions) {
    for (const ref of referencedNames(c.ast)) {
      if (!defined.has(ref.name)) {
        findings.error('undefined-identifier', c.offset + ref.offset, `condition names '${ref.name}', which the detection does not define`);
        ok = false;
      }
    }
    for (const sel of selectors(c.ast)) {
      if (matchSelector(sel.pattern, [...names, ...failed]).length === 0) {
        findings.error('empty-selector', c.offset + sel.offset, `'${sel.quantifier} of ${sel.pattern}' matches no search identifier`);
        ok = false;
      }
    }
    for (const occ of identifierOccurrences(expandCondition(c.ast, names))) used.add(occ.name);
  }
  if (ok) {
    for (const id of identifiers) {
      if (!used.has(id.name)) findings.warn('unused-identifier', id.offset, `search identifier '${id.name}' is not used by the condition`);
    }
  }
  return ok;
}

function parseSearch(node: YNode, name: string, findings: Findings): Search | null {
  if (node.kind === 'map') return parseMap(node, findings);
  if (node.kind === 'scalar') return keywordItem([{ value: node.value, offset: node.start }], node.start);
  if (node.items.length === 0) {
    findings.error('wrong-type', node.start, `search identifier '${name}' is an empty list`);
    return null;
  }
  if (node.items.every((i) => i.kind === 'scalar')) {
    return keywordItem(node.items.map((i) => ({ value: (i as YScalar).value, offset: i.start })), node.start);
  }
  const items: Search[] = [];
  for (const el of node.items) {
    if (el.kind === 'map') {
      const m = parseMap(el, findings);
      if (!m) return null;
      items.push(m);
    } else if (el.kind === 'scalar') items.push(keywordItem([{ value: el.value, offset: el.start }], el.start));
    else {
      findings.error('wrong-type', el.start, `search identifier '${name}' holds a list inside a list`);
      return null;
    }
  }
  return { kind: 'any', items, offset: node.start };
}

function parseMap(map: YMap, findings: Findings): Search | null {
  const items: Search[] = [];
  let ok = true;
  for (const { key, value } of map.entries) {
    const k = keyText(key);
    const resolved = resolveKey(k, key.start, findings);
    const values = readFieldValues(value, k, findings);
    if (!resolved || !values || !checkValues(resolved, k, values, findings)) {
      ok = false;
      continue;
    }
    items.push({ kind: 'item', key: k, ...resolved, values: values.map((v) => v.value), offset: key.start });
  }
  if (!ok) return null;
  return { kind: 'all', items, offset: map.start };
}

function keywordItem(values: PlacedValue[], offset: number): DetectionItem {
  const vs: SigmaValue[] = values.map((v) => v.value);
  return { kind: 'item', key: '', field: null, operator: 'equals', modifiers: [], linking: 'or', negated: false, values: vs, offset };
}

/** Every detection item of a search, depth first. */
export function searchItems(search: Search): DetectionItem[] {
  return search.kind === 'item' ? [search] : search.items.flatMap(searchItems);
}
