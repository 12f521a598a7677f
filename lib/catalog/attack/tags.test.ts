import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { getAttackData, getAttackVersion, getMatrixOrder, getTactic, getTechnique } from './data';
import { resolveAttackTags } from './tags';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('attack data', () => {
  it('loads v19 with every technique, revoked and deprecated included', () => {
    const data = getAttackData();
    expect(getAttackVersion()).toBe('19.0');
    expect(data.version).toBe('19.0');
    expect(data.content.attribution).toMatch(/The MITRE Corporation/);
    expect(data.content.techniques).toHaveLength(858);
    expect(data.content.techniques.filter((t) => t.revoked)).toHaveLength(149);
    expect(data.content.techniques.filter((t) => t.deprecated)).toHaveLength(12);
    expect(getAttackData()).toBe(data); // memoized
  });

  it('keeps matrix order with Stealth and Defense Impairment in the old Defense Evasion column', () => {
    const order = getMatrixOrder();
    expect(order).toHaveLength(15);
    expect(order.slice(5, 9)).toEqual(['privilege-escalation', 'stealth', 'defense-impairment', 'credential-access']);
    expect(getTactic('defense-impairment')?.id).toBe('TA0112');
    expect(getTactic('defense-evasion')).toBeUndefined();
  });

  it('looks techniques up case-insensitively and knows what replaced revoked ones', () => {
    expect(getTechnique('t1218.009')?.fullName).toBe('System Binary Proxy Execution: Regsvcs/Regasm');
    expect(getTechnique('T1562.001')).toMatchObject({ revoked: true, current: 'T1685' });
    expect(getTechnique('T1064')).toMatchObject({ deprecated: true, current: null });
  });

  it('carries no prose', () => {
    const text = JSON.stringify(getAttackData().content);
    expect(text).not.toContain('description');
    expect(text).not.toContain('"note"');
  });
});

describe('resolveAttackTags', () => {
  it('resolves the reference rule to one Stealth row', () => {
    expect(resolveAttackTags(['attack.stealth', 'attack.t1218.009'])).toEqual({
      rows: [
        {
          tactic: { id: 'TA0005', shortname: 'stealth', name: 'Stealth', url: 'https://attack.mitre.org/tactics/TA0005/' },
          techniques: [
            {
              id: 'T1218.009',
              name: 'Regsvcs/Regasm',
              fullName: 'System Binary Proxy Execution: Regsvcs/Regasm',
              url: 'https://attack.mitre.org/techniques/T1218/009/',
              legacyTag: null,
              deprecated: false,
            },
          ],
          legacyTag: null,
        },
      ],
      untacticed: [],
      groups: [],
      software: [],
      legacy: [],
      unknown: [],
    });
  });

  it('splits defense_evasion by the rule technique and shows a revoked ID under its successor', () => {
    const c = resolveAttackTags(['attack.defense_evasion', 'attack.t1562.001']);
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0].tactic).toMatchObject({ id: 'TA0112', shortname: 'defense-impairment', name: 'Defense Impairment' });
    expect(c.rows[0].legacyTag).toBe('attack.defense_evasion');
    expect(c.rows[0].techniques).toEqual([
      expect.objectContaining({ id: 'T1685', name: 'Disable or Modify Tools', legacyTag: 'attack.t1562.001', deprecated: false }),
    ]);
    expect(c.legacy).toEqual([
      { tag: 'attack.defense_evasion', current: ['defense-impairment'] },
      { tag: 'attack.t1562.001', current: ['T1685'] },
    ]);
    expect(c.untacticed).toEqual([]);
    expect(c.unknown).toEqual([]);
  });

  it('splits defense-evasion into both successors when the techniques span both', () => {
    const c = resolveAttackTags(['attack.defense-evasion', 'attack.t1218.009', 'attack.t1562.004']);
    expect(c.rows.map((r) => r.tactic.shortname)).toEqual(['stealth', 'defense-impairment']);
    expect(ids(c.rows[0].techniques)).toEqual(['T1218.009']);
    expect(ids(c.rows[1].techniques)).toEqual(['T1686']);
    expect(c.legacy[0]).toEqual({ tag: 'attack.defense-evasion', current: ['stealth', 'defense-impairment'] });
  });

  it('shows both successors of defense-evasion when the rule has no technique', () => {
    const c = resolveAttackTags(['attack.defense_evasion']);
    expect(c.rows.map((r) => [r.tactic.shortname, r.techniques.length, r.legacyTag])).toEqual([
      ['stealth', 0, 'attack.defense_evasion'],
      ['defense-impairment', 0, 'attack.defense_evasion'],
    ]);
  });

  it('normalises legacy underscore spellings', () => {
    const c = resolveAttackTags(['attack.privilege_escalation', 'attack.command_and_control', 'attack.t1548.002', 'attack.t1071.001']);
    expect(c.rows.map((r) => [r.tactic.shortname, ids(r.techniques)])).toEqual([
      ['privilege-escalation', ['T1548.002']],
      ['command-and-control', ['T1071.001']],
    ]);
    expect(c.rows.map((r) => r.legacyTag)).toEqual(['attack.privilege_escalation', 'attack.command_and_control']);
    expect(c.legacy).toEqual([
      { tag: 'attack.command_and_control', current: ['command-and-control'] },
      { tag: 'attack.privilege_escalation', current: ['privilege-escalation'] },
    ]);
  });

  it('prefers a current tactic tag over a legacy spelling of the same tactic', () => {
    const c = resolveAttackTags(['attack.privilege_escalation', 'attack.privilege-escalation']);
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0].legacyTag).toBeNull();
  });

  it('lists a technique under every tagged tactic it belongs to, sorted by ID', () => {
    const c = resolveAttackTags(['attack.persistence', 'attack.privilege-escalation', 'attack.t1547.001', 'attack.t1053.005']);
    expect(c.rows.map((r) => [r.tactic.shortname, ids(r.techniques)])).toEqual([
      ['persistence', ['T1053.005', 'T1547.001']],
      ['privilege-escalation', ['T1053.005', 'T1547.001']],
    ]);
  });

  it('puts a technique whose tactics the rule does not tag in untacticed', () => {
    const c = resolveAttackTags(['attack.execution', 'attack.t1059.001', 'attack.t1003.001']);
    expect(c.rows.map((r) => [r.tactic.shortname, ids(r.techniques)])).toEqual([['execution', ['T1059.001']]]);
    expect(ids(c.untacticed)).toEqual(['T1003.001']);
    expect(c.untacticed[0].fullName).toBe('OS Credential Dumping: LSASS Memory');
  });

  it("places techniques under their own tactics when the rule tags no tactic", () => {
    const c = resolveAttackTags(['attack.t1003.001', 'attack.t1059.001']);
    expect(c.rows.map((r) => [r.tactic.shortname, ids(r.techniques), r.legacyTag])).toEqual([
      ['execution', ['T1059.001'], null],
      ['credential-access', ['T1003.001'], null],
    ]);
    expect(c.untacticed).toEqual([]);
  });

  it('flags a deprecated technique and keeps it (no replacement exists)', () => {
    const c = resolveAttackTags(['attack.execution', 'attack.t1064']);
    expect(c.legacy).toEqual([{ tag: 'attack.t1064', current: [] }]);
    const all = [...c.rows.flatMap((r) => r.techniques), ...c.untacticed];
    expect(all).toEqual([expect.objectContaining({ id: 'T1064', name: 'Scripting', deprecated: true, legacyTag: null })]);
    expect(c.unknown).toEqual([]);
  });

  it('resolves an old revoked ID through the chain and merges it with the same current tag', () => {
    const c = resolveAttackTags(['attack.execution', 'attack.t1086', 'attack.t1059.001']);
    expect(c.rows[0].techniques).toEqual([expect.objectContaining({ id: 'T1059.001', legacyTag: null })]);
    expect(c.legacy).toEqual([{ tag: 'attack.t1086', current: ['T1059.001'] }]);
    const only = resolveAttackTags(['attack.t1086']);
    expect(only.rows[0].techniques[0]).toMatchObject({ id: 'T1059.001', legacyTag: 'attack.t1086' });
  });

  it('resolves groups and software to references with URLs, sorted by ID', () => {
    const c = resolveAttackTags(['attack.s0002', 'attack.g0016', 'attack.g0007', 'attack.s0002']);
    expect(c.groups).toEqual([
      { id: 'G0007', name: 'APT28', url: 'https://attack.mitre.org/groups/G0007/' },
      { id: 'G0016', name: 'APT29', url: 'https://attack.mitre.org/groups/G0016/' },
    ]);
    expect(c.software).toEqual([{ id: 'S0002', name: 'Mimikatz', url: 'https://attack.mitre.org/software/S0002/' }]);
    expect(c.rows).toEqual([]);
  });

  it('shows a revoked group as the group that replaced it', () => {
    const c = resolveAttackTags(['attack.g0057']);
    expect(ids(c.groups)).toEqual(['G0049']);
    expect(c.legacy).toEqual([{ tag: 'attack.g0057', current: ['G0049'] }]);
  });

  it('knows the deprecated data source SigmaHQ uses', () => {
    const c = resolveAttackTags(['attack.ds0005']);
    expect(c.unknown).toEqual([]);
    expect(c.legacy).toEqual([{ tag: 'attack.ds0005', current: [] }]);
  });

  it('reports unknown attack tags and ignores other namespaces', () => {
    const c = resolveAttackTags([
      'attack.t9999',
      'attack.g9999',
      'attack.s9998',
      'attack.evasion',
      'attack.T1059.999',
      'cve.2021-44228',
      'detection.emerging-threats',
      'car.2016-04-005',
      'stp.1u',
      'tlp.white',
    ]);
    expect(c.unknown).toEqual(['attack.evasion', 'attack.g9999', 'attack.s9998', 'attack.T1059.999', 'attack.t9999']);
    expect(c).toMatchObject({ rows: [], untacticed: [], groups: [], software: [], legacy: [] });
  });

  it('is case-insensitive and independent of tag order', () => {
    const a = resolveAttackTags(['attack.Stealth', 'ATTACK.T1218.009', 'attack.execution', 'attack.t1059']);
    const b = resolveAttackTags(['attack.t1059', 'attack.execution', 'ATTACK.T1218.009', 'attack.Stealth']);
    expect(a).toEqual(b);
    expect(a.rows.map((r) => r.tactic.shortname)).toEqual(['execution', 'stealth']);
  });

  it('returns empty coverage for no tags', () => {
    expect(resolveAttackTags([])).toEqual({ rows: [], untacticed: [], groups: [], software: [], legacy: [], unknown: [] });
  });
});

/* ---- the SigmaHQ corpus: every attack.* tag must resolve ---- */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusDir = path.resolve(process.env.SIGMA_CORPUS ?? path.join(repoRoot, '..', 'shared', 'corpus', 'sigma'));
const requireCorpus = process.env.REQUIRE_CORPUS === '1';
const haveCorpus = existsSync(corpusDir);

const missingNotice = `Sigma corpus not found at ${corpusDir} (set SIGMA_CORPUS)`;
if (!haveCorpus && !requireCorpus) console.warn(`${missingNotice}: skipping the corpus tag test.`);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/i.test(e.name) ? [p] : [];
    })
    .sort();
}

/** Tags of every document; a file js-yaml rejects falls back to a line scan so no tag is missed. */
function tagsOf(text: string): string[] {
  try {
    return loadAll(text).flatMap((doc) => {
      const tags = (doc as { tags?: unknown } | null)?.tags;
      return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
    });
  } catch {
    return [...text.matchAll(/^\s*-\s*['"]?(attack\.[\w.-]+)/gim)].map((m) => m[1]);
  }
}

// REQUIRE_CORPUS=1 runs the test even without the corpus, so a missing corpus fails instead of skipping.
describe.skipIf(!haveCorpus && !requireCorpus)('SigmaHQ corpus tags', () => {
  it('resolves every distinct attack.* tag', { timeout: 120_000 }, () => {
    if (!haveCorpus) throw new Error(`${missingNotice}; REQUIRE_CORPUS=1`);
    const tags = new Set<string>();
    for (const file of yamlFiles(corpusDir)) {
      for (const tag of tagsOf(readFileSync(file, 'utf8'))) if (/^attack\./i.test(tag.trim())) tags.add(tag.trim());
    }
    expect(tags.size).toBeGreaterThanOrEqual(489);
    const unknown = [...tags].filter((tag) => resolveAttackTags([tag]).unknown.length > 0);
    expect(unknown).toEqual([]);
  });
});
