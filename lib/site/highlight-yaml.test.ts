import { describe, expect, it } from 'vitest';
import { highlightYaml } from './highlight-yaml';

const join = (lines: ReturnType<typeof highlightYaml>) => lines.map((l) => l.map((t) => t.text).join('')).join('\n');

describe('highlightYaml', () => {
  const yaml = [
    'title: A # note',
    'detection:',
    '    selection:',
    "        Image|endswith: '\\x.exe'  # the binary",
    "        Url|contains: 'http://x/#frag'",
    '    filter:',
    "        - '127.0.0.0/8' # loopback",
    '    condition: selection and not filter',
    'description: |',
    '    Line one # not a comment',
    '    Line two',
    'level: high',
  ].join('\n');
  const lines = highlightYaml(yaml);

  it('keeps the text verbatim', () => {
    expect(join(lines)).toBe(yaml);
  });
  it('finds keys, strings and comments', () => {
    expect(lines[0]).toEqual([
      { kind: 'key', text: 'title' },
      { kind: 'punct', text: ':' },
      { kind: 'plain', text: ' ' },
      { kind: 'plain', text: 'A' },
      { kind: 'comment', text: ' # note' },
    ]);
    expect(lines[3].filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text])).toEqual([
      ['key', 'Image|endswith'],
      ['punct', ':'],
      ['string', "'\\x.exe'"],
      ['comment', '  # the binary'],
    ]);
    expect(lines[4].find((t) => t.kind === 'string')?.text).toBe("'http://x/#frag'");
    expect(lines[6].map((t) => t.kind)).toEqual(['plain', 'punct', 'plain', 'string', 'comment']);
  });
  it('treats block scalar lines as text, comments included', () => {
    expect(lines[9]).toEqual([{ kind: 'block', text: '    Line one # not a comment' }]);
    expect(lines[11][0]).toEqual({ kind: 'key', text: 'level' });
  });
});
