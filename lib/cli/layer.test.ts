import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrixModel } from '../catalog/attack/coverage';
import { getAttackData } from '../catalog/attack/data';
import { layerProblems, type NavigatorLayer } from '../catalog/attack/layer';
import { repoDir } from '../catalog/roots';

let dir: string;
const model = buildMatrixModel(getAttackData());

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoDir(), 'lib/cli/main.ts'), ...args], { encoding: 'utf8', cwd: repoDir() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A minimal rule: its ATT&CK tags, product and level are what the layer sees. */
function writeRule(name: string, n: number, tags: string[], product: string, level: string) {
  const id = `eeeeeeee-2222-4222-8222-${String(n).padStart(12, '0')}`;
  const yaml = [
    `title: Layer test ${name}`,
    `id: ${id}`,
    'status: test',
    'tags:',
    ...tags.map((t) => `    - ${t}`),
    'logsource:',
    '    category: process_creation',
    `    product: ${product}`,
    'detection:',
    '    selection:',
    `        Image|endswith: '\\${name}.exe'`,
    '    condition: selection',
    `level: ${level}`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'rules', `${name}.yml`), yaml);
}

const layerOf = (out: string) => JSON.parse(out) as NavigatorLayer;
const scores = (l: NavigatorLayer) => Object.fromEntries(l.techniques.map((t) => [`${t.techniqueID}/${t.tactic}`, t.score]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-layer-'));
  mkdirSync(join(dir, 'rules'));
  writeRule('regasm', 1, ['attack.stealth', 'attack.t1218.009'], 'windows', 'high');
  writeRule('proxy', 2, ['attack.stealth', 'attack.t1218', 'attack.t1218.009'], 'windows', 'medium');
  writeRule('cron', 3, ['attack.persistence', 'attack.t1053.003'], 'linux', 'high');
  // A legacy tag: T1562.001 was revoked in v19 for T1685 (Defense Impairment).
  writeRule('legacy', 4, ['attack.defense_evasion', 'attack.t1562.001'], 'windows', 'high');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sigma-catalog layer', () => {
  it('prints a 4.5 layer of every rule: active v19 techniques, one entry per tactic, scores = rule counts', () => {
    const { code, out, err } = cli('layer', '--rules', join(dir, 'rules'), '--site-url', 'https://sigma.example.org/');
    expect(err).toBe('');
    expect(code).toBe(0);
    const layer = layerOf(out);
    expect(layerProblems(layer, model)).toEqual([]);
    expect(layer.versions).toEqual({ attack: '19', navigator: '5.1.0', layer: '4.5' });
    expect(layer.domain).toBe('enterprise-attack');
    expect(scores(layer)).toEqual({
      'T1053/execution': 1,
      'T1053/persistence': 1,
      'T1053/privilege-escalation': 1,
      'T1053.003/execution': 1,
      'T1053.003/persistence': 1,
      'T1053.003/privilege-escalation': 1,
      'T1218/stealth': 2,
      'T1218.009/stealth': 2,
      'T1685/defense-impairment': 1,
    });
    expect(layer.gradient).toMatchObject({ minValue: 0, maxValue: 2 });
    const regasm = layer.techniques.find((t) => t.techniqueID === 'T1218.009')!;
    expect(regasm.links[0]).toEqual({ label: 'T1218.009 rules in the catalog', url: 'https://sigma.example.org/rules/?technique=T1218.009' });
    expect(regasm.links.slice(3)).toEqual([
      { label: 'Layer test regasm (high)', url: 'https://sigma.example.org/rules/eeeeeeee-2222-4222-8222-000000000001/' },
      { label: 'Layer test proxy (medium)', url: 'https://sigma.example.org/rules/eeeeeeee-2222-4222-8222-000000000002/' },
    ]);
  });

  it('filters like the catalog query: repeated and comma-separated values, tactic IDs, --out', () => {
    const high = layerOf(cli('layer', '--rules', join(dir, 'rules'), '--level', 'high', '--product', 'windows').out);
    expect(scores(high)).toEqual({ 'T1218/stealth': 1, 'T1218.009/stealth': 1, 'T1685/defense-impairment': 1 });
    expect(high.name).toBe('Sigma rules: level high · product windows');
    expect(high.description).toMatch(/^2 of 4 Sigma rules \(level high · product windows\)/);

    const both = layerOf(cli('layer', '--rules', join(dir, 'rules'), '--level', 'high', '--level=medium', '--tactic', 'TA0005').out);
    expect(scores(both)).toEqual({ 'T1218/stealth': 2, 'T1218.009/stealth': 2 });

    const out = join(dir, 'layer.json');
    const r = cli('layer', '--rules', join(dir, 'rules'), '--technique', 't1053', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/1 rules, 2 techniques -> /);
    expect(scores(layerOf(readFileSync(out, 'utf8')))).toEqual({
      'T1053/execution': 1,
      'T1053/persistence': 1,
      'T1053/privilege-escalation': 1,
      'T1053.003/execution': 1,
      'T1053.003/persistence': 1,
      'T1053.003/privilege-escalation': 1,
    });
  });

  it('rejects unknown options, missing values and unknown tactics with usage', () => {
    expect(cli('layer', '--rules', join(dir, 'rules'), '--levle', 'high').code).toBe(2);
    expect(cli('layer', '--rules', join(dir, 'rules'), '--level').code).toBe(2);
    const bad = cli('layer', '--rules', join(dir, 'rules'), '--tactic', 'defense-evasion');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not an ATT&CK v19\.0 tactic: defense-evasion/);
  });
});
