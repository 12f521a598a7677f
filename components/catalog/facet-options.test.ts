import { describe, expect, it } from 'vitest';
import { activeFilters, clearFacet, facetOptions, fixedOrder, toggleFacet } from './facet-options';

const counts = (entries: [string, number][]) => new Map(entries);

describe('facet options', () => {
  it('lists counted facets by count, selected first, and hides empty options unless selected', () => {
    const options = facetOptions({ counts: counts([['a', 1], ['b', 5], ['c', 0], ['d', 2]]), selected: ['a', 'z'], order: null });
    expect(options.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['a', 1, true],
      ['z', 0, true],
      ['b', 5, false],
      ['d', 2, false],
    ]);
  });

  it('keeps the natural order of ordered facets (level: most severe first)', () => {
    const order = fixedOrder('level', []);
    const options = facetOptions({ counts: counts([['low', 900], ['critical', 3], ['high', 40]]), selected: [], order });
    expect(options.map((o) => o.value)).toEqual(['critical', 'high', 'low']);
    expect(fixedOrder('author', [])).toBeNull();
    expect(fixedOrder('tactic', ['execution', 'stealth'])).toEqual(['execution', 'stealth']);
  });

  it('filters options by value or label, case-insensitively', () => {
    const c = counts([['T1218', 10], ['T1218.009', 2], ['T1059', 8]]);
    expect(facetOptions({ counts: c, selected: [], order: null, filter: 't1218' }).map((o) => o.value)).toEqual(['T1218', 'T1218.009']);
    const labels = { stealth: 'Stealth', execution: 'Execution' };
    expect(facetOptions({ counts: counts([['stealth', 1], ['execution', 1]]), selected: [], order: null, labels, filter: 'EXEC' }).map((o) => o.label)).toEqual(['Execution']);
  });

  it('toggles a value and drops an emptied facet', () => {
    const one = toggleFacet({}, 'level', 'high');
    expect(one).toEqual({ level: ['high'] });
    expect(toggleFacet(one, 'level', 'low')).toEqual({ level: ['high', 'low'] });
    expect(toggleFacet(one, 'level', 'high')).toEqual({});
    expect(clearFacet({ level: ['high'], author: ['x'] }, 'level')).toEqual({ author: ['x'] });
  });

  it('lists active filters in facet-bar order', () => {
    expect(activeFilters({ author: ['x'], level: ['high', 'critical'] })).toEqual([
      { facet: 'level', value: 'high' },
      { facet: 'level', value: 'critical' },
      { facet: 'author', value: 'x' },
    ]);
  });
});
