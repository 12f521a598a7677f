import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { buildMatrixModel } from '../lib/catalog/attack/coverage';
import { getAttackData } from '../lib/catalog/attack/data';
import { layerProblems, type NavigatorLayer } from '../lib/catalog/attack/layer';
import { collectPageErrors } from './helpers/page-errors';
import { hasCorpus } from './helpers/site';

const model = buildMatrixModel(getAttackData());

/** The catalog's rows, decoded here by hand from /catalog/rows.json: an independent count of the matrix. */
interface Row {
  level: string | null;
  product: string | null;
  techniques: string[];
}
async function catalogRows(request: APIRequestContext): Promise<Row[]> {
  const file = await (await request.get('/catalog/rows.json')).json();
  const at = (list: string[], i: number) => (i < 0 ? null : list[i]);
  return file.rows.map((r: [string, string, number, number, number, number, number, number[], number[]]) => ({
    level: at(file.dict.level, r[2]),
    product: at(file.dict.product, r[4]),
    techniques: r[8].map((i) => file.dict.technique[i]),
  }));
}
/** Rules naming the technique or, for a technique, one of its sub-techniques; each rule once. */
const rulesFor = (rows: Row[], id: string) => rows.filter((r) => r.techniques.some((t) => t === id || t.split('.')[0] === id)).length;

/** Every cell of the matrix: technique → the count it shows (the first column it appears in). */
async function matrixCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('li[data-technique]').evaluateAll((lis) => {
    const out: Record<string, number> = {};
    for (const li of lis) {
      const id = li.getAttribute('data-technique')!;
      // The count comes first in the link (a number, then a screen-reader-only " rules").
      const shown = Number(li.querySelector(':scope > a > span:first-child')!.firstChild!.textContent);
      if (shown !== Number(li.getAttribute('data-count'))) throw new Error(`${id}: shows ${shown}, data-count ${li.getAttribute('data-count')}`);
      out[id] ??= shown;
    }
    return out;
  });
}

const cell = (page: Page, id: string) => page.locator(`li[data-technique="${id}"]`).first();

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test.describe('ATT&CK matrix', () => {
  test('T1218.009 counts the same in the matrix, on its technique page and in the catalog', async ({ page, request }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus');
    const errors = collectPageErrors(page);
    const rows = await catalogRows(request);
    await page.goto('/attack/');
    const sub = cell(page, 'T1218.009');
    await expect(sub).toBeHidden();
    await cell(page, 'T1218').locator('summary').click();
    await expect(sub).toBeVisible();
    const shown = Number(await sub.getAttribute('data-count'));
    await expect(sub.locator('a')).toHaveAttribute('href', '/attack/techniques/T1218.009/');
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBe(rulesFor(rows, 'T1218.009'));

    await page.goto('/attack/techniques/T1218.009/');
    await expect(page.locator('#rules li')).toHaveCount(shown);
    // The parent: its page lists its own rules and its sub-techniques' rules, each rule once in the count.
    await page.goto('/attack/techniques/T1218/');
    const distinct = new Set(await page.locator('#rules li a, #sub-technique-rules li a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    expect(distinct.size).toBe(rulesFor(rows, 'T1218'));
    await page.goto('/attack/');
    expect(Number(await cell(page, 'T1218').getAttribute('data-count'))).toBe(distinct.size);
    expect(errors).toEqual([]);
  });

  test('every cell counts the rules of the catalog; zero-coverage techniques are shown', async ({ page, request }) => {
    const errors = collectPageErrors(page);
    const rows = await catalogRows(request);
    await page.goto('/attack/');
    const counts = await matrixCounts(page);
    expect(Object.keys(counts).sort()).toEqual(Object.keys(model.techniques).sort());
    for (const id of Object.keys(counts)) expect(counts[id], id).toBe(rulesFor(rows, id));
    expect(Object.values(counts).filter((n) => n === 0).length).toBeGreaterThan(0);
    await expect(page.locator('section h2')).toHaveText(model.tactics.map((t) => t.name));
    expect(errors).toEqual([]);
  });

  test('?level=high&product=windows recounts the filtered rules and builds their layer', async ({ page, request }) => {
    const errors = collectPageErrors(page);
    const rows = await catalogRows(request);
    const filtered = rows.filter((r) => r.level === 'high' && r.product === 'windows');
    await page.goto('/attack/?level=high&product=windows');
    await expect(page.getByRole('status')).toContainText(`${filtered.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rules match`);
    await expect(page.getByRole('link', { name: 'Show these rules in the catalog' })).toHaveAttribute('href', '/rules/?level=high&product=windows');
    const counts = await matrixCounts(page);
    for (const id of Object.keys(counts)) expect(counts[id], id).toBe(rulesFor(filtered, id));
    if (hasCorpus) {
      expect(counts.T1218).toBeLessThan(rulesFor(rows, 'T1218'));
      expect(counts['T1218.009']).toBe(rulesFor(filtered, 'T1218.009'));
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Navigator layer' }).click()]);
    const layer = JSON.parse(readFileSync((await download.path())!, 'utf8')) as NavigatorLayer;
    expect(layerProblems(layer, model)).toEqual([]);
    expect(layer.description).toContain('level high · product windows');
    for (const t of layer.techniques) expect(t.score, t.techniqueID).toBe(rulesFor(filtered, t.techniqueID));
    expect(errors).toEqual([]);
  });

  test('the whole-catalog layer is a valid 4.5 layer of existing techniques', async ({ page, request }) => {
    const rows = await catalogRows(request);
    await page.goto('/attack/');
    await expect(page.getByRole('link', { name: 'Download Navigator layer' })).toHaveAttribute('href', '/attack/layer.json');
    const res = await request.get('/attack/layer.json');
    expect(res.headers()['content-type']).toMatch(/json/);
    const layer = (await res.json()) as NavigatorLayer;
    expect(layerProblems(layer, model)).toEqual([]);
    expect(layer).toMatchObject({ domain: 'enterprise-attack', versions: { layer: '4.5', attack: '19' } });
    expect(layer.techniques.length).toBeGreaterThan(0);
    for (const t of layer.techniques) {
      expect(model.techniques[t.techniqueID], t.techniqueID).toBeDefined();
      expect(t.score, t.techniqueID).toBe(rulesFor(rows, t.techniqueID));
      for (const l of t.links) if ('url' in l) expect(l.url).toMatch(/^https?:\/\/[^/]+\//);
    }
    expect(layer.gradient.maxValue).toBe(Math.max(...layer.techniques.map((t) => t.score)));
  });

  test('a technique page offers its own layer', async ({ page, request }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus');
    await page.goto('/attack/techniques/T1218/');
    const link = page.getByRole('link', { name: 'Download Navigator layer' });
    await expect(link).toHaveAttribute('href', '/attack/techniques/T1218/layer.json');
    const layer = (await (await request.get('/attack/techniques/T1218/layer.json')).json()) as NavigatorLayer;
    expect(layerProblems(layer, model)).toEqual([]);
    const t1218 = layer.techniques.find((t) => t.techniqueID === 'T1218')!;
    expect(t1218.showSubtechniques).toBe(true);
    expect(t1218.score).toBe(rulesFor(await catalogRows(request), 'T1218'));
  });

  test('keyboard: Tab reaches the cells, Enter expands the sub-techniques', async ({ page }) => {
    await page.goto('/attack/');
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('A '); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        const li = el?.closest('li[data-technique]');
        return li ? `${el!.tagName} ${li.getAttribute('data-technique')}` : '';
      });
    }
    expect(focused).toMatch(/^A T\d{4}$/);
    // The next stop after a technique with sub-techniques is its disclosure.
    const first = model.tactics[0].techniques[0];
    expect(model.techniques[first].subs?.length).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await expect(cell(page, first).locator('details')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    const sub = await page.evaluate(() => document.activeElement?.closest('li[data-technique]')?.getAttribute('data-technique'));
    expect(sub).toBe(model.techniques[first].subs![0]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(cell(page, first).locator('details')).not.toHaveAttribute('open', '');
  });

  for (const path of ['/attack/', '/attack/?level=high&product=windows', '/attack/tactics/TA0005/', '/attack/techniques/T1218/', '/attack/techniques/T1218.009/']) {
    test(`axe: no serious or critical violation on ${path}`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(path);
      if (path.includes('?')) await expect(page.getByRole('status')).toContainText('rules match');
      await cell(page, 'T1218').locator('summary').click({ timeout: 1000 }).catch(() => undefined); // open a disclosure where there is a matrix
      await noSeriousAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('tactic pages list the tactic’s techniques with counts, and its rules', async ({ page, request }) => {
    const rows = await catalogRows(request);
    await page.goto('/attack/');
    await page.locator('section h2 a', { hasText: 'Stealth' }).click();
    await expect(page).toHaveURL(/\/attack\/tactics\/TA0005\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TA0005 Stealth');
    await expect(page.locator('a[href="https://attack.mitre.org/tactics/TA0005/"]')).toBeVisible();
    const stealth = model.tactics.find((t) => t.shortname === 'stealth')!;
    await expect(page.locator('#techniques tbody tr')).toHaveCount(stealth.techniques.length);
    const t1218 = page.locator('#techniques tbody tr', { has: page.locator('a[href="/attack/techniques/T1218/"]') });
    await expect(t1218.locator('td').last()).toHaveText(`${rulesFor(rows, 'T1218')} rules`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the matrix is complete in the HTML, counts and disclosures included', async ({ page, request }) => {
    const rows = await catalogRows(request);
    await page.goto('/attack/');
    const t1218 = cell(page, 'T1218');
    await expect(t1218).toHaveAttribute('data-count', String(rulesFor(rows, 'T1218')));
    await expect(t1218.locator(':scope > a')).toContainText(`${rulesFor(rows, 'T1218')} rules`);
    await t1218.locator('summary').click();
    await expect(cell(page, 'T1218.009')).toBeVisible();
    expect(await page.locator('li[data-technique]').count()).toBeGreaterThan(Object.keys(model.techniques).length);
  });
});
