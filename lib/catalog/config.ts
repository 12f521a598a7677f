/**
 * Which rule roots to read. `SIGMA_RULES=dir1:dir2` names the folders; an optional
 * `sigma-catalog.config.json` at the repository root adds a name, a source URL and a licence per folder.
 * Without either, the embedded `content/rules`.
 */

import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { defaultRulesDir, repoDir, rootsFromDirs } from './roots';
import type { RuleRoot } from './types';

export interface RootConfig {
  dir: string;
  name?: string;
  sourceUrl?: string;
  license?: string;
}

export interface CatalogConfig {
  siteUrl?: string;
  siteName?: string;
  roots?: RootConfig[];
}

export const CONFIG_FILE = 'sigma-catalog.config.json';

export function readConfig(): CatalogConfig {
  const path = join(repoDir(), process.env.SIGMA_CATALOG_CONFIG ?? CONFIG_FILE);
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as CatalogConfig;
}

/** Roots for the site and the CLI: env first, then the config file, then the embedded rules. */
export function configuredRoots(dirs: readonly string[] = envDirs(), config: CatalogConfig = readConfig()): RuleRoot[] {
  const base = repoDir();
  const known = new Map((config.roots ?? []).map((r) => [resolve(base, r.dir), r]));
  const list = dirs.length ? dirs.map((d) => resolve(d)) : config.roots?.length ? config.roots.map((r) => resolve(base, r.dir)) : [defaultRulesDir()];
  const roots = rootsFromDirs(list);
  return roots.map((root) => {
    const c = known.get(root.dir);
    return {
      ...root,
      name: c?.name ?? root.name,
      sourceUrl: c?.sourceUrl ?? null,
      license: c?.license ?? licenseOf(root.dir),
    };
  });
}

function envDirs(): string[] {
  const v = process.env.SIGMA_RULES;
  return v ? v.split(delimiter).filter(Boolean) : [];
}

const KNOWN_LICENSES = [/Detection Rule License \(DRL\) [\d.]+/, /MIT License/, /Apache License,? Version [\d.]+/, /GNU [A-Z ]*General Public License[^\n.]*/];

/** The licence a root's LICENSE file names (SigmaHQ: the Detection Rule License), else its first line. */
function licenseOf(dir: string): string | null {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt']) {
    const p = join(dir, name);
    if (!existsSync(p)) continue;
    const text = readFileSync(p, 'utf8');
    for (const re of KNOWN_LICENSES) {
      const m = re.exec(text);
      if (m) return m[0];
    }
    const first = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l && !/^licen[cs]es?$/i.test(l));
    if (first) return first.slice(0, 120);
  }
  return null;
}
