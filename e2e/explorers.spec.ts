import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './helpers/page-errors';
import { hasCorpus, REFERENCE_ID } from './helpers/site';

test.describe('explorers, home and sharing', () => {
  test('the indicator explorer filters, keeps its view in the URL and links to the rules', async ({ page, context }) => {
    const errors = collectPageErrors(page);
    await page.goto('/indicators/');
    const status = page.getByText(/ of [\d,]+ rows/);
    await expect(status).toBeVisible();
    const total = Number((await status.textContent())!.split(' of ')[1].split(' ')[0].replace(/,/g, ''));
    await page.getByLabel('Search values and fields').fill(hasCorpus ? 'regasm' : 'powershell');
    await expect(page).toHaveURL(/[?&]q=/);
    const shown = Number((await status.textContent())!.split(' of ')[0].replace(/,/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByText(/ of [\d,]+ rows/)).toHaveText(await status.textContent() as string);
    await other.close();
    const link = page.locator('tbody a').first();
    const count = Number(await link.textContent());
    await link.click();
    await expect(page.locator('main ul li')).toHaveCount(count);
    expect(errors).toEqual([]);
  });

  test('single-rule indicators load on request', async ({ page }) => {
    await page.goto('/indicators/');
    const status = page.getByText(/ of [\d,]+ rows/);
    await expect(status).toBeVisible();
    const shared = await status.textContent();
    await page.getByLabel('include those of a single rule').check();
    await expect(page).toHaveURL(/all=1/);
    await expect(status).not.toHaveText(shared!);
    await page.goBack();
    await expect(page.getByLabel('include those of a single rule')).not.toBeChecked();
  });

  test('the exclusion explorer shows what the corpus filters out most', async ({ page }) => {
    await page.goto('/exclusions/');
    await expect(page.getByText(/ of [\d,]+ rows/)).toBeVisible();
    if (hasCorpus) {
      await page.getByLabel('Search values and fields').fill('127.0.0.0/8');
      await expect(page.locator('tbody tr').filter({ hasText: 'cidr_match' }).first()).toBeVisible();
    }
  });

  test('the events page lists the rules per provider event', async ({ page }) => {
    await page.goto('/events/');
    await expect(page.getByRole('heading', { name: 'Sysmon', exact: true })).toBeVisible();
    const sysmon3 = page.locator('#p-sysmon details').filter({ hasText: 'Event ID 3 — Network connection' });
    await sysmon3.locator('summary').click();
    const n = Number((await sysmon3.locator('summary').textContent())!.match(/(\d+) rules/)![1]);
    await expect(sysmon3.locator('ul li')).toHaveCount(n);
    if (hasCorpus) await expect(sysmon3.getByRole('link', { name: 'RegAsm.EXE Initiating Network Connection To Public IP' })).toBeVisible();
  });

  test('the home page shows the corpus figures and links them to the catalog', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'By level' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Recently added' })).toBeVisible();
    await expect(page.locator('link[type="application/atom+xml"]')).toHaveAttribute('href', /feed\.xml$/);
  });

  test('the Atom feed and the sitemap are well-formed', async ({ page, request }) => {
    const feed = await request.get('/feed.xml');
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    await page.setContent('<p></p>');
    const parsed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, entries: doc.getElementsByTagName('entry').length };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.entries).toBeGreaterThan(hasCorpus ? 40 : 10);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    if (hasCorpus) expect(sitemap).toContain(`/rules/${REFERENCE_ID}/</loc>`);
    expect(sitemap).toContain('/attack/</loc>');
  });

  test('an old path by file name leads to the id permalink', async ({ page }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus');
    await page.goto('/rules/net_connection_win_regasm_network_activity/');
    await expect(page).toHaveURL(new RegExp(`/rules/${REFERENCE_ID}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RegAsm.EXE Initiating Network Connection To Public IP');
  });

  for (const path of ['/', '/events/', '/indicators/', '/health/']) {
    test(`axe: no serious or critical violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
});
