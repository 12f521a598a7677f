/**
 * The rows a view shows: search first (which also gives the relevance order), then the facet filters.
 * Facet counts are taken over the searched rows, so each count says what ticking it would give.
 * Relative imports (not `@/`): vitest runs this file and has no path alias.
 */

import type { CatalogRow } from '../../lib/site/catalog-index';
import { matchesFacets, type CatalogQuery } from '../../lib/site/catalog-query';

export function indexBySlug(rows: readonly CatalogRow[]): Map<string, CatalogRow> {
  return new Map(rows.map((r) => [r.slug, r]));
}

/** The rows a search matched, best first; without a search (`hits` null), every row in index order. */
export function searchedRows(rows: readonly CatalogRow[], bySlug: ReadonlyMap<string, CatalogRow>, hits: readonly string[] | null): readonly CatalogRow[] {
  if (!hits) return rows;
  const out: CatalogRow[] = [];
  for (const slug of hits) {
    const row = bySlug.get(slug);
    if (row) out.push(row);
  }
  return out;
}

export function filteredRows(rows: readonly CatalogRow[], facets: CatalogQuery['facets']): readonly CatalogRow[] {
  if (!Object.keys(facets).length) return rows;
  return rows.filter((r) => matchesFacets(r, facets));
}
