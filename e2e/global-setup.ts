/**
 * Builds the static export the e2e tests run against: SigmaHQ (when present) plus a hostile rule,
 * into `.e2e-site/`. E2E_REUSE=1 keeps an existing build (local iteration only).
 */

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { writeHostileRules } from './helpers/hostile-rule';
import { corpusDir, exportDir, hasCorpus, hostileDir, port, repo } from './helpers/site';

/** Builds the site (unless reused), then serves it; the returned function stops the server. */
export default async function globalSetup(): Promise<() => void> {
  if (!(process.env.E2E_REUSE === '1' && existsSync(join(exportDir, 'index.html')))) build();
  const server = spawn(process.execPath, [join(repo, 'scripts', 'serve.mjs'), exportDir, String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return () => server.kill();
}

function build(): void {
  if (!hasCorpus) {
    if (process.env.REQUIRE_CORPUS === '1') throw new Error(`REQUIRE_CORPUS=1 but the Sigma corpus is missing at ${corpusDir}`);
    console.warn(`\n[notice] e2e: no Sigma corpus at ${corpusDir}; building the embedded rules only, corpus checks are skipped\n`);
  }
  rmSync(hostileDir, { recursive: true, force: true });
  writeHostileRules(hostileDir);
  const dirs = [hasCorpus ? corpusDir : join(repo, 'content', 'rules'), hostileDir];
  const started = Date.now();
  const env = { ...process.env, SIGMA_RULES: dirs.join(delimiter), EXPORT_DIR: '.e2e-site', SITE_URL: 'https://sigma.example.org' };
  execFileSync(process.execPath, [join(repo, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'write-redirects.ts'), exportDir], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], env });
  console.log(`e2e site built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
