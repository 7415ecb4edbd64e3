/** Fetch-or-fail helpers shared by the application verbs. */
import { desc, eq } from 'drizzle-orm';
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
  return row;
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
