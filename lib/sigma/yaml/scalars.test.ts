import { describe, expect, it } from 'vitest';
import { resolvePlainScalar } from './scalars';

describe('plain scalars read as PyYAML (YAML 1.1) reads them', () => {
  it.each([
    ['00000429', 'string', '00000429'],
    ['0755', 'number', 493],
    ['4688', 'number', 4688],
    ['1_000', 'number', 1000],
    ['1:20', 'number', 80],
    ['0x1F', 'number', 31],
    ['0b101', 'number', 5],
    ['-12', 'number', -12],
    ['1.5', 'number', 1.5],
    ['yes', 'bool', true],
    ['Off', 'bool', false],
    ['TRUE', 'bool', true],
    ['y', 'string', 'y'],
    ['~', 'null', undefined],
    ['', 'null', undefined],
    ['null', 'null', undefined],
    ['2024-04-25', 'string', '2024-04-25'],
    ['\\regasm.exe', 'string', '\\regasm.exe'],
    ['0.0.0.0', 'string', '0.0.0.0'],
  ])('%j is %s', (text, kind, value) => {
    const v = resolvePlainScalar(text);
    expect(v.kind).toBe(kind);
    if (v.kind !== 'null') expect(v.value).toBe(value);
    expect(v.text).toBe(text);
  });
});
