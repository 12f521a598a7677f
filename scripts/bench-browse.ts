/**
 * bench:browse — the catalog's cost in headless Chromium over a full-corpus build:
 *  1. bytes transferred (sum of gzip -6 of every response body) on a cold load of /rules/ and /attack/,
 *     against the 404 page of the same build (same layout and Next runtime: the floor);
 *     target: /rules/ adds <= 150 KB;
 *  2. keystroke latency in the search box: from the input event to the next frame after the row count or
 *     the first row changed, measured in the page with performance.now(); median of 20; target <= 50 ms.
 * `--dir DIR` measures an existing export instead of building one. Prints figures; not a test.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { corpusExport, repo } from './lib/corpus-export';

const PORT = 4391;
const KEYSTROKES = 20;
const WORDS = ['powershell', 'rundll32', 'mimikatz', 'lsass', 'certutil'];
const dir = corpusExport('bench-browse');
if (!existsSync(join(dir, 'rules', 'index.html')) || !existsSync(join(dir, 'catalog', 'rows.json'))) throw new Error(`${dir} is not a catalog export; build it over the corpus`);

async function launch(): Promise<Browser> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}

interface Load {
  total: number;
  raw: number;
  byType: Record<string, number>;
  byUrl: Map<string, number>;
}

/** A cold load in a fresh browser: every response body, gzipped as a static host would serve it. */
async function measureLoad(url: string): Promise<Load> {
  const browser = await launch();
  const page = await browser.newPage();
  const bodies: Promise<{ url: string; type: string; raw: number; gz: number }>[] = [];
  page.on('response', (res) => {
    bodies.push(
      res.body().then(
        (b) => ({ url: new URL(res.url()).pathname, type: res.request().resourceType(), raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        () => ({ url: res.url(), type: 'other', raw: 0, gz: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await Promise.all(bodies);
  await browser.close();
  const byType: Record<string, number> = {};
  for (const b of all) byType[b.type] = (byType[b.type] ?? 0) + b.gz;
  return { total: all.reduce((s, b) => s + b.gz, 0), raw: all.reduce((s, b) => s + b.raw, 0), byType, byUrl: new Map(all.map((b) => [b.url, b.gz])) };
}

/**
 * The in-page probe: input event (window, capture: before React) → row count or first row changed →
 * next frame. A string, not a function: tsx would wrap named functions in a helper the page lacks.
 */
const PROBE = `(() => {
  window.__latencies = [];
  const view = () => document.querySelector('[data-testid=rule-count]')?.textContent + '|' + (document.querySelector('tbody tr[aria-rowindex="2"]')?.textContent ?? '');
  let started = 0;
  let before = '';
  window.addEventListener('input', () => { started = performance.now(); before = view(); }, true);
  new MutationObserver(() => {
    if (!started || view() === before) return;
    const t0 = started;
    started = 0;
    requestAnimationFrame(() => window.__latencies.push(performance.now() - t0));
  }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
})()`;

async function measureKeystrokes(url: string): Promise<number[]> {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByTestId('rule-count').filter({ hasText: / of / }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Search rules' });
  // Focus loads the full text and builds the index; measure typing once that is done.
  await search.focus();
  await page.waitForLoadState('networkidle');
  await page.locator('#catalog-search-note').filter({ hasText: /^$/ }).waitFor();
  await page.evaluate(PROBE);
  const latencies = () => page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.length);
  for (const word of WORDS) {
    for (const ch of word) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(120);
      if ((await latencies()) >= KEYSTROKES) break;
    }
    if ((await latencies()) >= KEYSTROKES) break;
    await search.selectText();
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(120);
  }
  const result = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  await browser.close();
  return result.slice(0, KEYSTROKES);
}

const server = spawn(process.execPath, [join(repo, 'scripts/serve.mjs'), dir, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
try {
  const base = `http://localhost:${PORT}`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const fmt = (l: Load) => `${kb(l.total)} gzip (${kb(l.raw)} raw) — ${Object.entries(l.byType).map(([t, n]) => `${t} ${kb(n)}`).join(', ')}`;
  const floor = await measureLoad(`${base}/404.html`);
  const rules = await measureLoad(`${base}/rules/`);
  const attack = await measureLoad(`${base}/attack/`);
  console.log(`trivial page (404): ${fmt(floor)}`);
  console.log(`/rules/           : ${fmt(rules)}`);
  console.log(`/attack/          : ${fmt(attack)}`);
  console.log(`  of which /catalog/rows.json: ${kb(rules.byUrl.get('/catalog/rows.json') ?? 0)} gzip`);
  console.log(`added by /rules/ : ${kb(rules.total - floor.total)} gzip  (target <= 150 KB)`);
  console.log(`added by /attack/: ${kb(attack.total - floor.total)} gzip`);

  const ms = (await measureKeystrokes(`${base}/rules/`)).sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  console.log(`search keystroke → updated table (${ms.length} keystrokes): median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms  (target median <= 50 ms)`);
} finally {
  server.kill();
}
