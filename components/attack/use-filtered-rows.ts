'use client';

import { useMemo } from 'react';
import { useCatalogRows } from '@/components/catalog/use-catalog-index';
import type { CatalogRow } from '@/lib/site/catalog-index';
import { matchesFacets, type CatalogQuery } from '@/lib/site/catalog-query';
import { buildRuleSearch } from '@/lib/site/catalog-search';

/**
 * The catalog rows a query selects, exactly as /rules/ selects them: facets, then the full-text search when
 * there is a `q` (its texts load separately; until then the search sees titles, IDs and authors).
 */
export function useFilteredRows(query: CatalogQuery): { rows: CatalogRow[] | null; total: number | null; searching: boolean; error: string | null } {
  const { rows, fullTextLoaded, error } = useCatalogRows(Boolean(query.q));
  const search = useMemo(() => (rows && query.q ? buildRuleSearch(rows) : null), [rows, query.q]);
  const filtered = useMemo(() => {
    if (!rows) return null;
    const hits = search ? new Set(search.search(query.q)) : null;
    return rows.filter((r) => matchesFacets(r, query.facets) && (!hits || hits.has(r.slug)));
  }, [rows, search, query]);
  return { rows: filtered, total: rows?.length ?? null, searching: Boolean(query.q) && !fullTextLoaded, error };
}
