/** Condition tokenizer: words and parentheses, each with its offset in the condition text. */

export type TokenKind = 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'of' | 'word' | 'pipe' | 'invalid' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

const KEYWORDS: Record<string, TokenKind> = { and: 'and', or: 'or', not: 'not', of: 'of' };
const WORD_RE = /[A-Za-z0-9_*\-.]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', text: c, offset: i++ });
    } else if (c === '|') {
      tokens.push({ kind: 'pipe', text: text.slice(i), offset: i });
      i = text.length;
    } else if (WORD_RE.test(c)) {
      const start = i;
      while (i < text.length && WORD_RE.test(text[i])) i++;
      const word = text.slice(start, i);
      // Keywords are whole words and lowercase only, as in pySigma ('AND' is an error, 'notepad' a name).
      tokens.push({ kind: KEYWORDS[word] ?? 'word', text: word, offset: start });
    } else {
      tokens.push({ kind: 'invalid', text: c, offset: i++ });
    }
  }
  tokens.push({ kind: 'end', text: '', offset: text.length });
  return tokens;
}
