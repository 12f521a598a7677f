import { describe, expect, it } from 'vitest';
import type { CorrelationRule, DetectionRule, FilterRule } from '../types';
import { parse, ruleText } from './test-helpers';

const DETECTION = '    selection:\n        Image|endswith: \\x.exe\n    condition: selection';

describe('rule files', () => {
  it('reads a detection rule with its metadata as written', () => {
    const text = ruleText(DETECTION, "status: test\ndate: 2024-04-25\ntags:\n    - attack.stealth\nauthor: yes\n");
    const { rules, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const r = rules[0] as DetectionRule;
    expect(r).toMatchObject({ kind: 'detection', title: 'Test rule', status: 'test', date: '2024-04-25', author: 'yes', tags: ['attack.stealth'] });
    expect(r.source).toBe(text);
  });

  it.each([
    ['malformed YAML', 'title: x\ndetection: [\n', 'yaml-syntax', 'error'],
    ['no title', ruleText(DETECTION).replace('title: Test rule\n', ''), 'missing-field', 'error'],
    ['no logsource', ruleText(DETECTION).replace(/logsource:\n.*\n.*\n/, ''), 'missing-field', 'error'],
    ['no detection', 'title: x\nlogsource:\n    product: windows\n', 'missing-field', 'error'],
    ['detection not a map', 'title: x\nlogsource:\n    product: windows\ndetection: [a, b]\n', 'wrong-type', 'error'],
    ['logsource without product, category or service', 'title: x\nlogsource:\n    definition: d\ndetection:\n    s: a\n    condition: s\n', 'missing-field', 'error'],
    ['title that is a list', ruleText(DETECTION).replace('title: Test rule', 'title: [a, b]'), 'wrong-type', 'error'],
    ['a CI workflow', 'name: CI\non: [push]\njobs:\n    test:\n        runs-on: ubuntu-latest\n', 'not-a-rule', 'error'],
    ['a list document', '- a\n- b\n', 'not-a-rule', 'error'],
    ['an empty file', '', 'not-a-rule', 'error'],
    ['tags as a string', ruleText(DETECTION, 'tags: attack.t1003\n'), 'wrong-type', 'warning'],
    ['duplicate keys', ruleText(DETECTION, 'level: high\n'), 'duplicate-key', 'warning'],
    ['unknown status', ruleText(DETECTION, 'status: shiny\n'), 'invalid-value', 'warning'],
    ['bad date', ruleText(DETECTION, 'date: 25.04.2024\n'), 'invalid-value', 'warning'],
    ['id that is not a UUID', ruleText(DETECTION).replace(/^id: .*$/m, 'id: my-rule'), 'invalid-value', 'warning'],
  ])('%s: %s %s', (_name, text, code, severity) => {
    const { rules, diagnostics } = parse(text);
    expect(diagnostics.map((d) => `${d.severity}:${d.code}`)).toContain(`${severity}:${code}`);
    expect(rules).toHaveLength(severity === 'error' ? 0 : 1);
    for (const d of diagnostics) expect(d.line).toBeGreaterThan(0);
  });

  it('duplicate keys: the last value wins', () => {
    const { rules } = parse(ruleText(DETECTION, 'level: high\n'));
    expect(rules[0].level).toBe('low');
  });

  it('reads tags written as a string as a list of one', () => {
    expect(parse(ruleText(DETECTION, 'tags: attack.t1003\n')).rules[0].tags).toEqual(['attack.t1003']);
  });

  it('merges legacy action: global documents, the template winning', () => {
    const text = [
      'action: global',
      'title: Shared',
      'id: 11111111-2222-4333-8444-555555555555',
      'detection:',
      '    condition: selection',
      'level: high',
      '---',
      'logsource:',
      '    product: windows',
      'detection:',
      '    selection:',
      '        EventID: 1',
      'level: low',
      '---',
      'logsource:',
      '    product: linux',
      'detection:',
      '    selection:',
      '        Image: /bin/sh',
      '',
    ].join('\n');
    const { rules, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => [r.title, r.level, (r as DetectionRule).logsource.product, r.document])).toEqual([
      ['Shared', 'high', 'windows', 1],
      ['Shared', 'high', 'linux', 2],
    ]);
    expect(rules[1].source).toContain('product: linux');
    expect(rules[1].source).not.toContain('product: windows');
  });

  it('reads correlation rules', () => {
    const text = [
      'title: Many failed logons',
      'id: 0e95725d-7320-415d-80f7-004da920fc11',
      'correlation:',
      '    type: event_count',
      '    rules:',
      '        - failed_logon',
      '    group-by:',
      '        - ComputerName',
      '    timespan: 5m',
      '    condition:',
      '        gte: 10',
      'level: high',
      '',
    ].join('\n');
    const { rules, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect((rules[0] as CorrelationRule).correlation).toEqual({
      type: 'event_count',
      rules: ['failed_logon'],
      groupBy: ['ComputerName'],
      timespan: '5m',
      timespanSeconds: 300,
      condition: { bounds: [{ op: 'gte', value: 10 }], field: [], percentile: null, expression: null },
      aliases: {},
      generate: false,
    });
  });

  it.each([
    ['no type', 'correlation:\n    rules: [a]\n    timespan: 5m\n    condition: {gte: 1}', 'missing-field'],
    ['bad timespan', 'correlation:\n    type: event_count\n    rules: [a]\n    timespan: soon\n    condition: {gte: 1}', 'invalid-value'],
    ['value_count without field', 'correlation:\n    type: value_count\n    rules: [a]\n    timespan: 5m\n    condition: {gte: 1}', 'missing-field'],
  ])('rejects a correlation with %s', (_n, body, code) => {
    const { rules, diagnostics } = parse(`title: c\n${body}\n`);
    expect(rules).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain(code);
  });

  it('temporal correlations default to all referenced rules', () => {
    const { rules } = parse('title: t\ncorrelation:\n    type: temporal\n    rules: [a, b, c]\n    timespan: 1h\n');
    expect((rules[0] as CorrelationRule).correlation.condition?.bounds).toEqual([{ op: 'gte', value: 3 }]);
  });

  it('reads filter rules', () => {
    const text = 'title: f\nlogsource:\n    product: windows\nfilter:\n    rules:\n        - 11111111-2222-4333-8444-555555555555\n    selection:\n        User|startswith: adm_\n    condition: not selection\n';
    const { rules, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const f = rules[0] as FilterRule;
    expect(f.kind).toBe('filter');
    expect(f.rules).toEqual(['11111111-2222-4333-8444-555555555555']);
    expect(f.detection.identifiers.map((i) => i.name)).toEqual(['selection']);
  });

  it('a filter with rules: any applies to every matching rule', () => {
    const { rules } = parse('title: f\nlogsource:\n    product: windows\nfilter:\n    rules: any\n    selection:\n        User: x\n    condition: not selection\n');
    expect((rules[0] as FilterRule).rules).toBe('any');
  });
});
