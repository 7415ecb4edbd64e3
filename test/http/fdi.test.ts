/**
 * The FDI target tracker through the API: published statistics recorded by an administrator, an
 * approval counted in its year until a statistic replaces it, a reversal that leaves the approval
 * in the ledger, statistics refused whole with every problem named, breakdowns that add up to the
 * progress, and who may write.
 *
 * All tests of the file share one database per driver, and on PostgreSQL other suites share it too
 * (they approve applications dated 2025 and 2026). So each test runs the app with a clock in a
 * year of its own (2027–2030) and looks at the change in its own years, never at absolute totals.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DatabaseHandle } from '../../src/db/client.js';
import { fdiEntries } from '../../src/db/schema.js';
import type { StatisticInput } from '../../src/fdi/record-statistics.js';
import { statisticsFromCsv } from '../../src/fdi/statistics-csv.js';
import type { BreakdownOut, ProgressOut } from '../../src/http/schemas/fdi.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import { withValueAt } from '../../src/screening/facts.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';
import { PACK_ID, sampleProposal } from './test-app.js';

type Progress = z.output<typeof ProgressOut>;
type Year = Progress['years'][number];
type Breakdown = z.output<typeof BreakdownOut>;
type Api = Awaited<ReturnType<typeof databaseApp>>;

/** Years whose figures other suites may change at any moment on a shared PostgreSQL database. */
const SHARED_YEARS = [2025, 2026];
const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** An app whose "now" is the given instant: a test's own year for approvals and statistics. */
async function appAt(handle: DatabaseHandle, instant: string) {
  const api = await databaseApp(handle, { clock: () => new Date(instant) });
  return { api, admin: await api.token('admin'), officer: await api.token('officer') };
}

async function progress(api: Api, query = ''): Promise<Progress> {
  const res = await api.call('GET', `/api/v1/fdi/progress${query}`);
  expect(res.status).toBe(200);
  return json<Progress>(res);
}

function yearOf(p: Progress, year: number): Year {
  const found = p.years.find((y) => y.year === year);
  if (!found) throw new Error(`no year ${year} in the progress as of ${p.asOf}`);
  return found;
}

/** How much the years other than `year` moved between two readings (0 unless another suite wrote). */
function movedElsewhere(before: Progress, after: Progress, year: number): number {
  return after.years
    .filter((y) => y.year !== year)
    .reduce((s, y) => s + y.registeredUsd - yearOf(before, y.year).registeredUsd, 0);
}

const sumOf = (years: readonly Year[]) => years.reduce((s, y) => s + y.registeredUsd, 0);

/** A valid statistic: a registered total for the period, with a fictional source. */
function statistic(
  from: string,
  to: string,
  amountUsd: number,
  changes: Partial<StatisticInput> = {},
) {
  return {
    period: { from, to },
    flow: 'all',
    measure: 'registered',
    amountUsd,
    projects: null,
    source: { doc: 'Test statistic (fictional) / Số liệu thử (hư cấu)', date: to },
    status: 'preliminary',
    ...changes,
  };
}

/** Submits the README sample, dated and sized as asked, and approves it as an officer. */
async function approvedApplication(
  api: Api,
  officer: string,
  submittedOn: string,
  capital: number,
) {
  let body = withValueAt(sampleProposal(), 'submittedOn', submittedOn);
  body = withValueAt(body, 'capital.totalUsd', capital);
  const submitted = await api.call('POST', '/api/v1/applications', { body });
  expect(submitted.status).toBe(201);
  const { id } = await json<{ id: string }>(submitted);
  const decided = await api.call('POST', `/api/v1/applications/${id}/decision`, {
    token: officer,
    body: { decision: 'approve', note: 'Meets the criteria / Đạt tiêu chí' },
  });
  expect(decided.status).toBe(200);
  return id;
}

describeEachDatabase('the FDI tracker through the API', (open) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });

  it('records the published statistics, counts an approval until a statistic replaces it, and reverses it', async () => {
    // The last day of 2027: approvals count in 2027, and a full-year 2027 statistic has ended.
    const { api, admin, officer } = await appAt(handle, '2027-12-31T03:00:00Z');

    // The statistics published for the former Binh Duong province (seeds/fdi-statistics.csv).
    const csv = statisticsFromCsv(await readFile(join(SEEDS, 'fdi-statistics.csv'), 'utf8'));
    if (csv.issues.length > 0) throw new Error(JSON.stringify(csv.issues));
    const items = csv.rows.map((r) => r.item);
    const recorded = await api.call('POST', '/api/v1/fdi/statistics', {
      token: admin,
      body: { items },
    });
    expect(recorded.status).toBe(201);
    expect(await json(recorded)).toEqual({
      batch: expect.any(String),
      jurisdiction: 'vn-binh-duong',
      recorded: items.length,
      periods: expect.arrayContaining(['2022-01-01..2022-12-31', '2024-01-01..2024-09-30']),
    });

    const published = await progress(api);
    expect(published).toMatchObject({
      asOf: '2027-12-31',
      measure: 'registered',
      pack: { id: PACK_ID },
      target: {
        amountUsd: 21_000_000_000,
        from: '2021-01-01',
        to: '2030-12-31',
        basis: [{ doc: '7099/KH-UBND', ref: '§II.2' }],
      },
    });
    expect(published.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(yearOf(published, 2022)).toMatchObject({
      registeredUsd: 3_130_000_000,
      source: 'official_statistic',
      sourceRef: { date: '2023-01-11', status: 'final' },
      period: { from: '2022-01-01', to: '2022-12-31' },
      byFlow: { unspecified: 3_130_000_000 },
    });
    const partial = {
      2021: [1_920_000_000, '2021-10-31'],
      2023: [1_306_000_000, '2023-10-31'],
      2024: [646_000_000 + 805_000_000 + 154_000_000 - 45_000_000, '2024-09-30'],
      2025: [795_000_000, '2025-05-31'],
    } as const;
    for (const [year, [amount, cutOff]] of Object.entries(partial)) {
      expect(yearOf(published, Number(year)), year).toMatchObject({
        registeredUsd: amount,
        source: 'partial_statistic',
        period: { from: `${year}-01-01`, to: cutOff },
      });
    }
    // 2024 is split by flow in its source; the other years are totals, shown as unspecified.
    expect(yearOf(published, 2024).byFlow).toEqual({
      new: 646_000_000,
      capital_increase: 805_000_000,
      capital_contribution: 154_000_000,
      capital_reduction: -45_000_000,
      unspecified: 0,
    });
    expect(published.cumulativeUsd).toBeCloseTo(sumOf(published.years), 2);

    // An approval in a year without any statistic counts, from the applications, by exactly its capital.
    const capital = 87_654_321.5;
    const beforeApproval = await progress(api);
    expect(yearOf(beforeApproval, 2027).source).toBe('none');
    const id = await approvedApplication(api, officer, '2027-03-01', capital);
    const approved = await progress(api);
    const y2027 = yearOf(approved, 2027);
    expect(y2027.source).toBe('applications');
    expect(y2027.registeredUsd - yearOf(beforeApproval, 2027).registeredUsd).toBeCloseTo(
      capital,
      2,
    );
    expect(y2027.applicationsUsd - yearOf(beforeApproval, 2027).applicationsUsd).toBeCloseTo(
      capital,
      2,
    );
    expect(y2027.byFlow.new - yearOf(beforeApproval, 2027).byFlow.new).toBeCloseTo(capital, 2);
    expect(approved.cumulativeUsd - beforeApproval.cumulativeUsd).toBeCloseTo(
      capital + movedElsewhere(beforeApproval, approved, 2027),
      2,
    );

    // A full-year statistic for that year replaces the applications; they remain as detail.
    const fullYear = 2_400_000_000;
    const official = await api.call('POST', '/api/v1/fdi/statistics', {
      token: admin,
      body: statistic('2027-01-01', '2027-12-31', fullYear),
    });
    expect(official.status).toBe(201);
    expect(await json(official)).toMatchObject({
      recorded: 1,
      periods: ['2027-01-01..2027-12-31'],
    });
    const replaced = await progress(api);
    expect(yearOf(replaced, 2027)).toMatchObject({
      source: 'official_statistic',
      registeredUsd: fullYear,
      applicationsUsd: y2027.applicationsUsd,
      period: { from: '2027-01-01', to: '2027-12-31' },
      sourceRef: { doc: expect.stringContaining('fictional'), date: '2027-12-31' },
    });
    expect(replaced.cumulativeUsd - approved.cumulativeUsd).toBeCloseTo(
      fullYear - y2027.registeredUsd + movedElsewhere(approved, replaced, 2027),
      2,
    );

    // Reversing the approval takes its amount out of the applications by a second, opposite entry.
    const reversed = await api.call('POST', `/api/v1/applications/${id}/reversal`, {
      token: admin,
      body: { note: 'Certificate withdrawn / Giấy chứng nhận bị thu hồi' },
    });
    expect(reversed.status).toBe(200);
    expect(await json(reversed)).toEqual({
      id,
      status: 'under_review',
      ledgerEntry: { id: expect.any(String), amountUsd: -capital },
    });
    const after = await progress(api);
    expect(yearOf(after, 2027)).toMatchObject({
      source: 'official_statistic',
      registeredUsd: fullYear,
    });
    expect(yearOf(after, 2027).applicationsUsd).toBeCloseTo(y2027.applicationsUsd - capital, 2);
    const entries = await handle.db
      .select()
      .from(fdiEntries)
      .where(eq(fdiEntries.applicationId, id));
    expect(entries.map((e) => [e.status, Number(e.amountUsd)]).sort()).toEqual([
      ['approved', capital],
      ['reversal', -capital],
    ]);

    // Under review again: a second reversal is a conflict that names what is allowed.
    const again = await api.call('POST', `/api/v1/applications/${id}/reversal`, {
      token: admin,
      body: { note: 'Twice / Lần hai' },
    });
    expect(again.status).toBe(409);
    const conflict = await json<Problem>(again);
    expect(conflict.code).toBe('conflict');
    expect(conflict.allowed).toEqual(expect.arrayContaining(['approve', 'reject']));
    expect(conflict.allowed).not.toContain('reverse');
  });

  it('refuses bad statistics whole, naming every problem by its path, and stores nothing', async () => {
    const { api, admin } = await appAt(handle, '2028-06-30T03:00:00Z');
    const mine = (p: Progress) => p.years.filter((y) => !SHARED_YEARS.includes(y.year));
    const before = await progress(api);
    const post = (body: unknown) =>
      api.call('POST', '/api/v1/fdi/statistics', { token: admin, body });
    const valid = statistic('2028-01-01', '2028-03-31', 500_000_000);

    const checked = await post({
      items: [
        valid,
        statistic('2027-07-01', '2028-02-29', 100_000_000),
        statistic('2028-01-01', '2028-03-31', 5_000_000, { flow: 'capital_reduction' }),
        statistic('2028-01-01', '2028-03-31', 5_000_000, { country: 'ZZ' }),
        statistic('2028-01-01', '2028-09-30', 700_000_000),
      ],
    });
    expect(checked.status).toBe(400);
    const problem = await json<Problem>(checked);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => [e.path, e.rule])).toEqual([
      ['items[1].period', 'one_year'],
      ['items[2].amountUsd', 'sign'],
      ['items[3].country', 'iso_country'],
      ['items[4].period.to', 'future'],
    ]);
    for (const e of problem.errors) expect(e.message.vi).not.toBe(e.message.en);

    const shaped = await post({ items: [valid, { ...valid, amountUsd: '5000000' }] });
    expect(shaped.status).toBe(400);
    expect((await json<Problem>(shaped)).errors.map((e) => [e.path, e.rule])).toEqual([
      ['items[1].amountUsd', 'type'],
    ]);
    const single = await post({ ...valid, amountUsd: '5000000' });
    expect((await json<Problem>(single)).errors.map((e) => e.path)).toEqual(['amountUsd']);

    const unknownPack = await post({ items: [valid], pack: 'no-such-pack' });
    expect(unknownPack.status).toBe(400);
    const [packIssue] = (await json<Problem>(unknownPack)).errors;
    expect(packIssue?.path).toBe('pack');
    expect(packIssue?.message.vi).toContain(PACK_ID);
    expect(packIssue?.message.en).toContain(PACK_ID);

    const after = await progress(api);
    expect(mine(after)).toEqual(mine(before));
  });

  it('refuses a malformed asOf and an unknown pack with 400, and answers for a past date', async () => {
    const { api } = await appAt(handle, '2028-06-30T03:00:00Z');
    for (const asOf of ['2024-02-30', '2024-1-1', 'yesterday']) {
      const res = await api.call('GET', `/api/v1/fdi/progress?asOf=${asOf}`);
      expect(res.status, asOf).toBe(400);
      expect((await json<Problem>(res)).errors.map((e) => e.path)).toEqual(['asOf']);
    }
    for (const path of [
      '/api/v1/fdi/progress?pack=nope',
      '/api/v1/fdi/breakdown?by=year&pack=nope',
    ]) {
      const res = await api.call('GET', path);
      expect(res.status, path).toBe(400);
      const [issue] = (await json<Problem>(res)).errors;
      expect(issue).toMatchObject({ path: 'pack', rule: 'unknown_pack' });
      expect(issue?.message.en).toContain(PACK_ID);
    }
    const badBy = await api.call('GET', '/api/v1/fdi/breakdown?by=planet');
    expect(badBy.status).toBe(400);
    expect((await json<Problem>(badBy)).errors.map((e) => e.path)).toEqual(['by']);

    const past = await progress(api, '?asOf=2023-06-30');
    expect(past.asOf).toBe('2023-06-30');
    expect(past.years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(past.requiredAnnualPaceUsd).toBeGreaterThan(0);
  });

  it('breaks the progress down by year, flow, country, sector, area and park, each adding up to it', async () => {
    const { api, admin, officer } = await appAt(handle, '2029-12-31T03:00:00Z');
    // 2028 from a full-year statistic split by flow and, in part, by country; 2029 from an approval.
    const recorded = await api.call('POST', '/api/v1/fdi/statistics', {
      token: admin,
      body: {
        items: [
          statistic('2028-01-01', '2028-12-31', 1_000_000_000, { flow: 'new' }),
          statistic('2028-01-01', '2028-12-31', 400_000_000, { flow: 'capital_increase' }),
          statistic('2028-01-01', '2028-12-31', -50_000_000, { flow: 'capital_reduction' }),
          statistic('2028-01-01', '2028-12-31', 600_000_000, { country: 'KR' }),
          statistic('2028-01-01', '2028-12-31', 200_000_000, { country: 'JP' }),
        ],
      },
    });
    expect(recorded.status).toBe(201);
    const capital = 42_000_000;
    await approvedApplication(api, officer, '2029-02-01', capital);

    const range = (await progress(api)).years.filter((y) => y.year >= 2028 && y.year <= 2029);
    expect(range.map((y) => y.source)).toEqual(['official_statistic', 'applications']);
    const expected = sumOf(range);
    expect(expected).toBeCloseTo(1_350_000_000 + capital, 2);

    const breakdown = async (by: string) => {
      const res = await api.call('GET', `/api/v1/fdi/breakdown?by=${by}&from=2028&to=2029-12-31`);
      expect(res.status, by).toBe(200);
      const body = await json<Breakdown>(res);
      expect(body.totalUsd, by).toBeCloseTo(expected, 2);
      expect(
        body.items.reduce((s, i) => s + i.amountUsd, 0),
        by,
      ).toBeCloseTo(expected, 2);
      return body;
    };
    const byYear = await breakdown('year');
    expect(byYear.items.map((i) => [i.key, i.amountUsd])).toEqual([
      ['2028', 1_350_000_000],
      ['2029', capital],
    ]);
    expect(byYear.years.map((y) => y.source)).toEqual(['official_statistic', 'applications']);
    const amounts = (b: Breakdown) => Object.fromEntries(b.items.map((i) => [i.key, i.amountUsd]));
    expect(amounts(await breakdown('flow'))).toEqual({
      new: 1_000_000_000 + capital,
      capital_increase: 400_000_000,
      capital_contribution: 0,
      capital_reduction: -50_000_000,
      unspecified: 0,
    });
    const byCountry = await breakdown('country');
    expect(amounts(byCountry)).toEqual({
      KR: 600_000_000 + capital,
      JP: 200_000_000,
      unspecified: 550_000_000,
    });
    expect(byCountry.items.find((i) => i.key === 'unspecified')?.label?.en).toBe(
      'Not broken down by the source',
    );
    for (const by of ['sector', 'area', 'park']) await breakdown(by);
  });

  it('lets only an administrator record statistics or reverse a decision', async () => {
    const { api, officer } = await appAt(handle, '2030-06-30T03:00:00Z');
    const id = await approvedApplication(api, officer, '2030-02-01', 10_000_000);
    const before = await progress(api);
    const writes = [
      ['/api/v1/fdi/statistics', statistic('2030-01-01', '2030-03-31', 900_000_000)],
      [`/api/v1/applications/${id}/reversal`, { note: 'Not mine to reverse / Không có quyền' }],
    ] as const;
    for (const [path, body] of writes) {
      const anonymous = await api.call('POST', path, { body });
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      const asOfficer = await api.call('POST', path, { token: officer, body });
      expect(asOfficer.status, path).toBe(403);
      expect((await json<Problem>(asOfficer)).code).toBe('forbidden');
    }
    const after = await progress(api);
    expect(yearOf(after, 2030)).toEqual(yearOf(before, 2030));
    const read = await api.call('GET', `/api/v1/applications/${id}`, { token: officer });
    expect((await json(read)).status).toBe('approved');
    // Anyone may read the progress and the breakdown; no token is needed.
    expect((await api.call('GET', '/api/v1/fdi/breakdown?by=flow')).status).toBe(200);
  });

  it('reads statistics bodies over 256 KiB, up to 8 MiB, on this route only', async () => {
    const { api, admin } = await appAt(handle, '2030-12-31T03:00:00Z');
    const note = 'Chú thích dài / A long note. '.repeat(60).slice(0, 2000);
    const items = Array.from({ length: 150 }, () =>
      statistic('2030-01-01', '2030-03-31', 1_000_000, { note }),
    );
    const body = { items };
    expect(JSON.stringify(body).length).toBeGreaterThan(256 * 1024);
    const before = await progress(api);
    const res = await api.call('POST', '/api/v1/fdi/statistics', { token: admin, body });
    expect(res.status).toBe(201);
    expect((await json(res)).recorded).toBe(150);
    const after = await progress(api);
    // The year had no full-year statistic, so the quarter's batch counts, whole.
    expect(yearOf(after, 2030)).toMatchObject({
      source: 'partial_statistic',
      registeredUsd: 150_000_000,
      period: { from: '2030-01-01', to: '2030-03-31' },
    });
    expect(yearOf(before, 2030).source).not.toBe('partial_statistic');
    expect(after.requiredAnnualPaceUsd).toBeNull();
    // Every other route keeps the default limit of 256 KiB.
    const tooBigElsewhere = await api.call(
      'POST',
      `/api/v1/applications/${randomUUID()}/reversal`,
      { token: admin, body },
    );
    expect(tooBigElsewhere.status).toBe(413);
    expect((await json<Problem>(tooBigElsewhere)).localized.en.detail).toContain('256 KiB');

    const huge = await api.call('POST', '/api/v1/fdi/statistics', {
      token: admin,
      body: {
        items: [statistic('2030-01-01', '2030-03-31', 1, { note: 'x'.repeat(9 * 1024 * 1024) })],
      },
    });
    expect(huge.status).toBe(413);
    const problem = await json<Problem>(huge);
    expect(problem.code).toBe('payload_too_large');
    expect(problem.localized.en.detail).toContain('8 MiB');
    expect(problem.localized.vi.detail).toContain('8 MiB');
  });
});
