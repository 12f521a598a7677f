import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './helpers/page-errors';
import { hasCorpus } from './helpers/site';

/** The /rules/ catalog: URL state, history, search, facets, keyboard use and accessibility. */

const RULES = '/rules/';
const REFERENCE_TITLE = 'RegAsm.EXE Initiating Network Connection To Public IP'; // tagged T1218.009 only

/** "12 of 3,982 rules" → [12, 3982], once the rows have loaded. */
async function counts(page: Page): Promise<[number, number]> {
  const status = page.getByTestId('rule-count');
  await expect(status).toHaveText(/^[\d,]+ of [\d,]+ rules$/);
  const [shown, total] = ((await status.textContent()) ?? '').match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
  return [shown, total];
}

/** Titles of the first rendered rows, in order. */
async function firstTitles(page: Page, n = 5): Promise<string[]> {
  const titles = await page.locator('tbody tr[aria-rowindex] td:first-child a').allTextContents();
  return titles.slice(0, n);
}

/**
 * The view as a user sees it: how many rules, which come first. A search first runs over titles, ATT&CK
 * and authors, then again once the full text has arrived (the note under the box empties): wait for it.
 */
async function snapshot(page: Page) {
  await expect(page.locator('#catalog-search-note')).toHaveText('');
  return { counts: await counts(page), titles: await firstTitles(page) };
}

async function facet(page: Page, name: string) {
  await page.getByRole('button', { name: new RegExp(`^${name} filter`) }).click();
}

test.describe('rule catalog', () => {
  test('lists every rule in a virtualized, sortable table', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(RULES);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All rules');
    const [shown, total] = await counts(page);
    expect(shown).toBe(total);
    expect(total).toBeGreaterThan(hasCorpus ? 3900 : 30);
    // Virtualized: the DOM holds a window of rows, but the table announces them all.
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', String(total + 1));
    expect(await page.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(Math.min(total, 80) + 1);

    // Scrolling to the end renders the last rule.
    await page.getByRole('region', { name: 'Rules' }).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(page.locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toBeVisible();

    // Level sorts by severity: critical first descending, informational/low first ascending.
    const level = page.getByRole('columnheader', { name: 'Level' });
    await level.getByRole('button').click();
    await expect(level).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=level\.desc/);
    await expect(page.locator('tbody tr[aria-rowindex="2"] td').nth(1)).toHaveText('critical');
    await level.getByRole('button').click();
    await expect(level).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('tbody tr[aria-rowindex="2"] td').nth(1)).toHaveText(hasCorpus ? 'informational' : /informational|low/);
    expect(errors).toEqual([]);
  });

  test('filters, search and sort survive a reload and a copied link', async ({ page, context, baseURL }) => {
    const errors = collectPageErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(RULES);
    await counts(page);
    await facet(page, 'Level');
    await page.getByRole('checkbox', { name: /^high/ }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search rules' }).fill(hasCorpus ? 'powershell' : 'logon');
    await page.getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${hasCorpus ? 'powershell' : 'logon'}&level=high&sort=date\\.desc$`));
    const view = await snapshot(page);
    expect(view.counts[0]).toBeGreaterThan(0);
    expect(view.counts[0]).toBeLessThan(view.counts[1]);

    await page.reload();
    expect(await snapshot(page)).toEqual(view);
    await expect(page.getByRole('searchbox', { name: 'Search rules' })).toHaveValue(hasCorpus ? 'powershell' : 'logon');

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link.startsWith(`${baseURL}${RULES}?`)).toBe(true);
    const fresh = await context.newPage();
    await fresh.goto(link);
    expect(await snapshot(fresh)).toEqual(view);
    await expect(fresh.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending');
    expect(errors).toEqual([]);
  });

  test('Back and Forward restore the filters', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(RULES);
    const [all] = await counts(page);
    await facet(page, 'Level');
    await page.getByRole('checkbox', { name: /^high/ }).check();
    await expect(page).toHaveURL(/\?level=high$/);
    const [high] = await counts(page);
    await page.getByRole('checkbox', { name: /^critical/ }).check();
    await expect(page).toHaveURL(/\?level=critical,high$|\?level=critical%2Chigh$/);
    const [highOrCritical] = await counts(page);
    expect(high).toBeLessThan(all);
    expect(highOrCritical).toBeGreaterThanOrEqual(high);

    await page.goBack();
    await expect(page).toHaveURL(/\?level=high$/);
    expect((await counts(page))[0]).toBe(high);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${RULES}$`));
    expect((await counts(page))[0]).toBe(all);
    await page.goForward();
    await expect(page).toHaveURL(/\?level=high$/);
    expect((await counts(page))[0]).toBe(high);
    await expect(page.getByRole('button', { name: 'Remove filter Level: high' })).toBeVisible();

    // Typing replaces the current entry (debounced) instead of stacking one entry per keystroke.
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: 'Search rules' }).pressSequentially('win', { delay: 40 });
    await expect(page).toHaveURL(/\?q=win&level=high$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${RULES}$`));
    await expect(page.getByRole('searchbox', { name: 'Search rules' })).toHaveValue('');
    expect((await counts(page))[0]).toBe(all);
    expect(errors).toEqual([]);
  });

  test('the technique facet T1218 includes its sub-techniques', async ({ page }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus (SIGMA_CORPUS)');
    const errors = collectPageErrors(page);
    await page.goto(RULES);
    await counts(page);
    await facet(page, 'Technique');
    await page.getByRole('searchbox', { name: 'Filter technique options' }).fill('T1218');
    const option = page.getByRole('checkbox', { name: /^T1218 / });
    const label = await page.locator('label', { has: option }).textContent();
    const expected = Number((label ?? '').replace(/^T1218/, '').replace(/\D/g, ''));
    await option.check();
    await expect(page).toHaveURL(/\?technique=T1218$/);
    expect((await counts(page))[0]).toBe(expected);

    // The reference rule is tagged T1218.009 only: the parent technique's filter finds it.
    await page.getByRole('searchbox', { name: 'Search rules' }).fill('regasm');
    await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('search tolerates typos and ranks by relevance', async ({ page }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus (SIGMA_CORPUS)');
    const errors = collectPageErrors(page);
    await page.goto(RULES);
    await counts(page);
    await page.getByRole('searchbox', { name: 'Search rules' }).pressSequentially('mimikats', { delay: 30 });
    await expect(page).toHaveURL(/\?q=mimikats$/);
    await expect(page.getByText('best matches first')).toBeVisible();
    await expect(page.locator('#catalog-search-note')).toHaveText('');
    expect((await firstTitles(page, 3)).some((t) => /mimikatz/i.test(t))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('works with the keyboard alone', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(RULES);
    const [all] = await counts(page);
    const search = page.getByRole('searchbox', { name: 'Search rules' });

    // Tab from the top of the page reaches the search box.
    for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(search).toBeFocused();
    await page.keyboard.type(hasCorpus ? 'lsass' : 'logon');
    await expect(page).toHaveURL(/\?q=/);
    const [found] = await counts(page);
    expect(found).toBeLessThan(all);

    // Tab to the Level facet, open it with Enter, tick the first option with Space, close with Escape.
    const levelButton = page.getByRole('button', { name: /^Level filter/ });
    for (let i = 0; i < 5 && !(await levelButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(levelButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(levelButton).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    const first = page.getByRole('checkbox').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(page).toHaveURL(/level=/);
    expect((await counts(page))[0]).toBeLessThanOrEqual(found);
    await page.keyboard.press('Escape');
    await expect(levelButton).toBeFocused();
    await expect(levelButton).toHaveAttribute('aria-expanded', 'false');

    // "/" jumps back to the search; Shift+Tab leaves it; Tab onwards reaches a sort button and a rule link.
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    const sortTitle = page.getByRole('columnheader', { name: 'Title' }).getByRole('button');
    for (let i = 0; i < 30 && !(await sortTitle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(sortTitle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
    const firstRule = page.locator('tbody tr[aria-rowindex="2"] td:first-child a');
    for (let i = 0; i < 20 && !(await firstRule.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstRule).toBeFocused();
    const title = await firstRule.textContent();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
    expect(errors).toEqual([]);
  });

  test('axe reports no serious or critical violation', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${RULES}?level=high`);
    await counts(page);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await facet(page, 'Author');
    await expect(page.getByRole('searchbox', { name: 'Filter author options' })).toBeVisible();
    expect(await serious()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
