import { describe, expect, it } from 'vitest';
import type { CatalogRow } from './catalog-index';
import { facetCounts, matchesFacets, parseQuery, queryString, toSearchParams } from './catalog-query';

const row = (over: Partial<CatalogRow>): CatalogRow => ({
  slug: 's',
  title: 't',
  level: 'high',
  status: 'test',
  product: 'windows',
  category: 'process_creation',
  service: null,
  tactics: ['stealth'],
  techniques: ['T1218.009'],
  author: 'a',
  date: '2024-01-01',
  modified: null,
  root: 'sigma',
  deprecated: false,
  kind: 'detection',
  search: '',
  ...over,
});

describe('catalog query in the URL', () => {
  it('round-trips through the query string in a stable order', () => {
    const q = parseQuery(new URLSearchParams('sort=date.desc&level=high,critical&q=regasm&technique=T1218'));
    expect(q).toEqual({ q: 'regasm', facets: { level: ['high', 'critical'], technique: ['T1218'] }, sort: { column: 'date', desc: true } });
    expect(queryString(q)).toBe('?q=regasm&level=critical%2Chigh&technique=T1218&sort=date.desc');
    expect(parseQuery(toSearchParams(q))).toEqual({ ...q, facets: { level: ['critical', 'high'], technique: ['T1218'] } });
  });
  it('ignores unknown sort columns and empty values', () => {
    expect(parseQuery(new URLSearchParams('sort=evil.desc&level=&q=%20'))).toEqual({ q: '', facets: {}, sort: null });
  });
});

describe('facets', () => {
  it('roll sub-techniques up into their parent', () => {
    expect(matchesFacets(row({}), { technique: ['T1218'] })).toBe(true);
    expect(matchesFacets(row({}), { technique: ['T1218.009'] })).toBe(true);
    expect(matchesFacets(row({}), { technique: ['T1218.010'] })).toBe(false);
    expect(matchesFacets(row({}), { technique: ['T121'] })).toBe(false);
  });
  it('OR within a facet, AND across facets, null as (none)', () => {
    expect(matchesFacets(row({}), { level: ['low', 'high'], product: ['windows'] })).toBe(true);
    expect(matchesFacets(row({}), { level: ['low', 'high'], product: ['linux'] })).toBe(false);
    expect(matchesFacets(row({}), { service: ['(none)'] })).toBe(true);
  });
  it('split authors into people', () => {
    expect(matchesFacets(row({ author: 'Florian Roth (Nextron Systems), Jane Doe' }), { author: ['Jane Doe'] })).toBe(true);
    expect(matchesFacets(row({ author: 'A One and B Two' }), { author: ['B Two'] })).toBe(true);
    expect(matchesFacets(row({ author: 'A One and B Two' }), { author: ['A One and B Two'] })).toBe(false);
  });
  it('count each facet under the other filters', () => {
    const rows = [row({ level: 'high' }), row({ level: 'low', product: 'linux' }), row({ level: 'low', techniques: ['T1059.001'] })];
    expect(Object.fromEntries(facetCounts(rows, { level: ['high'], product: ['windows'] }, 'level'))).toEqual({ high: 1, low: 1 });
    expect(Object.fromEntries(facetCounts(rows, {}, 'technique'))).toEqual({ 'T1218.009': 2, T1218: 2, 'T1059.001': 1, T1059: 1 });
  });
});
