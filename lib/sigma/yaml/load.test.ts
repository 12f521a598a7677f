import { describe, expect, it } from 'vitest';
import { lineIndex } from '../source-text';
import { loadYaml } from './load';

describe('loadYaml', () => {
  it('keeps offsets of keys and quoted scalars (quotes included)', () => {
    const text = "a: 'x y'\nb:\n    - \"q\"\n";
    const { documents } = loadYaml(text);
    const root = documents[0].root!;
    if (root.kind !== 'map') throw new Error();
    expect(root.entries.map((e) => e.key.start)).toEqual([0, 9]);
    expect(text.slice(root.entries[0].value.start, root.entries[0].value.end)).toBe("'x y'");
  });

  it('reports a syntax error with its line and column', () => {
    const text = 'title: x\ndetection: [a, b\nlevel: high\n';
    const { findings, documents } = loadYaml(text);
    expect(documents).toEqual([]);
    expect(findings.list).toHaveLength(1);
    expect(findings.list[0].code).toBe('yaml-syntax');
    expect(lineIndex(text)(findings.list[0].offset).line).toBeGreaterThanOrEqual(2);
  });

  it('warns on duplicate keys and keeps the last value', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    const { findings, documents } = loadYaml(text);
    const root = documents[0].root!;
    if (root.kind !== 'map') throw new Error();
    expect(root.entries).toHaveLength(2);
    expect(root.entries[0].value.kind === 'scalar' && root.entries[0].value.value.text).toBe('3');
    expect(findings.list.map((f) => [f.code, f.severity, lineIndex(text)(f.offset)])).toEqual([
      ['duplicate-key', 'warning', { line: 3, column: 1 }],
    ]);
  });

  it('rejects an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const { findings, documents } = loadYaml(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(findings.list.map((f) => f.code)).toEqual(['alias-limit']);
    expect(documents[0].root).toBeNull();
  });

  it('splits multi-document files into their own extents', () => {
    const text = 'title: a\n---\ntitle: b\n';
    const { documents } = loadYaml(text);
    expect(documents.map((d) => text.slice(d.start, d.end))).toEqual(['title: a\n', 'title: b\n']);
  });

  it('reads explicit tags and warns on unknown ones', () => {
    const { documents, findings } = loadYaml('a: !!str 0755\nb: !custom x\n');
    const root = documents[0].root!;
    if (root.kind !== 'map') throw new Error();
    expect(root.entries[0].value.kind === 'scalar' && root.entries[0].value.value).toEqual({ kind: 'string', value: '0755', text: '0755' });
    expect(findings.list.map((f) => f.code)).toEqual(['wrong-type']);
  });
});
