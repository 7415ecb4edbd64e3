/**
 * The FDI tracker page through `app.request()`: the headline figures, the sources of each year,
 * and charts drawn as SVG on the server — a line for the cumulative figure, a bar per year — in
 * Vietnamese by default and in English; without a database it says it needs one.
 *
 * The statistics recorded are the published ones of `seeds/fdi-statistics.csv`: on a PostgreSQL
 * database other suites share, recording them again changes no figure the assertions look at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { statisticsFromCsv } from '../../src/fdi/statistics-csv.js';
import { databaseApp } from '../http/database-app.js';
import { buildTestApp } from '../http/test-app.js';
import { describeEachDatabase } from '../support/database.js';
import { visibleText } from './page-client.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds', 'fdi-statistics.csv');

it('without a database, the tracker says it needs one (503)', async () => {
  const { app } = await buildTestApp();
  const res = await app.request('/progress');
  expect(res.status).toBe(503);
  expect(visibleText(await res.text())).toContain('cần cơ sở dữ liệu');
});

describeEachDatabase('the FDI tracker page', (open) => {
  let handle: DatabaseHandle;
  let app: Awaited<ReturnType<typeof databaseApp>>['app'];

  beforeAll(async () => {
    handle = await open();
    const api = await databaseApp(handle);
    app = api.app;
    const csv = statisticsFromCsv(await readFile(SEEDS, 'utf8'));
    const recorded = await api.call('POST', '/api/v1/fdi/statistics', {
      token: await api.token('admin'),
      body: { items: csv.rows.map((r) => r.item) },
    });
    expect(recorded.status).toBe(201);
  });

  it('shows the headline figures, the target and its basis, in Vietnamese by default', async () => {
    const res = await app.request('/progress');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const text = visibleText(await res.text());
    expect(text).toContain('Tiến độ thu hút vốn đầu tư nước ngoài');
    expect(text).toContain('Mục tiêu: 21 tỷ USD (01/01/2021 – 31/12/2030)');
    expect(text).toContain('7099/KH-UBND §II.2');
    expect(text).toContain('vốn đầu tư nước ngoài đăng ký');
    expect(text).toMatch(/Đánh giá: (Vượt tiến độ|Đúng tiến độ|Chậm tiến độ)\./);
    expect(text).toMatch(/Tốc độ cần đạt mỗi năm còn lại [\d.,]+ tỷ USD\/năm/);
    expect(text).toMatch(/Thời gian còn lại [\d,]+ năm/);
    expect(text).toMatch(/Dự báo theo xu hướng \(31\/12\/2030\) [\d.,]+ (tỷ|triệu) USD/);
    expect(text).toMatch(/Dự báo có tính hồ sơ đang chờ \(31\/12\/2030\) [\d.,]+ (tỷ|triệu) USD/);
  });

  it('lists each year with its figure, its source document, date and status', async () => {
    const text = visibleText(await (await app.request('/progress')).text());
    // 2022: the department's full-year report, final.
    expect(text).toContain('2022 3,13 tỷ USD Thống kê chính thức cả năm 01/01/2022 – 31/12/2022');
    expect(text).toMatch(
      /2022 Thống kê chính thức cả năm Binh Duong Department of Planning and Investment report[^|]*? 11\/01\/2023 chính thức/,
    );
    // 2023: ten months from press reports, preliminary, with its cut-off.
    expect(text).toContain('2023 1,31 tỷ USD Số liệu một phần năm 01/01/2023 – 31/10/2023');
    expect(text).toContain('sơ bộ');
  });

  it('draws the cumulative line and a bar per year as SVG, each chart titled and described', async () => {
    const html = await (await app.request('/progress')).text();
    const years = [2021, 2022, 2023, 2024, 2025];

    const line = /<svg[^>]*id="chart-cumulative"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(line).toContain('role="img"');
    expect(line).toMatch(/<title id="chart-cumulative-title">[^<]+<\/title>/);
    expect(line).toMatch(/<desc id="chart-cumulative-desc">[^<]+<\/desc>/);
    const cumulative = /data-series="cumulative"><path d="([^"]+)"/.exec(line)?.[1] ?? '';
    // The period's start, then the end of each year so far.
    expect(cumulative.match(/[ML]/g)).toHaveLength(1 + years.length);
    for (const series of ['target', 'path', 'trend', 'pipeline']) {
      expect(line).toContain(`data-series="${series}"`);
    }
    expect(line).toMatch(/data-series="trend"><path d="[^"]+"[^>]*stroke-dasharray="/);

    const bars = /<svg[^>]*id="chart-yearly"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    for (const year of years) expect(bars).toContain(`data-key="${year}"`);
    expect(bars.match(/<g class="bar /g)).toHaveLength(years.length);
    expect(bars).toContain('data-key="2022" data-kind="official"');
    expect(bars).toContain('data-key="2023" data-kind="partial"');
    // A partial period's cut-off is written on its bar.
    expect(bars).toMatch(/data-key="2023"[\s\S]*?đến 31\/10/);

    for (const by of ['flow', 'country', 'sector', 'area']) {
      expect(html).toContain(`breakdown-${by}-heading`);
    }
    expect(/<svg[^>]*id="chart-flow"[^>]*>/.exec(html)?.[0]).toContain('role="img"');
  });

  it('switches to English and keeps the page', async () => {
    const res = await app.request('/progress?lang=en');
    const text = visibleText(await res.text());
    expect(text).toContain('Foreign investment attracted');
    expect(text).toContain('Target: USD 21 billion (1 Jan 2021 – 31 Dec 2030)');
    expect(text).toContain('2022 USD 3.13 billion Official full-year statistic');
    expect(text).toMatch(/11 Jan 2023 final/);
    expect(text).toMatch(/Assessment: (Ahead|On track|Behind)\./);
    expect(text).toContain('to 31 Oct');
  });
});
