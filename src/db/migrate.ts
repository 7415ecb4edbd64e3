/**
 * Applies the committed SQL migrations at start-up with the migrator of the driver in use, and
 * reports whether the database is up to date (for `/readyz`). On PostgreSQL an advisory lock keeps
 * several instances starting at once from migrating twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, DatabaseHandle } from './client.js';

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'migrations');
const MIGRATION_LOCK = 7099_2024;

export function expectedMigrations(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export async function applyMigrations(
  handle: DatabaseHandle,
  options: { url?: string; dir?: string } = {},
): Promise<void> {
  const migrationsFolder = options.dir ?? MIGRATIONS_DIR;
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!options.url) throw new Error('applyMigrations needs the PostgreSQL URL');
  const client = postgres(options.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export type MigrationStatus = { applied: number; expected: number };

export async function migrationStatus(
  db: Database,
  dir = MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const expected = expectedMigrations(dir);
  try {
    const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const first = (Array.isArray(rows) ? rows[0] : (rows as { rows: unknown[] }).rows[0]) as
      | { n: number }
      | undefined;
    return { applied: first?.n ?? 0, expected };
  } catch {
    return { applied: 0, expected };
  }
}
