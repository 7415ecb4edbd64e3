/** Fetch-or-fail helpers shared by the application verbs. */
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { applications, screenings } from '../db/schema.js';
import { notFound } from '../service-errors.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type ScreeningRow = typeof screenings.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function missing(id: string) {
  return notFound({ vi: `Không có hồ sơ ${id}.`, en: `No application ${id}.` });
}

/** The application, locked for the rest of the transaction when `forUpdate` (one writer at a time). */
export async function loadApplication(
  tx: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRow> {
  if (!UUID.test(id)) throw missing(id);
  const query = tx.select().from(applications).where(eq(applications.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw missing(id);
  if (options.forUpdate) await lockStatusTotals(tx, row.packId);
  return row;
}

/**
 * Writers of one pack queue here before changing an application. The status-count trigger
 * (migration 0003) takes the rows of the old and the new (band, status) in whatever order the
 * change implies, so two changes in opposite directions on different applications — a rejection
 * and the reversal of another — each held one row and waited for the other: PostgreSQL aborted one
 * with a deadlock (40P01), a 500. One lock per pack, taken after the application's row lock and
 * held to commit, orders them; the ledger's running totals, written later in the same
 * transactions, are ordered by it too.
 */
async function lockStatusTotals(tx: Executor, packId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`application-status:${packId}`}))`);
}

export async function latestScreening(tx: Executor, applicationId: string): Promise<ScreeningRow> {
  const [row] = await tx
    .select()
    .from(screenings)
    .where(eq(screenings.applicationId, applicationId))
    .orderBy(desc(screenings.seq))
    .limit(1);
  if (!row) throw new Error(`application ${applicationId} has no screening`);
  return row;
}
