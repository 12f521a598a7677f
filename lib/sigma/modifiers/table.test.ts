import { describe, expect, it } from 'vitest';
import { Findings } from '../diagnostics';
import { checkValues, resolveKey } from './resolve';
import { MODIFIERS } from './table';
import { base64, base64OffsetVariants, checkCidr, toJsRegExp, utf16, windashVariants } from './values';

function resolve(key: string) {
  const f = new Findings();
  return { r: resolveKey(key, 0, f), codes: f.list.map((x) => x.code) };
}

describe('every modifier resolves to an operator and visible modifiers', () => {
  it.each([
    ['Image', 'equals', []],
    ['Image|contains', 'contains', []],
    ['Image|startswith', 'startswith', []],
    ['Image|endswith', 'endswith', []],
    ['CommandLine|contains|all', 'contains', ['all']],
    ['CommandLine|windash|contains', 'contains', ['windash']],
    ['CommandLine|base64', 'equals', ['base64']],
    ['CommandLine|base64offset|contains', 'contains', ['base64offset']],
    ['CommandLine|wide|base64offset|contains', 'contains', ['wide', 'base64offset']],
    ['Data|utf16le|base64', 'equals', ['utf16le', 'base64']],
    ['Data|utf16be|base64', 'equals', ['utf16be', 'base64']],
    ['Data|utf16|base64', 'equals', ['utf16', 'base64']],
    ['CommandLine|re', 'regex', []],
    ['CommandLine|re|i', 'regex', ['i']],
    ['CommandLine|re|m', 'regex', ['m']],
    ['CommandLine|re|s', 'regex', ['s']],
    ['CommandLine|re|ignorecase', 'regex', ['ignorecase']],
    ['User|cased', 'equals', ['cased']],
    ['User|contains|cased', 'contains', ['cased']],
    ['Parent|exists', 'exists', []],
    ['DestinationIp|cidr', 'cidr_match', []],
    ['Count|lt', 'lt', []],
    ['Count|lte', 'lte', []],
    ['Count|gt', 'gt', []],
    ['Count|gte', 'gte', []],
    ['User|neq', 'equals', ['neq']],
    ['Target|fieldref', 'fieldref', []],
    ['Target|fieldref|endswith', 'fieldref', ['endswith']],
    ['Path|expand', 'equals', ['expand']],
    ['Time|minute', 'equals', ['minute']],
    ['Time|hour|gte', 'gte', ['hour']],
    ['Time|day', 'equals', ['day']],
    ['Time|week', 'equals', ['week']],
    ['Time|month', 'equals', ['month']],
    ['Time|year|lt', 'lt', ['year']],
    ['|all', 'equals', ['all']],
    ['|contains', 'contains', []],
  ])('%s -> %s %j', (key, operator, modifiers) => {
    const { r, codes } = resolve(key);
    expect(codes).toEqual([]);
    expect(r?.operator).toBe(operator);
    expect(r?.modifiers).toEqual(modifiers);
  });

  it('covers every modifier of the table', () => {
    const tested = 'contains startswith endswith all windash base64 base64offset wide utf16le utf16be utf16 re i m s ignorecase cased exists cidr lt lte gt gte neq fieldref expand minute hour day week month year'.split(' ');
    for (const m of Object.keys(MODIFIERS)) if (!['multiline', 'dotall'].includes(m)) expect(tested).toContain(m);
  });

  it('keyword items have no field; all links values with AND; neq negates the item', () => {
    expect(resolve('|all').r).toMatchObject({ field: null, linking: 'and' });
    expect(resolve('User|neq').r).toMatchObject({ field: 'User', negated: true, linking: 'or' });
  });

  it.each([
    ['Image|contians', 'unknown-modifier'],
    ['Image|Contains', 'unknown-modifier'],
    ['Image|contains|re', 'modifier-misplaced'],
    ['Ip|contains|cidr', 'modifier-misplaced'],
    ['Image|i', 'modifier-misplaced'],
    ['Count|re|gt', 'modifier-misplaced'],
  ])('%s is an error (%s)', (key, code) => {
    const { r, codes } = resolve(key);
    expect(r).toBeNull();
    expect(codes).toContain(code);
  });
});

describe('value checks', () => {
  const check = (key: string, value: Parameters<typeof checkValues>[2][number]['value']) => {
    const f = new Findings();
    const r = resolveKey(key, 0, f)!;
    return { ok: checkValues(r, key, [{ value, offset: 0 }], f), codes: f.list.map((x) => `${x.severity}:${x.code}`) };
  };
  it('exists takes a boolean, comparisons a number, cidr a network', () => {
    expect(check('F|exists', { kind: 'bool', value: true, text: 'true' }).ok).toBe(true);
    expect(check('F|exists', { kind: 'string', value: 'yes please', text: 'yes please' }).ok).toBe(false);
    expect(check('F|gt', { kind: 'number', value: 3, text: '3' }).ok).toBe(true);
    expect(check('F|gt', { kind: 'string', value: 'three', text: 'three' }).ok).toBe(false);
    expect(check('F|cidr', { kind: 'string', value: '10.0.0.0/8', text: '10.0.0.0/8' }).ok).toBe(true);
    expect(check('F|cidr', { kind: 'string', value: '10.0.0.0/33', text: '' }).ok).toBe(false);
  });
  it('base64 and fieldref reject wildcards', () => {
    expect(check('F|base64', { kind: 'string', value: 'a*b', text: '' }).codes).toEqual(['error:invalid-value']);
    expect(check('F|base64', { kind: 'string', value: 'a\\*b', text: '' }).codes).toEqual([]);
    expect(check('F|fieldref', { kind: 'string', value: 'Other*', text: '' }).ok).toBe(false);
  });
  it('a regex that JavaScript cannot compile is a warning, not an error', () => {
    expect(check('F|re', { kind: 'string', value: '(?<!x)a[', text: '' }).codes).toEqual(['warning:invalid-value']);
    expect(check('F|re', { kind: 'string', value: '(?i)^abc$', text: '' }).codes).toEqual([]);
  });
});

describe('value transformations', () => {
  it('windash varies dashes and slashes that start a flag', () => {
    const v = windashVariants(' -enc ');
    expect(v).toEqual([' -enc ', ' /enc ', ' \u2013enc ', ' \u2014enc ', ' \u2015enc ']);
    expect(windashVariants('a-b')).toEqual(['a-b']);
    expect(windashVariants(' -a -b')).toHaveLength(25);
    expect(windashVariants('--x')).toEqual(['--x', '-/x', '-\u2013x', '-\u2014x', '-\u2015x']);
  });
  it('base64 and base64offset match pySigma', () => {
    expect(base64('http')).toBe('aHR0cA==');
    expect(base64OffsetVariants('/bin/bash')).toEqual(['L2Jpbi9iYXNo', '9iaW4vYmFza', 'vYmluL2Jhc2']);
    expect(base64OffsetVariants('http')).toEqual(['aHR0c', 'h0dH', 'odHRw']);
  });
  it('wide and utf16 encode as UTF-16 bytes', () => {
    expect(utf16('ab', 'wide')).toBe('a\0b\0');
    expect(utf16('ab', 'utf16le')).toBe('a\0b\0');
    expect(utf16('ab', 'utf16be')).toBe('\0a\0b');
    expect(utf16('ab', 'utf16')).toBe('\xff\xfea\0b\0');
  });
  it('cidr accepts IPv4 and IPv6 networks', () => {
    for (const ok of ['127.0.0.0/8', '::1/128', 'fe80::/10', 'fc00::/7', '10.1.2.3', '2001:db8::/32']) expect(checkCidr(ok)).toBe(true);
    for (const bad of ['300.0.0.0/8', '10.0.0.0/40', 'fe80::/129', 'abc', '1:2:3:4:5:6:7:8:9/64']) expect(checkCidr(bad)).toBe(false);
  });
  it('translates Python regex syntax for JavaScript', () => {
    const r = toJsRegExp('(?P<x>a)(?P=x)', []);
    expect(r.ok && r.regexp.test('aa')).toBe(true);
    const i = toJsRegExp('abc', ['i']);
    expect(i.ok && i.regexp.test('ABC')).toBe(true);
  });
});
