import { describe, expect, it } from 'vitest';
import { expandCondition, identifierOccurrences, matchSelector } from './expand';
import { formatCondition, parseCondition } from './parse';

function ast(text: string): string {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return formatCondition(r.ast);
}

describe('condition grammar', () => {
  it.each([
    ['selection', 'selection'],
    ['a and b', '(and a b)'],
    ['a and b and c', '(and a b c)'],
    ['a or b and not c', '(or a (and b (not c)))'],
    ['not a and b', '(and (not a) b)'],
    ['not not a', '(not (not a))'],
    ['a and (b and c)', '(and a (and b c))'],
    ['(a or b) and c', '(and (or a b) c)'],
    ['selection and not 1 of filter_main_*', '(and selection (not (1-of filter_main_*)))'],
    ['any of sel* or all of them', '(or (any-of sel*) (all-of them))'],
    ['1 of them', '(1-of them)'],
    ['all of selection_* and not 1 of filter_optional_*', '(and (all-of selection_*) (not (1-of filter_optional_*)))'],
    ['sel-1 or sel_2', '(or sel-1 sel_2)'],
    ['selection or notepad', '(or selection notepad)'],
    ['  a\n  and b  ', '(and a b)'],
    ['((a))', 'a'],
  ])('%s -> %s', (text, expected) => {
    expect(ast(text)).toBe(expected);
  });

  it.each([
    ['a AND b', 2, 'operators are lowercase'],
    ['a and', 5, 'expected an identifier'],
    ['(a or b', 7, "expected ')'"],
    ['a b', 2, "unexpected 'b'"],
    ['2 of sel*', 0, "'2 of' is not valid"],
    ['sel | count() > 5', 4, 'pipe syntax'],
    ['a and $b', 6, "found '$'"],
    ['1 of', 4, 'expected a name pattern'],
    ['', 0, 'expected an identifier'],
  ])('rejects %j at offset %i', (text, offset, message) => {
    const r = parseCondition(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.offset).toBe(offset);
      expect(r.error.message).toContain(message);
    }
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const r = parseCondition(`${'('.repeat(5000)}a${')'.repeat(5000)}`);
    expect(r.ok).toBe(false);
  });
});

describe('selectors', () => {
  const names = ['selection_a', 'selection_b', '_private', 'filter_main_x', 'filter_main_mdadm.conf'];
  it('matches whole names with * as any run, in definition order', () => {
    expect(matchSelector('selection_*', names)).toEqual(['selection_a', 'selection_b']);
    expect(matchSelector('filter_main_*', names)).toEqual(['filter_main_x', 'filter_main_mdadm.conf']);
    expect(matchSelector('selection', names)).toEqual([]);
    expect(matchSelector('*_a', names)).toEqual(['selection_a']);
  });
  it('leaves _-names out of them and of patterns not starting with _', () => {
    expect(matchSelector('them', names)).toEqual(['selection_a', 'selection_b', 'filter_main_x', 'filter_main_mdadm.conf']);
    expect(matchSelector('*', names)).not.toContain('_private');
    expect(matchSelector('_priv*', names)).toEqual(['_private']);
  });
  it('expands 1 of to OR, all of to AND, one match to the identifier, none to empty', () => {
    const parsed = parseCondition('all of selection_* and not 1 of filter_* and 1 of nothing_*');
    if (!parsed.ok) throw new Error();
    const e = expandCondition(parsed.ast, ['selection_a', 'selection_b', 'filter_x']);
    expect(e).toEqual({
      kind: 'and',
      operands: [
        { kind: 'and', operands: [{ kind: 'identifier', name: 'selection_a' }, { kind: 'identifier', name: 'selection_b' }] },
        { kind: 'not', operand: { kind: 'identifier', name: 'filter_x' } },
        { kind: 'empty' },
      ],
    });
    expect(identifierOccurrences(e)).toEqual([
      { name: 'selection_a', negated: false },
      { name: 'selection_b', negated: false },
      { name: 'filter_x', negated: true },
    ]);
  });
  it('tracks polarity through double negation', () => {
    const parsed = parseCondition('not (a and not b)');
    if (!parsed.ok) throw new Error();
    expect(identifierOccurrences(expandCondition(parsed.ast, ['a', 'b']))).toEqual([
      { name: 'a', negated: true },
      { name: 'b', negated: false },
    ]);
  });
});
