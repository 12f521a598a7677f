/**
 * After `next build`: old paths `/rules/<file stem>/` (how other catalogs link rules) lead to the id
 * permalink. A static host cannot redirect, so each stem gets a small page with a meta refresh and a
 * canonical link; a stem shared by several files lists them. Usage: tsx scripts/write-redirects.ts [exportDir]
 */

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configuredRoots } from '../lib/catalog/config';
import { buildCatalog } from '../lib/catalog/build';
import { absoluteUrl, siteConfig } from '../lib/site/config';
import { escapeHtml } from '../lib/site/highlight-yaml';
import { ruleHref } from '../lib/site/urls';

const outDir = resolve(process.argv[2] ?? process.env.EXPORT_DIR ?? 'out');
const catalog = buildCatalog(configuredRoots());
const { basePath } = siteConfig();
const byStem = new Map<string, { slug: string; title: string; path: string }[]>();
for (const r of catalog.rules) {
  const stem = r.path.split('/').pop()!.replace(/\.ya?ml$/i, '');
  if (!/^[A-Za-z0-9_.-]+$/.test(stem)) continue;
  byStem.set(stem, [...(byStem.get(stem) ?? []), { slug: r.slug, title: r.title, path: `${r.root}:${r.path}` }]);
}
let written = 0;
for (const [stem, rules] of byStem) {
  const dir = join(outDir, 'rules', stem);
  if (existsSync(join(dir, 'index.html'))) continue; // never shadow a real page
  mkdirSync(dir, { recursive: true });
  const target = `${basePath}${ruleHref(rules[0].slug)}`;
  const head =
    rules.length === 1
      ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}"><link rel="canonical" href="${escapeHtml(absoluteUrl(ruleHref(rules[0].slug)))}">`
      : '';
  const list = rules.map((r) => `<li><a href="${escapeHtml(`${basePath}${ruleHref(r.slug)}`)}">${escapeHtml(r.title)}</a> (${escapeHtml(r.path)})</li>`).join('');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(rules.length === 1 ? rules[0].title : stem)}</title>${head}<meta name="robots" content="noindex"></head><body><p>${rules.length === 1 ? 'This rule has moved to its permanent address:' : `Several rules have the file name ${escapeHtml(stem)}:`}</p><ul>${list}</ul></body></html>\n`,
  );
  written++;
}
console.log(`${written} redirect pages for old /rules/<file name>/ paths in ${outDir}`);
