import { describe, expect, it } from 'vitest';
import { compareLevel, compareStatus, compareText, fromSorting, logsourceText, rankIn, tacticKey, techniqueKey, toSorting } from './sorting';

describe('catalog sorting', () => {
  it('sorts levels by severity, not alphabetically', () => {
    const levels = ['high', 'informational', 'critical', 'low', 'medium'];
    expect([...levels].sort(compareLevel)).toEqual(['informational', 'low', 'medium', 'high', 'critical']);
  });

  it('puts unknown levels after the known ones', () => {
    expect(['bogus', 'critical', 'low'].sort(compareLevel)).toEqual(['low', 'critical', 'bogus']);
    expect(rankIn(['a'], 'z')).toBe(1);
  });

  it('sorts statuses by maturity', () => {
    expect(['stable', 'experimental', 'deprecated', 'test', 'unsupported'].sort(compareStatus)).toEqual(['unsupported', 'deprecated', 'experimental', 'test', 'stable']);
  });

  it('compares text case-insensitively and numbers naturally', () => {
    expect(['b', 'A', 'a2', 'a10'].sort(compareText)).toEqual(['A', 'a2', 'a10', 'b']);
  });

  it('keys tactics by matrix position', () => {
    const order = ['reconnaissance', 'execution', 'persistence', 'stealth'];
    expect(tacticKey(['stealth', 'execution'], order)).toBe('01.03');
    expect(tacticKey([], order)).toBeUndefined();
    const keys = [tacticKey(['stealth'], order)!, tacticKey(['execution', 'stealth'], order)!, tacticKey(['execution'], order)!];
    expect(keys.sort()).toEqual(['01', '01.03', '03']);
  });

  it('keys techniques by their sorted ids', () => {
    expect(techniqueKey(['T1218', 'T1059.001'])).toBe('T1059.001 T1218');
    expect(techniqueKey([])).toBeUndefined();
  });

  it('writes a logsource as product / category / service', () => {
    expect(logsourceText({ product: 'windows', category: 'process_creation', service: null })).toBe('windows / process_creation');
    expect(logsourceText({ product: null, category: null, service: null })).toBeUndefined();
  });

  it('maps the URL sort to the table sorting state and back', () => {
    expect(toSorting(null)).toEqual([]);
    expect(toSorting({ column: 'level', desc: true })).toEqual([{ id: 'level', desc: true }]);
    expect(fromSorting([{ id: 'date', desc: false }])).toEqual({ column: 'date', desc: false });
    expect(fromSorting([])).toBeNull();
    expect(fromSorting([{ id: 'nope', desc: false }])).toBeNull();
  });
});
