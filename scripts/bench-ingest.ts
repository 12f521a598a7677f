/**
 * bench:ingest — `index` over the corpus (build + JSON) against a bare js-yaml parse of the same files,
 * both in this process, median of 5 each, interleaved so machine noise hits both alike. Target: <= 2x.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { buildCatalog } from '../lib/catalog/build';
import { listRuleFiles } from '../lib/catalog/ingest/files';
import { catalogToJson } from '../lib/catalog/serialize';
import { corpusDir, corpusPresent } from '../lib/catalog/test-corpus';

const RUNS = 5;

function bareParse(dir: string): number {
  let docs = 0;
  for (const path of listRuleFiles(dir)) {
    try {
      docs += loadAll(readFileSync(join(dir, path), 'utf8')).length;
    } catch {
      // a malformed file costs its parse attempt, as in the catalog
    }
  }
  return docs;
}

function index(dir: string): number {
  return catalogToJson(buildCatalog([{ name: 'sigma', dir }])).length;
}

function time(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (!corpusPresent) {
  console.error(`no corpus at ${corpusDir}; set SIGMA_CORPUS`);
  process.exit(1);
}
const files = listRuleFiles(corpusDir).length;
bareParse(corpusDir);
index(corpusDir);
const bare: number[] = [];
const idx: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(() => bareParse(corpusDir)));
  idx.push(time(() => index(corpusDir)));
}
const b = median(bare);
const x = median(idx);
console.log(`corpus: ${corpusDir} (${files} files)`);
console.log(`bare js-yaml parse : median ${b.toFixed(0)} ms  (runs: ${bare.map((v) => v.toFixed(0)).join(', ')})`);
console.log(`sigma-catalog index: median ${x.toFixed(0)} ms  (runs: ${idx.map((v) => v.toFixed(0)).join(', ')})`);
console.log(`ratio: ${(x / b).toFixed(2)}x  (target <= 2.00x)`);
