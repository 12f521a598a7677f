/**
 * Links between rules, both ways: `related:` ids, correlations and the rules they name (by id or name),
 * filters and the rules they apply to (logsource contained, id/name listed or `any`).
 */

import type { CatalogRule, RuleRef } from '../types';

export function ruleRef(r: CatalogRule): RuleRef {
  return { slug: r.slug, title: r.title, level: r.level };
}

export function buildLinks(rules: CatalogRule[]): void {
  const byId = new Map<string, CatalogRule>();
  const byName = new Map<string, CatalogRule>();
  for (const r of rules) {
    if (!byId.has(r.id.toLowerCase())) byId.set(r.id.toLowerCase(), r);
    if (r.name && !byName.has(r.name)) byName.set(r.name, r);
  }
  // pySigma resolves a reference as an id first, then as a name.
  const resolve = (ref: string) => byId.get(ref.toLowerCase()) ?? byName.get(ref) ?? null;

  for (const r of rules) {
    for (const rel of r.related) {
      const target = byId.get(rel.id.toLowerCase()) ?? null;
      r.links.related.push({ id: rel.id, type: rel.type, rule: target && ruleRef(target) });
      if (target && target !== r) target.links.relatedFrom.push({ type: rel.type, rule: ruleRef(r) });
    }
    if (r.correlation) {
      for (const ref of r.correlation.rules) {
        const target = resolve(ref);
        r.links.correlates.push({ ref, rule: target && ruleRef(target) });
        if (target && target !== r) target.links.correlatedBy.push(ruleRef(r));
      }
    }
  }
  const filters = rules.filter((r) => r.kind === 'filter');
  for (const f of filters) {
    const named = f.filterRules === 'any' || f.filterRules === null ? null : new Set(f.filterRules.map((x) => resolve(x)).filter(Boolean));
    for (const r of rules) {
      if (r.kind !== 'detection' || !logsourceContains(f, r)) continue;
      if (named && !named.has(r)) continue;
      f.links.filtered.push(ruleRef(r));
      r.links.filters.push(ruleRef(f));
    }
  }
}

/** Every logsource attribute the filter sets is equal in the rule. */
function logsourceContains(filter: CatalogRule, rule: CatalogRule): boolean {
  const f = filter.logsource;
  const l = rule.logsource;
  if (!f || !l) return false;
  return (['product', 'category', 'service'] as const).every((k) => f[k] === null || f[k] === l[k]);
}
