/**
 * The published statistics in `seeds/fdi-statistics.csv`, loaded into a ledger that has no official
 * statistic for the default pack's jurisdiction yet: at start-up (SEED_STATISTICS) or by hand
 * (`seed statistics`, which `--force` loads again as a new batch).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor, ServiceContext } from '../applications/context.js';
import type { Database, Executor } from '../db/client.js';
import { fdiEntries } from '../db/schema.js';
import { type ImportedStatistics, importStatisticsCsv } from './import-statistics-csv.js';

export const SEED_STATISTICS_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'seeds',
  'fdi-statistics.csv',
);

/** Rows the seed records say so in `created_by` and the audit trail, whoever ran it. */
export const SEED_ACTOR: Actor = { role: 'system', name: 'seed' };

export type SeedStatisticsResult =
  | { loaded: false; jurisdiction: string }
  | ({ loaded: true } & ImportedStatistics);

async function hasOfficialStatistics(db: Executor, jurisdiction: string): Promise<boolean> {
  const found = await db
    .select({ id: fdiEntries.id })
    .from(fdiEntries)
    .where(
      and(
        eq(fdiEntries.jurisdiction, jurisdiction),
        eq(fdiEntries.sourceKind, 'official_statistic'),
      ),
    )
    .limit(1);
  return found.length > 0;
}

export async function seedStatistics(
  ctx: Omit<ServiceContext, 'actor'>,
  options: {
    file?: string;
    force?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SeedStatisticsResult> {
  const packId = ctx.packs.defaultPackId;
  const jurisdiction = ctx.packs.versionsOf(packId).at(-1)?.content.meta.jurisdiction.id;
  if (!jurisdiction) throw new Error(`the default pack ${packId} has no version`);
  const text = await readFile(options.file ?? SEED_STATISTICS_FILE, 'utf8');
  return ctx.db.transaction(async (tx) => {
    // Servers starting together on one PostgreSQL must not both find the ledger empty and seed it.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('fdi-seed-statistics'))`);
    if (!options.force && (await hasOfficialStatistics(tx, jurisdiction)))
      return { loaded: false, jurisdiction };
    const seedCtx = { ...ctx, db: tx as unknown as Database, actor: SEED_ACTOR };
    const recorded = await importStatisticsCsv(seedCtx, text, {
      pack: packId,
      onProgress: options.onProgress,
    });
    return { loaded: true, ...recorded };
  });
}
