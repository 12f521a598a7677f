/**
 * The SigmaHQ corpus for tests and benchmarks: read by path (SIGMA_CORPUS, default ../shared/corpus/sigma),
 * never copied. Without it the corpus tests are skipped with a visible notice, unless REQUIRE_CORPUS=1
 * (CI), where they fail.
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoDir } from './roots';

export const corpusDir = resolve(repoDir(), process.env.SIGMA_CORPUS ?? '../shared/corpus/sigma');
export const corpusPresent = existsSync(corpusDir);
export const corpusRequired = process.env.REQUIRE_CORPUS === '1';

/** True when corpus tests must be skipped; prints why. Throws when the corpus is required but absent. */
export function skipWithoutCorpus(suite: string): boolean {
  if (corpusPresent) return false;
  if (corpusRequired) throw new Error(`REQUIRE_CORPUS=1 but the Sigma corpus is missing at ${corpusDir} (${suite})`);
  console.warn(`\n[notice] SKIPPED ${suite}: no Sigma corpus at ${corpusDir} (set SIGMA_CORPUS to run it)\n`);
  return true;
}
