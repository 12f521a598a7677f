/** Value checks and the value transformations of the modifiers (pySigma modifiers.py semantics). */

import type { ModifierName } from './table';

const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function checkCidr(value: string): boolean {
  const [addr, prefix, ...rest] = value.split('/');
  if (rest.length) return false;
  const v4 = IPV4_RE.test(addr);
  const v6 = !v4 && isIpv6(addr);
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (v4 ? 32 : 128);
}

function isIpv6(addr: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(addr) || addr.split('::').length > 2) return false;
  let groups = addr.split(':');
  const last = groups[groups.length - 1];
  if (last.includes('.')) {
    if (!IPV4_RE.test(last)) return false;
    groups = [...groups.slice(0, -1), '0', '0'];
  }
  const compressed = addr.includes('::');
  const nonEmpty = groups.filter((g) => g !== '');
  if (nonEmpty.some((g) => g.length > 4)) return false;
  return compressed ? nonEmpty.length < 8 : groups.length === 8 && nonEmpty.length === 8;
}

/**
 * A Sigma regex (Python `re` flavour) as a JavaScript RegExp: named groups `(?P<n>` and leading inline
 * flags `(?i)` are translated; what still fails is reported, not fatal (the rule may be right for Python).
 */
export function toJsRegExp(
  pattern: string,
  modifiers: readonly ModifierName[],
): { ok: true; regexp: RegExp } | { ok: false; message: string } {
  let flags = '';
  if (modifiers.includes('i') || modifiers.includes('ignorecase')) flags += 'i';
  if (modifiers.includes('m') || modifiers.includes('multiline')) flags += 'm';
  if (modifiers.includes('s') || modifiers.includes('dotall')) flags += 's';
  let source = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]) if (f !== 'x' && !flags.includes(f)) flags += f;
    source = source.slice(inline[0].length);
  }
  try {
    return { ok: true, regexp: new RegExp(source, flags) };
  } catch (e) {
    return { ok: false, message: (e as Error).message.replace(/^Invalid regular expression: /, '') };
  }
}

const DASHES = ['-', '/', '\u2013', '\u2014', '\u2015'];
const WINDASH_CAP = 1024;

/**
 * `windash`: every `-` or `/` that starts a flag (`\B[-/]\b`: not after a word character, before one) is
 * replaced by each of `-`, `/`, en dash, em dash, horizontal bar; all combinations (capped).
 */
export function windashVariants(value: string): string[] {
  const positions: number[] = [];
  const re = /\B[-/]\b/g;
  for (let m = re.exec(value); m; m = re.exec(value)) positions.push(m.index);
  let variants = [''];
  let last = 0;
  for (const p of positions) {
    const head = value.slice(last, p);
    variants = variants.flatMap((v) => DASHES.map((d) => v + head + d)).slice(0, WINDASH_CAP);
    last = p + 1;
  }
  return variants.map((v) => v + value.slice(last));
}

export function base64(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64');
}

/**
 * `base64offset`: the three encodings of the value at byte offsets 0, 1 and 2 of a longer text, with the
 * characters that depend on the unknown neighbours cut off (pySigma's start and end offsets).
 */
export function base64OffsetVariants(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const startCut = [0, 2, 3];
  const endCut = [0, -3, -2];
  return [0, 1, 2].map((i) => {
    const shifted = Buffer.concat([Buffer.alloc(i), bytes]);
    const encoded = shifted.toString('base64');
    const end = endCut[(bytes.length + i) % 3];
    return encoded.slice(startCut[i], end === 0 ? undefined : end);
  });
}

/** UTF-16 encodings as byte strings (one char per byte); `utf16` has the little-endian BOM, as Python's. */
export function utf16(value: string, variant: 'wide' | 'utf16le' | 'utf16be' | 'utf16'): string {
  const le = Buffer.from(value, 'utf16le');
  if (variant === 'utf16be') le.swap16();
  const bytes = variant === 'utf16' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le;
  return bytes.toString('latin1');
}
