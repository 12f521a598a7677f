/** ATT&CK technique -> the rules that cover it (legacy tags count under their current technique). */

import type { CatalogRule } from '../types';

export function buildTechniqueIndex(rules: readonly CatalogRule[]): Map<string, CatalogRule[]> {
  const index = new Map<string, CatalogRule[]>();
  for (const r of rules) {
    const ids = new Set<string>();
    for (const row of r.attack.rows) for (const t of row.techniques) ids.add(t.id);
    for (const t of r.attack.untacticed) ids.add(t.id);
    for (const id of ids) (index.get(id) ?? index.set(id, []).get(id)!).push(r);
  }
  return index;
}
