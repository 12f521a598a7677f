import { describe, expect, it } from 'vitest';
import type { CatalogRow } from './catalog-index';
import { buildRuleSearch } from './catalog-search';

const row = (slug: string, title: string, search = '', techniques: string[] = []): CatalogRow => ({
  slug, title, level: 'high', status: 'test', product: 'windows', category: null, service: null, tactics: [], techniques,
  author: 'someone', date: null, modified: null, root: 'r', deprecated: false, kind: 'detection', search,
});

const rows = [
  row('a', 'RegAsm.EXE Initiating Network Connection', 'image \\regasm.exe', ['T1218.009']),
  row('b', 'Mimikatz Command Line', 'sekurlsa::logonpasswords commandline'),
  row('c', 'Suspicious PowerShell Download', 'downloadstring invoke-webrequest'),
];

describe('rule search', () => {
  const s = buildRuleSearch(rows);
  it('finds by title, prefix first', () => {
    expect(s.search('regasm')).toEqual(['a']);
    expect(s.search('power')).toEqual(['c']);
  });
  it('tolerates typos', () => {
    expect(s.search('mimikats')).toEqual(['b']);
    expect(s.search('powershel')).toEqual(['c']);
  });
  it('searches values, techniques and ranks title matches first', () => {
    expect(s.search('logonpasswords')).toEqual(['b']);
    expect(s.search('T1218.009')).toEqual(['a']);
    expect(buildRuleSearch([row('x', 'Other', 'download'), row('y', 'Download cradle')]).search('download')).toEqual(['y', 'x']);
  });
  it('an empty query returns every rule in order', () => {
    expect(s.search('  ')).toEqual(['a', 'b', 'c']);
  });
});
