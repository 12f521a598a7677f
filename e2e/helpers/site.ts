/** Where the e2e site is built and what it was built from; shared by global setup and the specs. */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '..', '..');
export const exportDir = resolve(repo, process.env.E2E_EXPORT_DIR ?? '.e2e-site');
export const hostileDir = join(repo, '.e2e-hostile-rules');
export const port = Number(process.env.E2E_PORT ?? 4173);
export const corpusDir = resolve(repo, process.env.SIGMA_CORPUS ?? '../shared/corpus/sigma');
export const hasCorpus = existsSync(corpusDir);

export const REFERENCE_ID = '0531e43a-d77d-47c2-b89f-5fe50321c805';
export const HOSTILE_ID = 'fa11ed00-0000-4000-8000-00000000beef';
