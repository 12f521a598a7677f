import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoDir } from '../catalog/roots';

let dir: string;
const ID = 'eeeeeeee-1111-4111-8111-111111111111';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoDir(), 'lib/cli/main.ts'), ...args], { encoding: 'utf8', cwd: repoDir() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'));
  mkdirSync(join(dir, 'win'));
  writeFileSync(
    join(dir, 'win/rule.yml'),
    `title: Whoami run\nid: ${ID}\nstatus: test\ntags:\n    - attack.discovery\n    - attack.t1033\nlogsource:\n    category: process_creation\n    product: windows\ndetection:\n    selection:\n        Image|endswith: '\\whoami.exe'\n    filter:\n        User: SYSTEM\n    condition: selection and not filter\nlevel: low\n`,
  );
  writeFileSync(join(dir, 'win/broken.yml'), 'title: x\ndetection: [\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sigma-catalog CLI', () => {
  it('show prints the sections of the reference page', () => {
    const { code, out } = cli('show', ID, '--rules', dir);
    expect(code).toBe(0);
    const sections = ['MITRE ATT&CK coverage', 'Event coverage', 'Rule body yaml', 'Stages and Predicates', 'Exclusions', 'Indicators'];
    const at = sections.map((s) => out.indexOf(`\n${s}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain('| Discovery | T1033 System Owner/User Discovery |');
    expect(out).toContain('| Sysmon | Event ID 1 | Process creation |');
    expect(out).toContain('| User | equals | SYSTEM |');
    expect(out).toContain('Stage 2: not filter');
  });

  it('show --json gives the documented fields; a path finds the rule too', () => {
    const { code, out } = cli('show', 'win/rule.yml', '--rules', dir, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ id: ID, title: 'Whoami run', root: expect.any(String), path: 'win/rule.yml' });
    expect(r.attack).toEqual([
      { tactic: { id: 'TA0007', shortname: 'discovery', name: 'Discovery', url: expect.stringMatching(/^https:\/\/attack\.mitre\.org\//) }, techniques: [expect.objectContaining({ id: 'T1033', name: 'System Owner/User Discovery', fullName: 'System Owner/User Discovery' })], legacyTag: null },
    ]);
    expect(r.events).toContainEqual(expect.objectContaining({ provider: 'Sysmon', eventId: 1, title: 'Process creation' }));
    expect(r.stages.map((s: { label: string; identifier: string | null }) => [s.label, s.identifier])).toEqual([
      ['condition', null],
      ['selection', 'selection'],
      ['not filter', 'filter'],
    ]);
    expect(r.exclusions).toEqual([{ identifier: 'filter', field: 'User', kind: 'equals', modifiers: [], values: ['SYSTEM'] }]);
    expect(r.indicators).toEqual([expect.objectContaining({ field: 'Image', operator: 'endswith', value: '\\whoami.exe', corpus: 1, rules: [ID] })]);
  });

  it('check prints path:line:col diagnostics and a summary; --strict fails on errors', () => {
    const plain = cli('check', '--rules', dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/win\/broken\.yml:\d+:\d+: error: YAML syntax error/);
    expect(plain.out.trim().split('\n').pop()).toBe('2 files: 1 with rules (1 rules), 1 rejected; 1 errors, 0 warnings');
    expect(cli('check', '--rules', dir, '--strict').code).toBe(1);
  });

  it('index writes the catalog as JSON, identical across runs', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(cli('index', '--rules', dir, '--out', a).code).toBe(0);
    expect(cli('index', '--rules', dir, '--out', b).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const idx = JSON.parse(readFileSync(a, 'utf8'));
    expect(idx.rules.map((r: { id: string; path: string }) => [r.id, r.path])).toEqual([[ID, 'win/rule.yml']]);
    expect(idx.diagnostics).toEqual([expect.objectContaining({ path: 'win/broken.yml', severity: 'error', line: expect.any(Number), column: expect.any(Number), message: expect.any(String) })]);
  });

  it('rejects unknown commands and missing arguments with usage', () => {
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('show').code).toBe(2);
    expect(cli('show', 'no-such-rule', '--rules', dir).code).toBe(1);
  });
});
