import { expect, test } from '@playwright/test';
import { hasCorpus, REFERENCE_ID } from './helpers/site';

/** A fixed sample: the main pages, the reference rule, every 300th rule of the catalog and what they link to. */
test('every internal link on a sample of pages resolves in the export', async ({ page, request }) => {
  test.setTimeout(180_000);
  // The catalog table is virtualized: the list of every rule comes from its index file.
  const index = (await (await request.get('/catalog/rows.json')).json()) as { rows: [string][] };
  const allRules = index.rows.map((r) => `/rules/${r[0]}/`);
  expect(allRules.length).toBeGreaterThan(hasCorpus ? 3900 : 30);
  const sample = [
    '/', '/rules/', '/attack/', '/indicators/', '/exclusions/', '/events/', '/health/',
    ...(hasCorpus ? [`/rules/${REFERENCE_ID}/`, '/attack/techniques/T1218/', '/attack/tactics/TA0005/'] : []),
    ...allRules.filter((_, i) => i % 300 === 0),
  ];
  const checked = new Map<string, number>();
  for (const path of sample) {
    await page.goto(path);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const internal = [...new Set(links.filter((h) => h.startsWith('/') && !h.startsWith('//')).map((h) => h.split('#')[0]))];
    for (const href of internal) {
      if (checked.has(href)) continue;
      checked.set(href, (await request.get(href)).status());
    }
  }
  const broken = [...checked].filter(([, status]) => status !== 200);
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(20);
});
