#!/usr/bin/env node
// `npm test`: the unit tests (vitest), then the end-to-end tests (Playwright, when present), with one
// closing line of totals, `N passed, N failed`, that CI reads. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'sigma-catalog-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRun = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedRun = true;
  return r.status;
}

const vitestJson = join(out, 'vitest.json');
run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`, ...process.argv.slice(2)]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (r.numFailedTestSuites ?? 0) - failedSuitesWithTests(r);
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else totals.failed++;

if (existsSync('playwright.config.ts') && !process.env.SKIP_E2E) {
  const pwJson = join(out, 'playwright.json');
  run('end-to-end tests (playwright)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else totals.failed++;
}

/** Suites that failed because a test in them failed are already counted by their tests. */
function failedSuitesWithTests(r) {
  return (r.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults?.some((a) => a.status === 'failed')).length;
}

if (failedRun && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
