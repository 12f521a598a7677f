import { describe, expect, it } from 'vitest';
import { parseRuleFile, type DetectionRule } from '../../sigma';
import { buildExclusions } from './exclusions';
import { buildIndicators } from './indicators';
import { indicatorKey } from './normalize';
import { buildStages } from './stages';

function analyze(detection: string) {
  const text = `title: t\nlogsource:\n    category: process_creation\n    product: windows\ndetection:\n${detection}\n`;
  const parsed = parseRuleFile(text);
  expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const rule = parsed.rules[0] as DetectionRule;
  return {
    stages: buildStages(rule.detection, text, parsed.scalarRanges),
    exclusions: buildExclusions(rule.detection),
    indicators: buildIndicators(rule.detection),
  };
}

const REGASM = `    selection:
        Initiated: 'true'
        Image|endswith: '\\regasm.exe'  # the binary
    # private ranges
    filter_main_local_ranges:
        DestinationIp|cidr:
            - '127.0.0.0/8'
            - '10.0.0.0/8'
            - '::1/128' # IPv6 loopback
    filter_main_user:
        User|startswith: 'NT AUTHORITY\\'
        Image|contains: '#not a comment'
    condition: selection and not 1 of filter_main_*`;

describe('stages', () => {
  it('stage 0 is the condition; then identifiers in order, negated ones labelled not X, YAML without comments', () => {
    const { stages } = analyze(REGASM);
    expect(stages.map((s) => [s.label, s.identifier, s.negated])).toEqual([
      ['condition', null, false],
      ['selection', 'selection', false],
      ['not filter_main_local_ranges', 'filter_main_local_ranges', true],
      ['not filter_main_user', 'filter_main_user', true],
    ]);
    expect(stages[0].yaml).toBe('selection and not 1 of filter_main_*');
    expect(stages[1].yaml).toBe("selection:\n    Initiated: 'true'\n    Image|endswith: '\\regasm.exe'");
    expect(stages[2].yaml).toBe("filter_main_local_ranges:\n    DestinationIp|cidr:\n        - '127.0.0.0/8'\n        - '10.0.0.0/8'\n        - '::1/128'");
    expect(stages[3].yaml).toContain("'#not a comment'");
  });

  it('an identifier used both ways gets both stages', () => {
    const { stages } = analyze('    a:\n        X: 1\n    b:\n        Y: 2\n    condition: (a and b) or (b and not a)');
    expect(stages.map((s) => s.label)).toEqual(['condition', 'a', 'b', 'not a']);
  });
});

describe('exclusions', () => {
  it('are the top-level NOT conjuncts, grouped by filter, values sorted', () => {
    const { exclusions } = analyze(REGASM);
    expect(exclusions).toEqual([
      { identifier: 'filter_main_local_ranges', field: 'DestinationIp', kind: 'cidr_match', modifiers: [], values: ['10.0.0.0/8', '127.0.0.0/8', '::1/128'] },
      { identifier: 'filter_main_user', field: 'User', kind: 'startswith', modifiers: [], values: ['NT AUTHORITY\\'] },
      { identifier: 'filter_main_user', field: 'Image', kind: 'contains', modifiers: [], values: ['#not a comment'] },
    ]);
  });
  it('a root NOT is one conjunct; NOT nested under OR is not an exclusion', () => {
    expect(analyze('    f:\n        X: 1\n    condition: not f').exclusions.map((e) => e.identifier)).toEqual(['f']);
    expect(analyze('    a:\n        X: 1\n    f:\n        Y: 2\n    condition: a or not f').exclusions).toEqual([]);
  });
  it('nesting is kept: a parenthesised AND is one conjunct', () => {
    const { exclusions } = analyze('    a:\n        X: 1\n    f:\n        Y: 2\n    g:\n        Z: 3\n    condition: a and (not f and not g)');
    expect(exclusions).toEqual([]);
  });
});

describe('indicators', () => {
  it('are the positive predicates only, values as written', () => {
    const { indicators } = analyze(REGASM);
    expect(indicators.map((i) => [i.field, i.operator, i.value])).toEqual([
      ['Initiated', 'equals', 'true'],
      ['Image', 'endswith', '\\regasm.exe'],
    ]);
  });
  it('keep modifiers visible, keyword items have field null, one row per distinct key', () => {
    const { indicators } = analyze("    sel:\n        CommandLine|windash|contains|all:\n            - ' -enc '\n            - ' -ENC '\n        '|contains': mimikatz\n    condition: sel");
    expect(indicators.map((i) => [i.field, i.operator, i.modifiers, i.value])).toEqual([
      ['CommandLine', 'contains', ['windash', 'all'], ' -enc '],
      [null, 'contains', [], 'mimikatz'],
    ]);
  });
});

describe('indicator keys (corpus normalization)', () => {
  const s = (value: string) => ({ kind: 'string' as const, value, text: value });
  it('compare case-insensitively unless cased; regex is case-sensitive unless i', () => {
    expect(indicatorKey('Image', 'endswith', [], s('\\REGASM.exe'))).toBe(indicatorKey('image', 'endswith', [], s('\\regasm.exe')));
    expect(indicatorKey('User', 'equals', ['cased'], s('Admin'))).not.toBe(indicatorKey('User', 'equals', ['cased'], s('admin')));
    expect(indicatorKey('C', 'regex', [], s('ABC'))).not.toBe(indicatorKey('C', 'regex', [], s('abc')));
    expect(indicatorKey('C', 'regex', ['i'], s('ABC'))).toBe(indicatorKey('C', 'regex', ['i'], s('abc')));
  });
  it('fold leading/trailing wildcards into the operator', () => {
    expect(indicatorKey('Image', 'equals', [], s('*\\x.exe'))).toBe(indicatorKey('Image', 'endswith', [], s('\\x.exe')));
    expect(indicatorKey('C', 'equals', [], s('*abc*'))).toBe(indicatorKey('C', 'contains', [], s('abc')));
    expect(indicatorKey('C', 'contains', [], s('*abc'))).toBe(indicatorKey('C', 'contains', [], s('abc')));
    expect(indicatorKey('C', 'startswith', [], s('abc'))).toBe(indicatorKey('C', 'equals', [], s('abc*')));
    expect(indicatorKey('C', 'equals', [], s('a*c'))).not.toBe(indicatorKey('C', 'contains', [], s('a*c')));
    expect(indicatorKey('C', 'endswith', [], s('abc'))).not.toBe(indicatorKey('C', 'equals', [], s('abc')));
  });
  it('numbers equal their decimal text; all is not part of the key', () => {
    expect(indicatorKey('EventID', 'equals', [], { kind: 'number', value: 4688, text: '4688' })).toBe(indicatorKey('EventID', 'equals', [], s('4688')));
    expect(indicatorKey('C', 'contains', ['all'], s('x'))).toBe(indicatorKey('C', 'contains', [], s('x')));
    expect(indicatorKey('C', 'contains', ['windash'], s('x'))).not.toBe(indicatorKey('C', 'contains', [], s('x')));
  });
});
