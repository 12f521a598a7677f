/**
 * A small YAML highlighter for rule bodies, run at build time: keys, strings, comments, list markers and
 * block scalars. Line-based (rule files are block YAML); the text is only split, never changed, so the
 * concatenated tokens are the YAML verbatim.
 */

export type TokenKind = 'key' | 'string' | 'comment' | 'punct' | 'plain' | 'block';

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEY_RE = /^((?:'[^']*'|"(?:[^"\\]|\\.)*"|[^\s#'"\-?:,[\]{}][^#:]*?|-[^\s][^#:]*?))(:)(?=\s|$)/;

export function highlightYaml(text: string): Token[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  const out: Token[][] = [];
  let blockIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) {
      out.push(line ? [{ kind: 'block', text: line }] : []);
      continue;
    }
    blockIndent = -1;
    const tokens: Token[] = [];
    let rest = line;
    const push = (kind: TokenKind, t: string) => t && tokens.push({ kind, text: t });
    const lead = /^\s*/.exec(rest)![0];
    push('plain', lead);
    rest = rest.slice(lead.length);
    let keyIndent = indent;
    while (rest.startsWith('- ') || rest === '-') {
      push('punct', '-');
      const sp = /^-(\s*)/.exec(rest)![1];
      push('plain', sp);
      keyIndent += 1 + sp.length;
      rest = rest.slice(1 + sp.length);
    }
    if (rest.startsWith('#')) {
      push('comment', rest);
      out.push(tokens);
      continue;
    }
    const key = KEY_RE.exec(rest);
    if (key) {
      push('key', key[1]);
      push('punct', ':');
      rest = rest.slice(key[0].length);
      const sp = /^\s*/.exec(rest)![0];
      push('plain', sp);
      rest = rest.slice(sp.length);
    }
    const [value, comment] = splitComment(rest);
    if (/^[|>][-+0-9]*$/.test(value.trim())) {
      push('punct', value);
      blockIndent = keyIndent;
    } else if (value.startsWith("'") || value.startsWith('"')) push('string', value);
    else push('plain', value);
    push('comment', comment);
    out.push(tokens);
  }
  return out;
}

/** A value and its trailing comment: a `#` after a blank, outside quotes. */
function splitComment(s: string): [string, string] {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      if (i === 0 || /[\s,[{:]/.test(s[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t')) {
      const value = s.slice(0, i);
      const trimmed = value.trimEnd();
      return [trimmed, value.slice(trimmed.length) + s.slice(i)];
    }
  }
  return [s, ''];
}

const CLASS: Record<TokenKind, string | null> = {
  key: 'yk',
  string: 'ys',
  comment: 'yc',
  punct: 'yp',
  plain: null,
  block: 'ys',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The highlighted YAML as an HTML string: one string instead of thousands of React elements (rule
 * files reach 4,000 values), which keeps the export fast and the page light. Every piece of rule text
 * is escaped here; the only markup is our own spans with fixed class names.
 */
export function highlightYamlHtml(text: string): string {
  return highlightYaml(text)
    .map((line) => line.map((t) => (CLASS[t.kind] ? `<span class="${CLASS[t.kind]}">${escapeHtml(t.text)}</span>` : escapeHtml(t.text))).join(''))
    .join('\n');
}
