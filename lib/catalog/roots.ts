/** Rule roots from directories: names from the folder (unique), the embedded `content/rules` by default. */

import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleRoot } from './types';

/** The repository root, found from this module (works under tsx, vitest and Next's server build). */
export function repoDir(): string {
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const up = resolve(here, '..', '..');
    if (existsSync(join(up, 'content', 'rules'))) return up;
  } catch {
    // import.meta.url is not a file URL in some bundlers: fall back to the working directory.
  }
  return process.cwd();
}

export function defaultRulesDir(): string {
  return join(repoDir(), 'content', 'rules');
}

export function rootsFromDirs(dirs: readonly string[], sourceUrls: Record<string, string> = {}): RuleRoot[] {
  const list = dirs.length ? dirs : [defaultRulesDir()];
  const used = new Set<string>();
  return list.map((dir) => {
    const abs = resolve(dir);
    const isDefault = abs === defaultRulesDir();
    let name = isDefault ? 'embedded' : basename(abs) || 'rules';
    for (let n = 2; used.has(name); n++) name = `${basename(abs)}-${n}`;
    used.add(name);
    return { name, dir: abs, sourceUrl: sourceUrls[name] ?? null };
  });
}
