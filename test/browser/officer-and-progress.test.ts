/**
 * The officer desk and the FDI tracker in a real browser, as an officer works a case: an investor
 * has submitted an application; the officer signs in with a token, finds it in the queue, opens it,
 * verifies a fact with a note, rescreens, approves, and sees the status and the history change;
 * then the tracker counts the approved capital in the current year. One server and one browser.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposal } from '../support/context.js';
import {
  HAVE_CHROMIUM,
  launchBrowser,
  screenshot,
  startServer,
  type TestServer,
} from './harness.js';

/** A capital no other figure on the tracker has, so the year's total shows exactly it. */
const CAPITAL = 123_456_789;

describe.skipIf(!HAVE_CHROMIUM)('the officer desk and the FDI tracker in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let id: string;
  let investor: string;
  const questions: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // One context (one cookie jar) for the desktop page and the phone page that comes later.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    // The decision form asks before an approval; the officer says yes.
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    const body = await proposal({ 'capital.totalUsd': CAPITAL, 'trade.localisationPct': 25 });
    investor = (body.investor as { name: string }).name;
    const res = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    id = ((await res.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in with the officer token and finds the application in the queue', async () => {
    await page.goto(`${server.url}/officer`);
    // No session yet: the desk asks for a token first.
    expect(new URL(page.url()).pathname).toBe('/officer/sign-in');
    await page.getByLabel('Mã truy cập').fill(server.officerToken);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${server.url}/officer`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã đăng nhập.');

    await page.getByLabel('Tìm theo tên dự án hoặc nhà đầu tư').fill(investor);
    await page.getByLabel('Trạng thái').selectOption('submitted');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/\/officer\?/);
    const row = page.locator(`tr[data-id="${id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(investor);
    expect(await row.textContent()).toContain('Đã nộp');
    await screenshot(page, 'officer-queue-vi');

    await row.getByRole('link').click();
    await page.waitForURL(`${server.url}/officer/applications/${id}`);
    expect(await page.locator('h1').textContent()).toContain('Hồ sơ');
  });

  it('verifies a fact with a note, rescreens and approves, and the status and history follow', async () => {
    const fact = page.locator('article[data-path="trade.localisationPct"]');
    await fact.locator('summary').click();
    await fact.getByLabel('Giá trị đúng (để trống nếu khớp khai báo)').fill('42,5');
    await fact.getByLabel('Ghi chú (bắt buộc)').fill('Hợp đồng với nhà cung cấp cho thấy 42,5%');
    await fact.getByRole('button', { name: 'Ghi nhận xác minh' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toContain(
      'Đã ghi nhận giá trị đã sửa: Tỷ lệ nội địa hóa.',
    );
    expect(await fact.textContent()).toContain('Đã sửa: 42,5%');
    expect(await page.locator('dd[data-status]').textContent()).toBe('Đang xem xét');

    await page.getByRole('button', { name: 'Đánh giá lại' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toMatch(/Đã đánh giá lại: [\d,]+ điểm/);

    await page.getByLabel('Chấp thuận').check();
    await page.locator('#decision-note').fill('Đạt tiêu chí; đã xác minh tỷ lệ nội địa hóa.');
    await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.waitForLoadState();
    expect(questions).toEqual([
      'Ghi nhận quyết định "Chấp thuận"? Cán bộ không thể tự hủy quyết định này.',
    ]);
    expect(await page.getByRole('status').textContent()).toContain('Đã chấp thuận hồ sơ.');
    expect(await page.locator('dd[data-status]').textContent()).toBe('Đã chấp thuận');

    const actions = await page
      .locator('table.history tr[data-action]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual([
      'application.submitted',
      'fact.corrected',
      'status.changed',
      'application.rescreened',
      'decision.approve',
    ]);
    const history = (await page.locator('table.history').textContent()) ?? '';
    expect(history).toContain('Tỷ lệ nội địa hóa: 25% → 42,5%');
    expect(history).toContain('Cán bộ Kiểm thử');
    expect(history).toContain('Ghi vào sổ theo dõi FDI: 123,5 triệu USD');
    await screenshot(page, 'officer-case-vi');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('dd[data-status]').textContent()).toBe('Approved');
    expect(await page.locator('table.history').textContent()).toContain(
      'Localisation rate: 25% → 42.5%',
    );
    await screenshot(page, 'officer-case-en');
    // Back to Vietnamese for what follows.
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(/lang=vi/);
  });

  it('counts the approved capital in the current year on the tracker', async () => {
    await page.goto(`${server.url}/progress`);
    const year = String(new Date().getUTCFullYear());
    const row = page.locator(`section[aria-labelledby="yearly-heading"] tr[data-year="${year}"]`);
    expect(await row.getAttribute('data-source')).toBe('applications');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('123,5 triệu USD');
    expect(text).toContain('Hồ sơ được chấp thuận');
    const bar = page.locator(`#chart-yearly g[data-key="${year}"]`);
    expect(await bar.getAttribute('data-kind')).toBe('applications');
    expect(await page.locator('#chart-cumulative [data-series="cumulative"] path').count()).toBe(1);
    expect(await page.locator('#chart-cumulative').getAttribute('role')).toBe('img');
    await screenshot(page, 'progress-vi');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await row.textContent()).toContain('USD 123.5 million');
    expect(await row.textContent()).toContain('Approved applications');
    await screenshot(page, 'progress-en');
  });

  it('reads on a phone: the tracker and the case fit a narrow screen', async () => {
    // The same browser context, so the officer is still signed in.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    // Wide tables scroll inside their own box; the page itself must not scroll sideways.
    const overflow = () =>
      phone.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
    try {
      await phone.goto(`${server.url}/progress?lang=vi`);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(phone, 'progress-phone-vi');
      await phone.goto(`${server.url}/officer/applications/${id}`);
      expect(await phone.locator('dd[data-status]').textContent()).toBe('Đã chấp thuận');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(phone, 'officer-case-phone-vi');
    } finally {
      await phone.close();
    }
  });
});
