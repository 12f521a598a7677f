/** Reading the generated JSON facts in `content/` (ATT&CK, logsources) from any runtime. */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The module-relative path works under tsx and vitest; a Next.js server bundle moves this module (or gives
 * it a non-file URL), so fall back to `<cwd>/content`. Plain path arithmetic on import.meta.url, not
 * `new URL('<literal>', import.meta.url)`, which bundlers would turn into an emitted asset.
 */
export function contentPath(file: string): string {
  const here = import.meta.url;
  if (typeof here === 'string' && here.startsWith('file:')) {
    const p = path.resolve(path.dirname(fileURLToPath(here)), '..', '..', 'content', file);
    if (existsSync(p)) return p;
  }
  return path.join(process.cwd(), 'content', file);
}

export function readContentJson<T>(file: string): T {
  return JSON.parse(readFileSync(contentPath(file), 'utf8')) as T;
}
