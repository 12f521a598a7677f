/**
 * Exclusions: the top-level NOT conjuncts of the condition, grouped by filter identifier so a filter of
 * several fields still reads as "all of these"; one entry per detection item, values sorted.
 */

import { identifierOccurrences, searchItems, displayValue, type Detection } from '../../sigma';
import type { Exclusion } from '../types';
import { conjuncts, expandedRoot } from './condition-tree';

export function buildExclusions(detection: Detection): Exclusion[] {
  const byName = new Map(detection.identifiers.map((i) => [i.name, i]));
  const names: string[] = [];
  for (const c of conjuncts(expandedRoot(detection))) {
    if (c.kind !== 'not') continue;
    for (const occ of identifierOccurrences(c.operand)) if (!names.includes(occ.name)) names.push(occ.name);
  }
  const out: Exclusion[] = [];
  for (const name of names) {
    const ident = byName.get(name);
    if (!ident) continue;
    for (const item of searchItems(ident.search)) {
      out.push({
        identifier: name,
        field: item.field,
        kind: item.operator,
        modifiers: item.modifiers,
        values: item.values.map(displayValue).sort(compareText),
      });
    }
  }
  return out;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
