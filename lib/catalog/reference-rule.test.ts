/** The reference rule page (shared/reference/seed-rule-page.md), section by section. */

import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type BuiltCatalog } from './build';
import { findRules } from './query';
import { corpusDir, skipWithoutCorpus } from './test-corpus';
import type { CatalogRule } from './types';

const PATH = 'rules/windows/network_connection/net_connection_win_regasm_network_activity.yml';

describe.skipIf(skipWithoutCorpus('reference rule'))('reference rule (RegAsm network activity)', () => {
  let catalog: BuiltCatalog;
  let rule: CatalogRule;
  beforeAll(() => {
    catalog = buildCatalog([{ name: 'sigma', dir: corpusDir }]);
    [rule] = findRules(catalog.rules, '0531e43a-d77d-47c2-b89f-5fe50321c805');
  });

  it('is found by id and by path', () => {
    expect(rule.path).toBe(PATH);
    expect(findRules(catalog.rules, PATH)).toEqual([rule]);
    expect(rule.title).toBe('RegAsm.EXE Initiating Network Connection To Public IP');
  });

  it('has the ATT&CK row: Stealth | T1218.009 System Binary Proxy Execution: Regsvcs/Regasm', () => {
    expect(rule.attack.rows.map((r) => [r.tactic.name, r.techniques.map((t) => `${t.id} ${t.fullName}`)])).toEqual([
      ['Stealth', ['T1218.009 System Binary Proxy Execution: Regsvcs/Regasm']],
    ]);
    expect(rule.attack.rows[0].tactic).toMatchObject({ id: 'TA0005', shortname: 'stealth' });
  });

  it('has the event row: Sysmon | Event ID 3 | Network connection', () => {
    expect(rule.events.map((e) => [e.provider, e.eventId, e.title])).toEqual([['Sysmon', 3, 'Network connection']]);
  });

  it('keeps the YAML verbatim, comments included', () => {
    expect(rule.yaml).toContain("- '::1/128'  # IPv6 loopback");
    expect(rule.yaml.startsWith('title: RegAsm.EXE Initiating Network Connection To Public IP\n')).toBe(true);
  });

  it('has the stages: condition; selection; not filter_main_local_ranges (YAML without comments)', () => {
    expect(rule.stages.map((s) => s.label)).toEqual(['condition', 'selection', 'not filter_main_local_ranges']);
    expect(rule.stages[0]).toEqual({ label: 'condition', identifier: null, negated: false, yaml: 'selection and not 1 of filter_main_*' });
    expect(rule.stages[1].yaml).toBe("selection:\n    Initiated: 'true'\n    Image|endswith: '\\regasm.exe'");
    expect(rule.stages[2].yaml.split('\n')).toEqual([
      'filter_main_local_ranges:',
      '    DestinationIp|cidr:',
      "        - '127.0.0.0/8'",
      "        - '10.0.0.0/8'",
      "        - '172.16.0.0/12'",
      "        - '192.168.0.0/16'",
      "        - '169.254.0.0/16'",
      "        - '::1/128'",
      "        - 'fe80::/10'",
      "        - 'fc00::/7'",
    ]);
  });

  it('has the 8 cidr_match exclusions in the reference order', () => {
    const rows = rule.exclusions.flatMap((x) => x.values.map((v) => [x.field, x.kind, v]));
    expect(rows).toEqual(
      ['10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '::1/128', 'fc00::/7', 'fe80::/10'].map((v) => [
        'DestinationIp',
        'cidr_match',
        v,
      ]),
    );
  });

  it('has the positive indicators with corpus counts that include the rule itself', () => {
    expect(rule.indicators.map((i) => [i.field, i.operator, i.value])).toEqual([
      ['Initiated', 'equals', 'true'],
      ['Image', 'endswith', '\\regasm.exe'],
    ]);
    const regasm = rule.indicators[1];
    const sharing = catalog.indicators.get(regasm.key)!.rules;
    expect(regasm.corpus).toBe(sharing.length);
    expect(sharing).toContain(rule.slug);
    expect(regasm.corpus).toBeGreaterThan(1);
    for (const slug of sharing) {
      const other = catalog.rules.find((r) => r.slug === slug)!;
      expect(other.indicators.some((i) => i.key === regasm.key)).toBe(true);
    }
  });
});
