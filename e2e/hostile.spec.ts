import { expect, test } from '@playwright/test';
import { collectPageErrors } from './helpers/page-errors';
import { HOSTILE_ID } from './helpers/site';

test('a rule with script in its text runs no script and links nothing but http(s)', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`/rules/${HOSTILE_ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile <img src=x onerror="window.__pwned=1"> rule');
  await expect(page.locator('main')).toContainText('<script>window.__pwned=1;alert(1)</script>');
  await page.locator('main').hover();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
  await expect(page.getByRole('link', { name: 'https://example.org/safe' })).toHaveAttribute('href', 'https://example.org/safe');
  await expect(page.locator('#references')).toContainText('javascript:window.__pwned=1');
  expect(errors).toEqual([]);
});
