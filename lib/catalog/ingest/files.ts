/** Walk a rule root: YAML files in sorted POSIX order, hidden folders and files skipped. */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const YAML_RE = /\.ya?ml$/i;

/** Paths relative to `dir`, forward slashes, sorted by code unit so every machine lists them alike. */
export function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      // Symlinked folders are not followed: a link cycle must not hang the build.
      if (e.isDirectory()) walk(path);
      else if ((e.isFile() || e.isSymbolicLink()) && YAML_RE.test(e.name)) out.push(path);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
