/**
 * A database of the suite's own, migrations applied, for tests that count every row of a table:
 * the run's shared PostgreSQL database is written by other files in parallel, so counts there
 * would move under the test. PGlite gets a fresh in-memory database; PostgreSQL a scratch database
 * created next to the run's one and dropped at the end.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import type { DriverName } from './database.js';

export type ScratchDatabase = { handle: DatabaseHandle; drop(): Promise<void> };

export async function scratchDatabase(driver: DriverName): Promise<ScratchDatabase> {
  if (driver === 'pglite') {
    const handle = await openDatabase({ kind: 'memory' });
    await applyMigrations(handle);
    return { handle, drop: () => handle.close() };
  }
  const base = inject('postgresUrl');
  if (!base) throw new Error('no PostgreSQL for this run');
  const name = `fdi_scratch_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 5 });
  await applyMigrations(handle, { url: url.toString() });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
