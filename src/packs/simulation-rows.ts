/**
 * The applications a simulation compares, read in keyset pages by id with the input and pack version
 * of their latest screening, so that memory stays flat however many applications there are.
 */
import { and, asc, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { type ApplicationFilters, applicationFilters } from '../applications/list-applications.js';
import type { Executor } from '../db/client.js';
import { applications, screenings } from '../db/schema.js';

export type SimulationRow = {
  id: string;
  status: string;
  submittedOn: string;
  projectName: string;
  investorName: string;
  capitalUsd: number;
  /** The latest screening's input — the declarations with the verified values applied — or null. */
  input: unknown;
  packVersion: string | null;
  /** The date the latest screening judged on (the submission date, as every screening does). */
  asOf: string | null;
};

/** Applications matching the filters: of the pack, and of other packs (which are skipped). */
export async function countMatching(
  db: Executor,
  packId: string,
  filters: ApplicationFilters,
): Promise<{ ofPack: number; ofOtherPacks: number }> {
  const where = applicationFilters(filters);
  const [row] = await db
    .select({
      ofPack: sql<number>`count(*) filter (where ${applications.packId} = ${packId})::int`,
      ofOtherPacks: sql<number>`count(*) filter (where ${applications.packId} <> ${packId})::int`,
    })
    .from(applications)
    .where(where.length > 0 ? and(...where) : undefined);
  return { ofPack: Number(row?.ofPack ?? 0), ofOtherPacks: Number(row?.ofOtherPacks ?? 0) };
}

/** One page of the pack's matching applications after `afterId`, in id order. */
export async function rowsAfter(
  db: Executor,
  packId: string,
  filters: ApplicationFilters,
  afterId: string | undefined,
  size: number,
): Promise<SimulationRow[]> {
  // The latest screening per application, found through the (application_id, seq) unique index.
  const latest = db
    .select({
      // As text, parsed here: both drivers' own JSONB decoding is slower than JSON.parse (PGlite's
      // by a third on the benchmark), and the input is most of what a simulation reads.
      input: sql<string | null>`${screenings.input}::text`.as('input'),
      packVersion: screenings.packVersion,
      asOf: screenings.asOf,
    })
    .from(screenings)
    .where(eq(screenings.applicationId, applications.id))
    .orderBy(desc(screenings.seq))
    .limit(1)
    .as('latest');
  const where: SQL[] = [eq(applications.packId, packId), ...applicationFilters(filters)];
  if (afterId) where.push(gt(applications.id, afterId));
  const rows = await db
    .select({
      id: applications.id,
      status: applications.status,
      submittedOn: applications.submittedOn,
      projectName: applications.projectName,
      investorName: applications.investorName,
      capitalUsd: applications.capitalUsd,
      input: latest.input,
      packVersion: latest.packVersion,
      asOf: latest.asOf,
    })
    .from(applications)
    .leftJoinLateral(latest, sql`true`)
    .where(and(...where))
    .orderBy(asc(applications.id))
    .limit(size);
  return rows.map((r) => ({
    ...r,
    capitalUsd: Number(r.capitalUsd),
    input: r.input === null ? null : (JSON.parse(r.input) as unknown),
  }));
}
