/**
 * The self-check in a real browser, as an investor uses it: fill in a proposal, read the result,
 * switch to English without losing it, print it, correct an error from the keyboard, and submit it
 * as an application to get a receipt. One server and one browser for the whole file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formEntries } from '../web/form-data.js';
import {
  HAVE_CHROMIUM,
  launchBrowser,
  screenshot,
  startServer,
  type TestServer,
} from './harness.js';

const SEED = join(
  import.meta.dirname,
  '..',
  '..',
  'seeds',
  'proposals',
  'semiconductor-plant.json',
);

type Proposal = { project: { name: string }; site: { area: string } } & Record<string, unknown>;

const id = (path: string) => `#f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/** Types the proposal into the form as a person would: choices picked, boxes ticked, the rest typed. */
async function fillIn(page: Page, proposal: Proposal) {
  for (const [name, value] of formEntries(proposal)) {
    const field = page.locator(`[name="${name}"]`);
    const kind = await field.evaluate((el) => `${el.tagName}:${(el as { type?: string }).type}`);
    if (kind.startsWith('SELECT:')) await field.selectOption(value);
    else if (kind === 'INPUT:checkbox') await field.check();
    else await field.fill(value);
  }
}

describe.skipIf(!HAVE_CHROMIUM)('the self-check in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let proposal: Proposal;

  beforeAll(async () => {
    [server, browser, proposal] = await Promise.all([
      startServer({ now: () => new Date('2025-06-01T03:00:00Z') }),
      launchBrowser(),
      readFile(SEED, 'utf8').then((t) => JSON.parse(t) as Proposal),
    ]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks a proposal and shows the headline and the improvements', async () => {
    await page.goto(`${server.url}/self-check`);
    await fillIn(page, proposal);
    // Only the chosen area's parks are offered once the script has run.
    expect(
      await page
        .locator('optgroup[data-area="thuan-an"]')
        .evaluate((g) => (g as { hidden: boolean }).hidden),
    ).toBe(true);
    expect(
      await page
        .locator(`optgroup[data-area="${proposal.site.area}"]`)
        .evaluate((g) => (g as { hidden: boolean }).hidden),
    ).toBe(false);
    await screenshot(page, 'self-check-form-vi');

    await page.getByRole('button', { name: 'Kiểm tra dự án' }).click();
    await page.waitForURL(/\/self-check#result$/);
    const headline = page.locator('#result .headline .big');
    await expect.poll(() => headline.textContent()).toContain('Đủ điều kiện');
    expect(await headline.textContent()).toContain('Xếp loại: Ưu tiên chiến lược');
    const improvements = page.locator('ol.improvements > li');
    expect(await improvements.count()).toBeGreaterThan(0);
    expect(await improvements.first().textContent()).toMatch(
      /^Nâng tỷ lệ nội địa hóa từ 35% lên 40%: \+4 điểm, (đạt|vẫn ở) mức/,
    );
    expect(await page.locator('table.criteria tbody tr').count()).toBe(36);
    await screenshot(page, 'self-check-result-vi');
  });

  it('prints only the result', async () => {
    const print = page.getByRole('button', { name: 'In kết quả' });
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#self-check-form').isVisible()).toBe(false);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await page.locator('#result .headline').isVisible()).toBe(true);
    await screenshot(page, 'self-check-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches to English and keeps the result and the values entered', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en#result$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('label[for="f-trade-localisationPct"]').textContent()).toBe(
      'Localisation rate (%)',
    );
    expect(await page.inputValue(id('project.name'))).toBe(proposal.project.name);
    expect(await page.locator('#result .headline .big').textContent()).toContain(
      'Band: Strategic priority',
    );
    expect(await page.locator('ol.improvements > li').first().textContent()).toMatch(
      /^Raise the localisation rate from 35% to 40%: \+4 points, (reaches|stays at)/,
    );
    await screenshot(page, 'self-check-result-en');
  });

  it('submits the checked proposal as an application and shows the receipt', async () => {
    await page.getByRole('button', { name: 'Submit as an application' }).click();
    await page.waitForURL(/\/self-check\/apply$/);
    const applicationId = await page.locator('#application-id').textContent();
    expect(applicationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.locator('#receipt-token').textContent()).toMatch(/^rcp_/);
    expect(await page.getByText('Keep this receipt token now').isVisible()).toBe(true);
    await screenshot(page, 'self-check-receipt');

    // The switch shows the same receipt in Vietnamese, and stores nothing new.
    const token = await page.locator('#receipt-token').textContent();
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(/\/self-check\/apply\?lang=vi$/);
    expect(await page.locator('h1').textContent()).toBe('Hồ sơ đã được nộp');
    expect(await page.locator('#application-id').textContent()).toBe(applicationId);
    expect(await page.locator('#receipt-token').textContent()).toBe(token);
    await screenshot(page, 'self-check-receipt-vi');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/self-check\/apply\?lang=en$/);

    await page.getByRole('link', { name: 'Follow the application’s status' }).click();
    await page.waitForURL(/\/applications\/.+\?receipt=rcp_/);
    expect(await page.locator('#application-status').textContent()).toBe(
      'Submitted, awaiting review',
    );
    await screenshot(page, 'application-status');
  });

  it('shows an error beside its field, reachable from the summary by keyboard', async () => {
    await page.goto(`${server.url}/self-check?lang=vi`);
    await fillIn(page, proposal);
    await page.fill(id('workforce.universityPct'), '90');
    await page.getByRole('button', { name: 'Kiểm tra dự án' }).click();
    await page.waitForLoadState();
    const summary = page.locator('#error-summary');
    expect(await summary.isVisible()).toBe(true);
    // The summary has the focus; Tab reaches its link, Enter takes the focus to the field.
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('id')).toBe('error-summary');
    await page.keyboard.press('Tab');
    expect(await focused.getAttribute('href')).toBe('#f-workforce-universityPct');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused.getAttribute('id')).toBe('f-workforce-universityPct');
    const field = page.locator(id('workforce.universityPct'));
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('90');
    const error = page.locator('#f-workforce-universityPct-error');
    expect(await error.textContent()).toContain('không được lớn hơn tỷ lệ lao động qua đào tạo');
    await screenshot(page, 'self-check-errors-vi');
  });

  it('fits a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/self-check`);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'self-check-phone');
  });
});
