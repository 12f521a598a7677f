/**
 * What a facet panel lists: its options with live counts, in a useful order, narrowed by the panel's
 * filter box. Pure, so the ordering rules are tested without a browser.
 * Relative imports (not `@/`): vitest runs this file and has no path alias.
 */

import { FACETS, type CatalogQuery, type Facet } from '../../lib/site/catalog-query';
import { LEVEL_ORDER, STATUS_ORDER, compareText, rankIn } from './sorting';

export const FACET_LABELS: Record<Facet, string> = {
  level: 'Level',
  status: 'Status',
  product: 'Product',
  category: 'Category',
  service: 'Service',
  tactic: 'Tactic',
  technique: 'Technique',
  author: 'Author',
  root: 'Source',
  kind: 'Kind',
  deprecated: 'Deprecated',
};

/** The order the facet buttons appear in: what engineers filter on most comes first. */
export const FACET_BAR: readonly Facet[] = ['level', 'status', 'product', 'category', 'service', 'tactic', 'technique', 'author', 'root', 'kind', 'deprecated'];

/** Facets whose options have a natural order (severity, lifecycle, matrix); the others sort by count. */
export function fixedOrder(facet: Facet, matrixOrder: readonly string[]): readonly string[] | null {
  switch (facet) {
    case 'level':
      return [...LEVEL_ORDER].reverse();
    case 'status':
      return [...STATUS_ORDER].reverse();
    case 'tactic':
      return matrixOrder;
    case 'kind':
      return ['detection', 'correlation', 'filter'];
    case 'deprecated':
      return ['no', 'yes'];
    default:
      return null;
  }
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetOptionsInput {
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  /** Natural order, or null to sort by count (selected options first). */
  order: readonly string[] | null;
  labels?: Readonly<Record<string, string>>;
  /** The panel's filter box: case-insensitive substring of the value or its label. */
  filter?: string;
}

/**
 * Options that have rules under the other filters, plus the selected ones even at zero (so they can be
 * unticked). Counted facets list the selected options first, then by count, then by name.
 */
export function facetOptions({ counts, selected, order, labels = {}, filter = '' }: FacetOptionsInput): FacetOption[] {
  const values = new Set([...counts.keys()].filter((v) => (counts.get(v) ?? 0) > 0));
  for (const s of selected) values.add(s);
  const needle = filter.trim().toLowerCase();
  const options: FacetOption[] = [];
  for (const value of values) {
    const label = labels[value] ?? value;
    if (needle && !value.toLowerCase().includes(needle) && !label.toLowerCase().includes(needle)) continue;
    options.push({ value, label, count: counts.get(value) ?? 0, selected: selected.includes(value) });
  }
  const byOrder = (a: FacetOption, b: FacetOption) => rankIn(order ?? [], a.value) - rankIn(order ?? [], b.value) || compareText(a.label, b.label);
  const byCount = (a: FacetOption, b: FacetOption) => Number(b.selected) - Number(a.selected) || b.count - a.count || compareText(a.label, b.label);
  return options.sort(order ? byOrder : byCount);
}

/** Adds or removes one value of one facet; an emptied facet disappears from the query. */
export function toggleFacet(facets: CatalogQuery['facets'], facet: Facet, value: string): CatalogQuery['facets'] {
  const current = facets[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const out = { ...facets };
  if (next.length) out[facet] = next;
  else delete out[facet];
  return out;
}

export function clearFacet(facets: CatalogQuery['facets'], facet: Facet): CatalogQuery['facets'] {
  const out = { ...facets };
  delete out[facet];
  return out;
}

/** Every selected (facet, value) pair in bar order, for the removable chips. */
export function activeFilters(facets: CatalogQuery['facets']): { facet: Facet; value: string }[] {
  return FACETS.flatMap((facet) => (facets[facet] ?? []).map((value) => ({ facet, value }))).sort(
    (a, b) => FACET_BAR.indexOf(a.facet) - FACET_BAR.indexOf(b.facet),
  );
}
