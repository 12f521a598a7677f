/** Corpus counts: how many rules share each normalized indicator, in total and per root. */

import { createHash } from 'node:crypto';
import type { CatalogRule } from '../types';

export interface IndicatorUse {
  /** Short stable id of the key, for URLs (`/indicators/<id>/`); set for keys shared by several rules. */
  id: string | null;
  key: string;
  /** Slugs of the rules that look for it, in catalog order. */
  rules: string[];
  byRoot: Record<string, number>;
}

export function buildIndicatorIndex(rules: readonly CatalogRule[], rootOrder: readonly string[]): Map<string, IndicatorUse> {
  const index = new Map<string, IndicatorUse>();
  for (const rule of rules) {
    for (const ind of rule.indicators) {
      let use = index.get(ind.key);
      if (!use) {
        const byRoot: Record<string, number> = {};
        for (const name of rootOrder) byRoot[name] = 0;
        use = { id: null, key: ind.key, rules: [], byRoot };
        index.set(ind.key, use);
      }
      use.rules.push(rule.slug);
      use.byRoot[rule.root]++;
    }
  }
  for (const use of index.values()) if (use.rules.length > 1) use.id = indicatorId(use.key);
  return index;
}

/**
 * Writes each indicator's counts from the index (the rule itself included: 1 = no other rule).
 * `corpusByRoot` is shared with the index entry: read-only, and one object per key instead of per rule.
 */
export function applyCounts(rules: CatalogRule[], index: Map<string, IndicatorUse>): void {
  for (const rule of rules) {
    for (const ind of rule.indicators) {
      const use = index.get(ind.key)!;
      ind.corpus = use.rules.length;
      ind.corpusByRoot = use.byRoot;
    }
  }
}

export function indicatorId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}
