import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from './build';
import { catalogToJson } from './serialize';

const rule = (id: string | null, title: string, extra = '') =>
  `title: ${title}\n${id ? `id: ${id}\n` : ''}status: test\nlogsource:\n    category: process_creation\n    product: windows\ndetection:\n    selection:\n        Image|endswith: '\\whoami.exe'\n    condition: selection\n${extra}level: low\n`;

const ID_A = 'aaaaaaaa-1111-4111-8111-111111111111';
let dir: string;
let second: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  second = mkdtempSync(join(tmpdir(), 'private-'));
  const w = (root: string, path: string, content: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  w(dir, 'a/good.yml', rule(ID_A, 'Good'));
  w(dir, 'a/dup.yml', rule(ID_A, 'Same id'));
  w(dir, 'b/no_id.yml', rule(null, 'No id'));
  w(dir, 'b/tags.yml', rule('bbbbbbbb-1111-4111-8111-111111111111', 'Tags', 'tags:\n    - attack.defense_evasion\n    - attack.t9999\n'));
  w(dir, 'bad/malformed.yml', 'title: x\ndetection: [\n');
  w(dir, 'bad/latin1.yml', Buffer.concat([Buffer.from('title: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  w(dir, 'bad/huge.yml', `title: big\ndescription: ${'x'.repeat(10 * 1024 * 1024)}\n`);
  w(dir, 'bad/bomb.yml', ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n'));
  w(dir, 'bad/undefined.yml', rule('cccccccc-1111-4111-8111-111111111111', 'Undefined').replace('condition: selection', 'condition: selection and not filter'));
  w(dir, 'config/pipeline.yml', 'name: my pipeline\ntransformations:\n    - id: x\n');
  w(dir, '.github/workflows/ci.yml', 'on: push\njobs: {}\n');
  w(dir, 'notes.txt', 'not yaml');
  w(second, 'mine.yaml', rule('dddddddd-1111-4111-8111-111111111111', 'Private whoami'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

describe('buildCatalog', () => {
  it('accounts for every file: in the catalog or reported with an error', () => {
    const c = buildCatalog([{ name: 'main', dir }]);
    const inCatalog = new Set(c.rules.map((r) => r.path));
    const rejected = new Set(c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.path));
    expect(c.files).toBe(10);
    expect([...inCatalog].sort()).toEqual(['a/dup.yml', 'a/good.yml', 'b/no_id.yml', 'b/tags.yml']);
    expect([...rejected].sort()).toEqual(['bad/bomb.yml', 'bad/huge.yml', 'bad/latin1.yml', 'bad/malformed.yml', 'bad/undefined.yml', 'config/pipeline.yml']);
    expect(inCatalog.size + rejected.size).toBe(c.files);
  });

  it('places every diagnostic at a line and column', () => {
    const c = buildCatalog([{ name: 'main', dir }]);
    const by = (path: string) => c.diagnostics.filter((d) => d.path === path).map((d) => [d.code, d.severity, d.line, d.column]);
    expect(by('bad/latin1.yml')).toEqual([['not-utf8', 'error', 1, 11]]);
    expect(by('bad/huge.yml')).toEqual([['file-too-large', 'error', 1, 1]]);
    expect(by('bad/bomb.yml')).toEqual([['alias-limit', 'error', 1, 1]]);
    expect(by('bad/undefined.yml')).toEqual([['undefined-identifier', 'error', 10, 34]]);
    expect(by('config/pipeline.yml')).toEqual([['not-a-rule', 'error', 1, 1]]);
    expect(by('bad/malformed.yml')[0].slice(0, 2)).toEqual(['yaml-syntax', 'error']);
  });

  it('keeps both rules of a duplicate id reachable and reports the second', () => {
    const c = buildCatalog([{ name: 'main', dir }]);
    const same = c.rules.filter((r) => r.id === ID_A);
    expect(same.map((r) => [r.path, r.slug])).toEqual([
      ['a/dup.yml', ID_A],
      ['a/good.yml', `${ID_A}~2`],
    ]);
    expect(c.diagnostics.filter((d) => d.code === 'duplicate-id').map((d) => d.path)).toEqual(['a/good.yml']);
  });

  it('derives a stable id for a rule without one', () => {
    const a = buildCatalog([{ name: 'main', dir }]).rules.find((r) => r.path === 'b/no_id.yml')!;
    const b = buildCatalog([{ name: 'main', dir }]).rules.find((r) => r.path === 'b/no_id.yml')!;
    expect(a.idDerived).toBe(true);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).toBe(b.id);
  });

  it('warns on legacy and unknown tags and keeps the rule', () => {
    const c = buildCatalog([{ name: 'main', dir }]);
    expect(c.diagnostics.filter((d) => d.path === 'b/tags.yml').map((d) => [d.code, d.severity])).toEqual([
      ['legacy-tag', 'warning'],
      ['unknown-tag', 'warning'],
    ]);
  });

  it('counts indicators across roots, in total and per root', () => {
    const c = buildCatalog([
      { name: 'main', dir },
      { name: 'private', dir: second },
    ]);
    const mine = c.rules.find((r) => r.root === 'private')!;
    expect(mine.path).toBe('mine.yaml');
    expect(mine.indicators[0]).toMatchObject({ field: 'Image', operator: 'endswith', value: '\\whoami.exe', corpus: 5, corpusByRoot: { main: 4, private: 1 } });
  });

  it('gives byte-identical JSON for the same input', () => {
    const roots = [{ name: 'main', dir }];
    expect(catalogToJson(buildCatalog(roots))).toBe(catalogToJson(buildCatalog(roots)));
  });
});
