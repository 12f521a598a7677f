import { describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../lib/site/catalog-index';
import { filteredRows, indexBySlug, searchedRows } from './filter-rows';

const row = (slug: string, level: string, techniques: string[] = []): CatalogRow => ({
  slug,
  title: slug,
  level,
  status: 'test',
  product: 'windows',
  category: null,
  service: null,
  tactics: [],
  techniques,
  author: null,
  date: null,
  modified: null,
  root: 'sigma',
  deprecated: false,
  kind: 'detection',
  search: '',
});

const rows = [row('a', 'low'), row('b', 'high', ['T1218.009']), row('c', 'high', ['T1059'])];

describe('catalog rows of a view', () => {
  it('keeps every row in index order without a search', () => {
    expect(searchedRows(rows, indexBySlug(rows), null)).toBe(rows);
  });

  it('orders searched rows by relevance and ignores unknown slugs', () => {
    expect(searchedRows(rows, indexBySlug(rows), ['c', 'zz', 'a']).map((r) => r.slug)).toEqual(['c', 'a']);
  });

  it('applies facets after the search, keeping its order; a technique matches its sub-techniques', () => {
    const searched = searchedRows(rows, indexBySlug(rows), ['c', 'b', 'a']);
    expect(filteredRows(searched, { level: ['high'] }).map((r) => r.slug)).toEqual(['c', 'b']);
    expect(filteredRows(searched, { technique: ['T1218'] }).map((r) => r.slug)).toEqual(['b']);
    expect(filteredRows(searched, {})).toBe(searched);
  });
});
