/** Read one rule file: size cap and UTF-8 check before any YAML is parsed. Never throws. */

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../../sigma/diagnostics';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding; line: number; column: number };

export function readRuleFile(absPath: string): ReadResult {
  try {
    const fd = openSync(absPath, 'r');
    let bytes: Buffer;
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        const mb = (size / 1024 / 1024).toFixed(1);
        return fail('file-too-large', `file is ${mb} MB; rule files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read`, 1, 1);
      }
      bytes = Buffer.allocUnsafe(size);
      let got = 0;
      while (got < size) {
        const n = readSync(fd, bytes, got, size - got, got);
        if (n === 0) break;
        got += n;
      }
      bytes = bytes.subarray(0, got);
    } finally {
      closeSync(fd);
    }
    let text = bytes.toString('utf8');
    // Decoding replaces bad bytes with U+FFFD: only then is the byte-level check worth its cost.
    const bad = text.includes('\ufffd') ? firstInvalidUtf8(bytes) : -1;
    if (bad !== -1) {
      const { line, column } = bytePosition(bytes, bad);
      return fail('not-utf8', `the file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`, line, column);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch (e) {
    return fail('read-error', `the file could not be read: ${(e as Error).message}`, 1, 1);
  }
}

function fail(code: Finding['code'], message: string, line: number, column: number): ReadResult {
  return { ok: false, finding: { code, severity: 'error', message, offset: 0 }, line, column };
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (n = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (n = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function bytePosition(b: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) (line++, (lineStart = i + 1));
  return { line, column: at - lineStart + 1 };
}
