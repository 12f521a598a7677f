/**
 * The catalog's view state, kept in the URL query so any view can be shared and Back/Forward work.
 * One format for /rules/ and /attack/ (the matrix follows the catalog's filters). Pure: no React.
 *
 *   ?q=mimikatz&level=high,critical&product=windows&technique=T1218&sort=date.desc
 */

import type { CatalogRow } from './catalog-index';

export const FACETS = ['level', 'status', 'product', 'category', 'service', 'tactic', 'technique', 'author', 'root', 'kind', 'deprecated'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTABLE = ['title', 'level', 'status', 'logsource', 'tactics', 'techniques', 'author', 'date', 'modified', 'root'] as const;
export type SortColumn = (typeof SORTABLE)[number];

export interface CatalogQuery {
  q: string;
  facets: Partial<Record<Facet, string[]>>;
  sort: { column: SortColumn; desc: boolean } | null;
}

export const EMPTY_QUERY: CatalogQuery = { q: '', facets: {}, sort: null };

export function parseQuery(params: URLSearchParams): CatalogQuery {
  const facets: CatalogQuery['facets'] = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) facets[f] = [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))];
  }
  const [column, dir] = (params.get('sort') ?? '').split('.');
  const sort = (SORTABLE as readonly string[]).includes(column) ? { column: column as SortColumn, desc: dir === 'desc' } : null;
  return { q: (params.get('q') ?? '').trim(), facets, sort };
}

/** Stable order, empty values dropped: equal views give equal URLs. */
export function toSearchParams(query: CatalogQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  for (const f of FACETS) {
    const v = query.facets[f];
    if (v?.length) p.set(f, [...v].sort().join(','));
  }
  if (query.sort) p.set('sort', `${query.sort.column}.${query.sort.desc ? 'desc' : 'asc'}`);
  return p;
}

export function queryString(query: CatalogQuery): string {
  const s = toSearchParams(query).toString();
  return s ? `?${s}` : '';
}

/** A row's values for a facet (several for tactics and techniques). `null` values become `(none)`. */
export function facetValues(row: CatalogRow, facet: Facet): string[] {
  switch (facet) {
    case 'tactic':
      return row.tactics;
    case 'technique':
      return row.techniques;
    case 'deprecated':
      return [row.deprecated ? 'yes' : 'no'];
    case 'author':
      return row.author ? splitAuthors(row.author) : [NONE];
    default:
      return [row[facet] ?? NONE];
  }
}

export const NONE = '(none)';

/** `Florian Roth (Nextron Systems), Jane Doe` -> one facet value per person. */
export function splitAuthors(author: string): string[] {
  const people = author.split(/\s*[,;&]\s*|\s+and\s+|\s*\/\s*/).map((a) => a.trim()).filter((a) => a.length > 1);
  return people.length ? [...new Set(people)] : [author];
}

/**
 * A technique filter matches the technique and its sub-techniques (T1218 matches T1218.009); several
 * values of one facet are OR, different facets AND. `except` leaves one facet out (for its own counts).
 */
export function matchesFacets(row: CatalogRow, facets: CatalogQuery['facets'], except?: Facet): boolean {
  for (const f of FACETS) {
    if (f === except) continue;
    const wanted = facets[f];
    if (!wanted?.length) continue;
    const have = facetValues(row, f);
    const ok =
      f === 'technique'
        ? wanted.some((w) => have.some((h) => h === w || h.startsWith(`${w}.`)))
        : wanted.some((w) => have.includes(w));
    if (!ok) return false;
  }
  return true;
}

/** Live facet counts: for each facet, the rows matching every other active filter (and the search). */
export function facetCounts(rows: readonly CatalogRow[], facets: CatalogQuery['facets'], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!matchesFacets(row, facets, facet)) continue;
    const values = new Set(facetValues(row, facet));
    if (facet === 'technique') for (const t of [...values]) if (t.includes('.')) values.add(t.split('.')[0]);
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
