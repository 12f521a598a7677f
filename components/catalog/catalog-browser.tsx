'use client';

import { useCallback, useMemo, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { CatalogQuery, Facet } from '@/lib/site/catalog-query';
import { basePath, rulesHref } from '@/lib/site/urls';
import { TablePlaceholder } from './catalog-skeleton';
import { FacetBar } from './facet-bar';
import { filteredRows, indexBySlug, searchedRows } from './filter-rows';
import { RulesTable } from './rules-table';
import { SearchBox } from './search-box';
import { tacticLabels, type TacticInfo } from './tactics';
import { useCatalogRows } from './use-catalog-index';
import { canonicalQuery, useCatalogUrl } from './use-catalog-url';
import { useRuleSearch } from './use-rule-search';
import { ViewSummary } from './view-summary';

/**
 * The catalog: search, facets and the table, all driven by the URL query. Rows come from
 * /catalog/rows.json (not props: props are inlined twice into the HTML); the full text and the search
 * index only when search is used.
 */
export function CatalogBrowser({ tactics }: { tactics: TacticInfo[] }) {
  const { query, update, setSearch } = useCatalogUrl();
  const [activated, setActivated] = useState(false);
  const q = query.q.trim();
  const { rows, error } = useCatalogRows(activated || Boolean(q));
  const { search, fullText } = useRuleSearch(rows, { query: q, activated });

  const bySlug = useMemo(() => (rows ? indexBySlug(rows) : null), [rows]);
  const hits = useMemo(() => (q && search ? search.search(q) : null), [q, search]);
  // A query waits for its index rather than briefly showing every rule.
  const searched = useMemo(() => (rows && bySlug && (!q || hits) ? searchedRows(rows, bySlug, hits) : null), [rows, bySlug, q, hits]);
  const visible = useMemo(() => (searched ? filteredRows(searched, query.facets) : null), [searched, query.facets]);

  const matrixOrder = useMemo(() => tactics.map((t) => t.shortname), [tactics]);
  const labels = useMemo<Partial<Record<Facet, Record<string, string>>>>(
    () => ({ tactic: tacticLabels(tactics), deprecated: { yes: 'deprecated', no: 'not deprecated' } }),
    [tactics],
  );

  const onFacets = useCallback((facets: CatalogQuery['facets']) => update((cur) => ({ ...cur, facets })), [update]);
  const onSort = useCallback((sort: CatalogQuery['sort']) => update((cur) => ({ ...cur, sort })), [update]);
  const viewKey = canonicalQuery(query);

  const note = searchNote({ q, activated, loaded: Boolean(rows), indexed: Boolean(search), fullText });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        <SearchBox value={query.q} onChange={setSearch} onActivate={() => setActivated(true)} note={note} />
        <CopyButton label="Copy link" permalink={`${basePath}${rulesHref}${viewKey ? `?${viewKey}` : ''}`} />
      </div>
      <FacetBar searched={searched} facets={query.facets} onChange={onFacets} matrixOrder={matrixOrder} labels={labels} />
      <ViewSummary shown={visible?.length ?? null} total={rows?.length ?? null} query={query} />
      {error ? (
        <TablePlaceholder>
          <span role="alert">The rule index could not be loaded ({error}). Reload the page to try again.</span>
        </TablePlaceholder>
      ) : visible ? (
        <RulesTable rows={visible} sort={query.sort} onSort={onSort} tactics={tactics} viewKey={viewKey} />
      ) : (
        <TablePlaceholder>{rows ? 'Searching…' : 'Loading rules…'}</TablePlaceholder>
      )}
    </div>
  );
}

/** What search covers right now, under the box; null once it covers everything (or is not in use). */
function searchNote(s: { q: string; activated: boolean; loaded: boolean; indexed: boolean; fullText: boolean }): string | null {
  if (!s.q && !s.activated) return null;
  if (!s.loaded) return 'Loading rules…';
  if (!s.indexed && (s.q || s.fullText)) return 'Building the search index…';
  if (!s.fullText) return 'Searching titles, techniques and authors; loading descriptions, fields and values…';
  return null;
}
