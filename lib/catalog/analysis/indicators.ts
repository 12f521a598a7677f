/**
 * Indicators: every positive (not negated) field | operator | value the rule matches, once per normalized
 * key. Corpus counts are filled in by the corpus pass (corpus/counts.ts).
 */

import { identifierOccurrences, type Detection } from '../../sigma';
import type { Indicator } from '../types';
import { expandedRoot } from './condition-tree';
import { indicatorKey } from './normalize';
import { identifierPredicates } from './predicates';

export function buildIndicators(detection: Detection): Indicator[] {
  const byName = new Map(detection.identifiers.map((i) => [i.name, i]));
  const positive: string[] = [];
  for (const occ of identifierOccurrences(expandedRoot(detection))) {
    if (!occ.negated && !positive.includes(occ.name)) positive.push(occ.name);
  }
  const out: Indicator[] = [];
  const seen = new Set<string>();
  for (const name of positive) {
    const ident = byName.get(name);
    if (!ident) continue;
    for (const p of identifierPredicates(ident)) {
      const key = indicatorKey(p.field, p.operator, p.modifiers, p.raw);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ field: p.field, operator: p.operator, modifiers: p.modifiers, value: p.value, key, corpus: 1, corpusByRoot: {} });
    }
  }
  return out;
}
