import { describe, expect, it } from 'vitest';
import { highlightYaml, highlightYamlHtml } from './highlight-yaml';

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

describe('highlightYamlHtml', () => {
  it('escapes every piece of rule text', () => {
    const html = highlightYamlHtml("title: <script>alert(1)</script>\ndescription: '\"&<img src=x onerror=alert(1)>' # <b>\n");
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<span class="ys">&#39;&quot;&amp;&lt;img src=x onerror=alert(1)&gt;&#39;</span>');
    expect(html).toContain('<span class="yc"> # &lt;b&gt;</span>');
  });
  it('round-trips to the text once tags are removed and entities decoded', () => {
    const yaml = "a: 'x & y'\n- b: \"<c>\" # d\n";
    const text = highlightYamlHtml(yaml).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(text).toBe(yaml.replace(/\n$/, ''));
  });
});
