/**
 * The ledger read as aggregates: official totals (few rows), application totals from the running
 * sums the database keeps per day, and the pipeline of undecided applications by band from the
 * counts it keeps per status. Progress never scans the ledger's application rows.
 */
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { applicationStatusTotals, fdiApplicationTotals, fdiEntries } from '../db/schema.js';
import type { ApplicationTotal, PipelineBand, StatisticRow } from './progress.js';

/** Official totals (rows without a country, sector, area or park) of a jurisdiction. */
export async function statisticTotals(db: Executor, jurisdiction: string): Promise<StatisticRow[]> {
  const rows = await db
    .select()
    .from(fdiEntries)
    .where(
      and(
        eq(fdiEntries.jurisdiction, jurisdiction),
        eq(fdiEntries.sourceKind, 'official_statistic'),
        isNull(fdiEntries.country),
        isNull(fdiEntries.sector),
        isNull(fdiEntries.area),
        isNull(fdiEntries.park),
      ),
    );
  return rows.map((r) => ({
    year: r.year,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    fullYear: r.fullYear,
    flow: r.flow,
    measure: r.measure,
    amountUsd: Number(r.amountUsd),
    projects: r.projects,
    source: { doc: r.sourceDoc, url: r.sourceUrl, date: r.sourceDate, status: r.status },
    batch: r.batch,
    seq: r.seq,
  }));
}

/** Approved applications (net of reversals) per year and flow, counting days up to `asOf`. */
export async function applicationTotals(
  db: Executor,
  jurisdiction: string,
  asOf: string,
): Promise<ApplicationTotal[]> {
  const year = sql<number>`extract(year from ${fdiApplicationTotals.day})::int`;
  const rows = await db
    .select({
      year,
      measure: fdiApplicationTotals.measure,
      flow: fdiApplicationTotals.flow,
      amountUsd: sql<string>`sum(${fdiApplicationTotals.amountUsd})`,
      projects: sql<number>`sum(${fdiApplicationTotals.projects})::int`,
    })
    .from(fdiApplicationTotals)
    .where(
      and(eq(fdiApplicationTotals.jurisdiction, jurisdiction), lte(fdiApplicationTotals.day, asOf)),
    )
    .groupBy(year, fdiApplicationTotals.measure, fdiApplicationTotals.flow);
  return rows.map((r) => ({
    year: Number(r.year),
    measure: r.measure,
    flow: r.flow,
    amountUsd: Number(r.amountUsd),
    projects: Number(r.projects),
  }));
}

/** Statuses still awaiting a decision: their capital is the pipeline. */
export const UNDECIDED = ['submitted', 'under_review', 'info_requested', 'resubmitted'] as const;

/** Per band: applications still undecided and their capital, and how many were approved or rejected. */
export async function pipelineBands(
  db: Executor,
  packIds: readonly string[],
): Promise<PipelineBand[]> {
  if (packIds.length === 0) return [];
  const rows = await db
    .select()
    .from(applicationStatusTotals)
    .where(inArray(applicationStatusTotals.packId, [...packIds]));
  const bands = new Map<string, PipelineBand>();
  for (const r of rows) {
    const b = bands.get(r.band) ?? {
      band: r.band,
      applications: 0,
      capitalUsd: 0,
      approved: 0,
      rejected: 0,
    };
    if ((UNDECIDED as readonly string[]).includes(r.status)) {
      b.applications += r.applications;
      b.capitalUsd += Number(r.capitalUsd);
    }
    if (r.status === 'approved') b.approved += r.applications;
    if (r.status === 'rejected') b.rejected += r.applications;
    bands.set(r.band, b);
  }
  return [...bands.values()]
    .filter((b) => b.applications + b.approved + b.rejected > 0)
    .sort((a, b) => (a.band < b.band ? -1 : 1));
}

/** The approval entry of an application not yet reversed, if any. */
export async function openApprovalEntry(db: Executor, applicationId: string) {
  const entries = await db
    .select()
    .from(fdiEntries)
    .where(eq(fdiEntries.applicationId, applicationId));
  const reversed = new Set(entries.map((e) => e.reverses).filter((x): x is string => x !== null));
  return entries.find((e) => e.status === 'approved' && !reversed.has(e.id));
}
