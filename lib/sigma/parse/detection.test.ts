import { describe, expect, it } from 'vitest';
import type { DetectionRule, Search } from '../types';
import { parse, ruleText } from './test-helpers';

function search(detection: string, name = 'selection'): Search {
  const { rules, diagnostics } = parse(ruleText(detection));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return (rules[0] as DetectionRule).detection.identifiers.find((i) => i.name === name)!.search;
}

/** Compact form: all(...) / any(...) / field|op=v1,v2 */
function show(s: Search): string {
  if (s.kind === 'item') {
    const vs = s.values.map((v) => (v.kind === 'string' ? v.value : v.kind === 'null' ? 'null' : `#${v.text}`));
    return `${s.field ?? '*'}|${s.operator}${s.modifiers.length ? `[${s.modifiers}]` : ''}${s.linking === 'and' ? '&' : ''}=${vs.join(',')}`;
  }
  return `${s.kind}(${s.items.map(show).join(' ; ')})`;
}

describe('detection shapes (list/map semantics)', () => {
  it('a map is an AND of its items; a value list is an OR of values', () => {
    expect(show(search("    selection:\n        Image|endswith: '\\x.exe'\n        CommandLine|contains:\n            - a\n            - b\n    condition: selection"))).toBe(
      'all(Image|endswith=\\x.exe ; CommandLine|contains=a,b)',
    );
  });
  it('a list of plain values is one keyword item', () => {
    expect(show(search('    selection:\n        - Accepted publickey\n        - session opened\n    condition: selection'))).toBe(
      '*|equals=Accepted publickey,session opened',
    );
  });
  it('a list of maps is an OR of ANDs; a scalar element is its own keyword', () => {
    expect(show(search('    selection:\n        - Image: a\n          User: b\n        - Image: c\n        - loose\n    condition: selection'))).toBe(
      'any(all(Image|equals=a ; User|equals=b) ; all(Image|equals=c) ; *|equals=loose)',
    );
  });
  it('a single scalar is a keyword; |all keyword items AND their values', () => {
    expect(show(search('    selection: evil\n    condition: selection'))).toBe('*|equals=evil');
    expect(show(search("    selection:\n        '|all':\n            - a\n            - b\n    condition: selection"))).toBe('all(*|equals[all]&=a,b)');
  });
  it('null, empty list, empty string, numbers and booleans keep their types', () => {
    expect(show(search("    selection:\n        A: null\n        B: []\n        C: ''\n        D: 4688\n        E: true\n        F: 'true'\n        G: 00000429\n    condition: selection"))).toBe(
      'all(A|equals=null ; B|equals=null ; C|equals= ; D|equals=#4688 ; E|equals=#true ; F|equals=true ; G|equals=00000429)',
    );
  });
  it('contains|all is AND-linked', () => {
    expect(show(search('    selection:\n        CommandLine|contains|all: [a, b]\n    condition: selection'))).toBe('all(CommandLine|contains[all]&=a,b)');
  });
  it('double-quoted YAML escapes are decoded before Sigma sees the value', () => {
    expect(show(search('    selection:\n        Image: "C:\\\\Windows\\\\*"\n    condition: selection'))).toBe('all(Image|equals=C:\\Windows\\*)');
  });
});

describe('detection errors carry their line and column', () => {
  const cases: [string, string, string, number, number][] = [
    ['undefined identifier', '    selection:\n        A: b\n    condition: selection and not filter', 'undefined-identifier', 9, 34],
    ['condition syntax', '    selection:\n        A: b\n    condition: selection and', 'condition-syntax', 9, 29],
    ['unknown modifier', '    selection:\n        A|contians: b\n    condition: selection', 'unknown-modifier', 8, 9],
    ['misplaced modifier', '    selection:\n        A|contains|re: b\n    condition: selection', 'modifier-misplaced', 8, 9],
    ['nested map value', '    selection:\n        A:\n            B: c\n    condition: selection', 'wrong-type', 9, 13],
    ['missing condition', '    selection:\n        A: b', 'missing-field', 7, 5],
    ['empty selector', '    selection:\n        A: b\n    condition: selection and not 1 of filter_*', 'empty-selector', 9, 34],
    ['empty list identifier', '    selection: []\n    condition: selection', 'wrong-type', 7, 16],
    ['pipe aggregation', '    selection:\n        A: b\n    condition: selection | count() > 5', 'deprecated-syntax', 9, 26],
    ['exists with a string', '    selection:\n        A|exists: maybe\n    condition: selection', 'invalid-value', 8, 19],
  ];
  it.each(cases)('%s', (_name, detection, code, line, column) => {
    const { rules, diagnostics } = parse(ruleText(detection));
    expect(rules).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code, severity: 'error', line, column }));
  });

  it('warns on unused identifiers and keeps the rule', () => {
    const { rules, diagnostics } = parse(ruleText('    selection:\n        A: b\n    unused:\n        C: d\n    condition: selection'));
    expect(rules).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unused-identifier', severity: 'warning', line: 9, column: 5 })]);
  });

  it('a condition list is kept (OR of conditions)', () => {
    const { rules } = parse(ruleText('    a:\n        X: 1\n    b:\n        Y: 2\n    condition:\n        - a\n        - b'));
    expect((rules[0] as DetectionRule).detection.conditions.map((c) => c.text)).toEqual(['a', 'b']);
  });
});
