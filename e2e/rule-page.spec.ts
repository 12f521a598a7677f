import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { collectPageErrors } from './helpers/page-errors';
import { hasCorpus, REFERENCE_ID } from './helpers/site';

const URL = `/rules/${REFERENCE_ID}/`;

async function rows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

test.describe('reference rule page (RegAsm network activity)', () => {
  test.skip(!hasCorpus, 'needs the SigmaHQ corpus (SIGMA_CORPUS)');

  test('shows the reference page’s sections and tables with the same rows', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RegAsm.EXE Initiating Network Connection To Public IP');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Detection rules › Sigma');
    const headings = await page.locator('main h2').allTextContents();
    const order = ['MITRE ATT&CK coverage', 'Event coverage', 'Rule body', 'Stages and Predicates', 'Exclusions', 'Indicators'].map((h) => headings.findIndex((x) => x.startsWith(h)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const attack = await rows(page.locator('#attack table'));
    expect(attack).toHaveLength(1);
    expect(attack[0][0]).toBe('Stealth');
    expect(attack[0][1]).toContain('T1218.009 System Binary Proxy Execution: Regsvcs/Regasm');

    expect(await rows(page.locator('#events table'))).toEqual([['Sysmon', 'Event ID 3', 'Network connection']]);

    await expect(page.locator('#rule-yaml')).toContainText("- '::1/128'  # IPv6 loopback");
    const stages = await page.locator('#stages h3').allTextContents();
    expect(stages).toEqual(['Stage 0: condition', 'Stage 1: selection', 'Stage 2: not filter_main_local_ranges']);
    await expect(page.locator('#stage-0')).toContainText('selection and not 1 of filter_main_*');
    await expect(page.locator('#stage-2')).not.toContainText('IPv6 loopback');

    const exclusions = await rows(page.locator('#exclusions table'));
    expect(exclusions).toEqual(
      ['10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '::1/128', 'fc00::/7', 'fe80::/10'].map((v) => ['DestinationIp', 'cidr_match', v]),
    );

    const indicators = await rows(page.locator('#indicators table'));
    expect(indicators.map((r) => r.slice(0, 3))).toEqual([
      ['Initiated', 'equals', 'true'],
      ['Image', 'endswith', '\\regasm.exe'],
    ]);
    expect(Number(indicators[1][3])).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  test('the corpus count links to the rules that share the indicator', async ({ page }) => {
    await page.goto(URL);
    const link = page.locator('#indicators tbody tr').nth(1).getByRole('link');
    const count = Number(await link.textContent());
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/\\regasm\.exe/i);
    await expect(page.locator('main ul li')).toHaveCount(count);
    await expect(page.getByRole('link', { name: 'RegAsm.EXE Initiating Network Connection To Public IP' })).toBeVisible();
  });

  test('section anchors work', async ({ page }) => {
    await page.goto(`${URL}#exclusions`);
    await expect(page.locator('#exclusions')).toBeInViewport();
    await page.goto(URL);
    await page.locator('#indicators h2 a').click();
    await expect(page).toHaveURL(new RegExp(`${URL}#indicators$`));
    await expect(page.locator('#indicators')).toBeInViewport();
  });

  test('copy link copies the permalink', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${URL}#stages`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${URL}`);
  });

  test('has metadata for a pasted link: title, description, canonical, Open Graph', async ({ page }) => {
    await page.goto(URL);
    await expect(page).toHaveTitle(/RegAsm\.EXE Initiating Network Connection To Public IP/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /RegAsm/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /Level medium · T1218\.009/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://sigma.example.org${URL}`);
  });

  test('axe reports no serious or critical violation', async ({ page }) => {
    await page.goto(URL);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a rule page is complete in the HTML', async ({ page }) => {
    test.skip(!hasCorpus, 'needs the SigmaHQ corpus');
    await page.goto(URL);
    for (const id of ['attack', 'events', 'rule-body', 'stages', 'exclusions', 'indicators', 'references', 'neighbours']) {
      await expect(page.locator(`#${id}`)).toBeVisible();
    }
    await expect(page.locator('#exclusions tbody tr')).toHaveCount(8);
  });
});
