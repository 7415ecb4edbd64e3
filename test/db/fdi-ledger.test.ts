/**
 * The FDI ledger on a real database: approvals counted in the decision's transaction, reversals as
 * opposite entries, statistics all-or-none, no double counting, and running totals that follow
 * every insert — on PGlite and on PostgreSQL.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { recordDecision } from '../../src/applications/record-decision.js';
import { reverseDecision } from '../../src/applications/reverse-decision.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import { fdiApplicationTotals, fdiEntries } from '../../src/db/schema.js';
import { fdiProgress } from '../../src/fdi/fdi-progress.js';
import { importStatisticsCsv } from '../../src/fdi/import-statistics-csv.js';
import { parseStatistics, recordStatistics } from '../../src/fdi/record-statistics.js';
import { statisticsFromCsv } from '../../src/fdi/statistics-csv.js';
import { context, INVESTOR, OFFICER, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { isolatedPack } from '../support/isolated-pack.js';
import { rejection } from '../support/rejection.js';

const ADMIN = { role: 'admin' as const, name: 'Admin Test' };
const NOW = new Date('2026-06-15T03:00:00Z');

function rowsOf(body: unknown) {
  const parsed = parseStatistics(body);
  if (parsed.issues.length > 0) throw new Error(JSON.stringify(parsed.issues));
  return parsed.rows;
}

describeEachDatabase('the FDI ledger', (open) => {
  let db: Database;
  beforeAll(async () => {
    db = (await open()).db;
  });

  async function approvedApplication(
    packId: string,
    packs: Awaited<ReturnType<typeof isolatedPack>>['packs'],
    capital: number,
  ) {
    const body = await proposal({
      pack: packId,
      submittedOn: '2026-03-02',
      'capital.totalUsd': capital,
    });
    const { body: submitted } = await submitApplication(context(db, packs, INVESTOR, NOW), {
      body,
    });
    await recordDecision(context(db, packs, OFFICER, NOW), submitted.id, {
      decision: 'approve',
      note: 'Approved.',
    });
    return submitted.id;
  }

  it('adds an approved application to the year, once, in the decision itself — and a reversal takes it out again', async () => {
    const { packs, packId } = await isolatedPack(db);
    const ctx = context(db, packs, OFFICER, NOW);
    const before = await fdiProgress(ctx, {});
    expect(before.years.find((y) => y.year === 2026)?.source).toBe('none');
    const id = await approvedApplication(packId, packs, 12_345_678.9);
    const after = await fdiProgress(ctx, {});
    const y2026 = after.years.find((y) => y.year === 2026);
    expect(y2026).toEqual(
      expect.objectContaining({
        registeredUsd: 12_345_678.9,
        applicationsUsd: 12_345_678.9,
        source: 'applications',
      }),
    );
    expect(after.cumulativeUsd - before.cumulativeUsd).toBeCloseTo(12_345_678.9, 2);

    const reversal = await reverseDecision(context(db, packs, ADMIN, NOW), id, {
      note: 'Certificate withdrawn.',
    });
    expect(reversal.status).toBe('under_review');
    expect(reversal.ledgerEntry?.amountUsd).toBe(-12_345_678.9);
    const entries = await db.select().from(fdiEntries).where(eq(fdiEntries.applicationId, id));
    expect(entries.map((e) => [e.status, Number(e.amountUsd)]).sort()).toEqual([
      ['approved', 12_345_678.9],
      ['reversal', -12_345_678.9],
    ]);
    const undone = await fdiProgress(ctx, {});
    expect(undone.years.find((y) => y.year === 2026)?.applicationsUsd).toBe(0);
    expect(undone.cumulativeUsd).toBe(before.cumulativeUsd);
  });

  it('cancels an approval in the year it counted, even when the reversal comes a year later', async () => {
    const { packs, packId } = await isolatedPack(db);
    const id = await approvedApplication(packId, packs, 40_000_000);
    const later = new Date('2027-02-01T03:00:00Z');
    const before = await fdiProgress(context(db, packs, OFFICER, later), {});
    await reverseDecision(context(db, packs, ADMIN, later), id, { note: 'Reversed in 2027.' });
    const after = await fdiProgress(context(db, packs, OFFICER, later), {});
    expect(after.years.find((y) => y.year === 2026)?.applicationsUsd).toBe(0);
    expect(after.years.find((y) => y.year === 2027)?.applicationsUsd).toBe(0);
    expect(before.cumulativeUsd - after.cumulativeUsd).toBe(40_000_000);
  });

  it('lets the last of several corrections recorded at the same instant stand', async () => {
    const { packs, packId } = await isolatedPack(db);
    const admin = context(db, packs, ADMIN, NOW);
    for (const amount of [111, 222, 333]) {
      await recordStatistics(
        admin,
        rowsOf({
          items: [
            {
              period: { from: '2025-01-01', to: '2025-12-31' },
              flow: 'all',
              measure: 'registered',
              amountUsd: amount,
              source: { doc: 'Report' },
              status: 'final',
            },
          ],
        }),
        { pack: packId },
      );
    }
    const p = await fdiProgress(admin, {});
    expect(p.years.find((y) => y.year === 2025)?.registeredUsd).toBe(333);
  });

  it('uses an official statistic for its year and shows approved applications there as detail only', async () => {
    const { packs, packId } = await isolatedPack(db);
    await approvedApplication(packId, packs, 5_000_000);
    const admin = context(db, packs, ADMIN, NOW);
    await recordStatistics(
      admin,
      rowsOf({
        pack: packId,
        items: [
          {
            period: { from: '2026-01-01', to: '2026-05-31' },
            flow: 'new',
            measure: 'registered',
            amountUsd: 300_000_000,
            source: { doc: 'Report' },
            status: 'preliminary',
          },
        ],
      }),
      { pack: packId },
    );
    const p = await fdiProgress(admin, {});
    const y = p.years.find((x) => x.year === 2026);
    expect(y).toEqual(
      expect.objectContaining({
        registeredUsd: 300_000_000,
        applicationsUsd: 5_000_000,
        source: 'partial_statistic',
      }),
    );
    expect(y?.period).toEqual({ from: '2026-01-01', to: '2026-05-31' });
    expect(y?.sourceRef).toEqual({ doc: 'Report', url: null, date: null, status: 'preliminary' });
  });

  it('records all statistics of a file or none, naming every bad line', async () => {
    const { packs, packId, jurisdiction } = await isolatedPack(db);
    const csv = [
      'period_from,period_to,flow,measure,amount_usd,source_doc,status',
      '2023-01-01,2023-12-31,new,registered,100,Report,final',
      '2024-01-01,2024-12-31,new,registered,abc,Report,final',
      '2025-01-01,2025-03-31,capital_reduction,registered,500,Report,final',
      '2025-11-01,2026-02-28,new,registered,100,Report,final',
    ].join('\n');
    const parsed = statisticsFromCsv(csv);
    expect(parsed.issues.map((i) => i.path)).toEqual(['line 3.amountUsd']);
    const e = await rejection(
      importStatisticsCsv(context(db, packs, ADMIN, NOW), csv, { pack: packId }),
    );
    expect(e.extra.issues?.map((i) => `${i.path} ${i.rule}`)).toEqual([
      'line 3.amountUsd type',
      'line 4.amountUsd sign',
      'line 5.period one_year',
    ]);
    const stored = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(fdiEntries)
      .where(eq(fdiEntries.jurisdiction, jurisdiction));
    expect(stored[0]?.n).toBe(0);
  });

  it('loads the published seed statistics: 2022 as a full year, the other years as the partial periods they are', async () => {
    const { packs, packId } = await isolatedPack(db);
    const parsed = statisticsFromCsv(
      await readFile(join(import.meta.dirname, '..', '..', 'seeds', 'fdi-statistics.csv'), 'utf8'),
    );
    expect(parsed.issues).toEqual([]);
    await recordStatistics(context(db, packs, ADMIN, NOW), parsed.rows, { pack: packId });
    const p = await fdiProgress(context(db, packs, OFFICER, NOW), {});
    const y = Object.fromEntries(p.years.map((x) => [x.year, x]));
    expect(y[2022]).toEqual(
      expect.objectContaining({ registeredUsd: 3_130_000_000, source: 'official_statistic' }),
    );
    expect(y[2021]).toEqual(
      expect.objectContaining({
        registeredUsd: 1_920_000_000,
        source: 'partial_statistic',
        period: { from: '2021-01-01', to: '2021-10-31' },
      }),
    );
    expect(y[2024]).toEqual(
      expect.objectContaining({ registeredUsd: 1_560_000_000, source: 'partial_statistic' }),
    );
    expect(p.byFlow.capital_reduction).toBe(-45_000_000);
    expect(p.cumulativeUsd).toBe(8_711_000_000);
  });

  it('keeps running totals that always equal the sum of the application entries', async () => {
    const { packs, packId, jurisdiction } = await isolatedPack(db);
    await approvedApplication(packId, packs, 1_000_000);
    await approvedApplication(packId, packs, 2_500_000);
    const totals = await db
      .select()
      .from(fdiApplicationTotals)
      .where(eq(fdiApplicationTotals.jurisdiction, jurisdiction));
    const sum = await db
      .select({ amount: sql<string>`sum(amount_usd)`, projects: sql<number>`sum(projects)::int` })
      .from(fdiEntries)
      .where(
        sql`${fdiEntries.jurisdiction} = ${jurisdiction} and ${fdiEntries.sourceKind} = 'application'`,
      );
    expect(totals.reduce((s, t) => s + Number(t.amountUsd), 0)).toBe(Number(sum[0]?.amount));
    expect(totals.reduce((s, t) => s + t.projects, 0)).toBe(2);
  });

  it('refuses to change or delete a ledger entry', async () => {
    const { packs, packId } = await isolatedPack(db);
    const id = await approvedApplication(packId, packs, 7_000_000);
    for (const statement of [
      sql`update fdi_entries set amount_usd = 0 where application_id = ${id}`,
      sql`delete from fdi_entries where application_id = ${id}`,
    ]) {
      const error = await db.execute(statement).then(
        () => undefined,
        (e: unknown) => e as Error & { cause?: Error },
      );
      expect(`${error?.message} ${error?.cause?.message}`).toMatch(/append-only/);
    }
  });
});
