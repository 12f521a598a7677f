/**
 * bench:build — the static export of the full corpus against the framework's floor: an export, in the same
 * run and with the same Next, of as many trivial pages (one line each) as the site has. Target <= 1.3x.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDir, corpusPresent } from '../lib/catalog/test-corpus';

const repo = resolve(import.meta.dirname, '..');
const next = join(repo, 'node_modules', 'next', 'dist', 'bin', 'next');

function timeBuild(cwd: string, env: Record<string, string>): number {
  const t = Date.now();
  execFileSync(process.execPath, [next, 'build'], { cwd, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  return (Date.now() - t) / 1000;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** A minimal Next app with `pages` one-line pages under /p/<n>/, same output settings as the site. */
function writeFloorApp(dir: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app', 'p', '[n]'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"private":true,"type":"module"}\n');
  writeFileSync(join(dir, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true };\n");
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, moduleResolution: 'bundler', module: 'esnext', target: 'ES2022', skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, lib: ['dom', 'ES2023'], plugins: [{ name: 'next' }] }, include: ['**/*.ts', '**/*.tsx'] }));
  writeFileSync(join(dir, 'app', 'layout.tsx'), 'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n');
  writeFileSync(join(dir, 'app', 'page.tsx'), 'export default function P() { return <p>floor</p>; }\n');
  writeFileSync(
    join(dir, 'app', 'p', '[n]', 'page.tsx'),
    `export const dynamicParams = false;\nexport function generateStaticParams() { return Array.from({ length: ${pages} }, (_, n) => ({ n: String(n) })); }\nexport default async function P({ params }: { params: Promise<{ n: string }> }) { return <p>page {(await params).n}</p>; }\n`,
  );
}

if (!corpusPresent) {
  console.error(`no corpus at ${corpusDir}; set SIGMA_CORPUS`);
  process.exit(1);
}
const siteDir = '.bench-site';
const site = timeBuild(repo, { SIGMA_RULES: corpusDir, EXPORT_DIR: siteDir });
const pages = countHtml(join(repo, siteDir));
const floorDir = join(repo, '.bench-floor');
writeFloorApp(floorDir, pages);
const floor = timeBuild(floorDir, {});
const floorPages = countHtml(join(floorDir, 'out'));
rmSync(floorDir, { recursive: true, force: true });
rmSync(join(repo, siteDir), { recursive: true, force: true });
console.log(`site export (corpus): ${site.toFixed(1)} s for ${pages} HTML pages (${((site * 1000) / pages).toFixed(1)} ms/page)`);
console.log(`floor export        : ${floor.toFixed(1)} s for ${floorPages} trivial pages (${((floor * 1000) / floorPages).toFixed(1)} ms/page)`);
console.log(`ratio: ${(site / floor).toFixed(2)}x  (target <= 1.30x)`);
