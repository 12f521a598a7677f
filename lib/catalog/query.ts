/** Finding rules by id, slug or path (relative to the root, or ending the given path). */

import type { CatalogRule } from './types';

export function findRules(rules: readonly CatalogRule[], wanted: string): CatalogRule[] {
  const w = wanted.split('\\').join('/').replace(/^\.\//, '');
  const bySlug = rules.filter((r) => r.slug === w);
  if (bySlug.length) return bySlug;
  const byId = rules.filter((r) => r.id.toLowerCase() === w.toLowerCase());
  if (byId.length) return byId;
  return rules.filter((r) => r.path === w || w.endsWith(`/${r.path}`) || `${r.root}/${r.path}` === w);
}
