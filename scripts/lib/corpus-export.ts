/** The corpus export a browser benchmark measures: `--dir DIR` reuses one, otherwise one is built into `.<name>`. */

import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { corpusDir } from '../../lib/catalog/test-corpus';

export const repo = resolve(import.meta.dirname, '..', '..');

export function corpusExport(name: string): string {
  const argDir = process.argv.indexOf('--dir');
  if (argDir > 0) return resolve(process.argv[argDir + 1]);
  execFileSync(process.execPath, [join(repo, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: repo,
    env: { ...process.env, SIGMA_RULES: corpusDir, EXPORT_DIR: `.${name}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(repo, `.${name}`);
}
