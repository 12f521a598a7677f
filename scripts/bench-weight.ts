/**
 * bench:weight — bytes transferred (gzip) on a cold load of a rule page (HTML + scripts + styles + data)
 * in headless Chromium, against a trivial page of the same build (the 404 page: same layout and Next
 * runtime). What the rule page adds on top of that floor: target <= 40 KB for the reference rule.
 * `--dir DIR` measures an existing export (built over the corpus) instead of building one.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { corpusExport, repo } from './lib/corpus-export';

const REFERENCE = '/rules/0531e43a-d77d-47c2-b89f-5fe50321c805/';
const PORT = 4390;
const dir = corpusExport('bench-weight');
if (!existsSync(join(dir, REFERENCE, 'index.html'))) throw new Error(`${dir} has no reference rule page; build it over the corpus`);

interface Load {
  total: number;
  raw: number;
  byType: Record<string, number>;
}

async function measure(url: string): Promise<Load> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; raw: number; gz: number }>[] = [];
  page.on('response', (res) => {
    bodies.push(
      res.body().then(
        (b) => ({ type: res.request().resourceType(), raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        () => ({ type: 'other', raw: 0, gz: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await Promise.all(bodies);
  await browser.close();
  const byType: Record<string, number> = {};
  for (const b of all) byType[b.type] = (byType[b.type] ?? 0) + b.gz;
  return { total: all.reduce((s, b) => s + b.gz, 0), raw: all.reduce((s, b) => s + b.raw, 0), byType };
}

const server = spawn(process.execPath, [join(repo, 'scripts/serve.mjs'), dir, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
try {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const floor = await measure(`http://localhost:${PORT}/404.html`);
  const rule = await measure(`http://localhost:${PORT}${REFERENCE}`);
  const fmt = (l: Load) => `${kb(l.total)} gzip (${kb(l.raw)} raw) — ${Object.entries(l.byType).map(([t, n]) => `${t} ${kb(n)}`).join(', ')}`;
  console.log(`trivial page (404) : ${fmt(floor)}`);
  console.log(`reference rule page: ${fmt(rule)}`);
  console.log(`added by the rule page: ${kb(rule.total - floor.total)} gzip  (target <= 40 KB)`);
} finally {
  server.kill();
}
