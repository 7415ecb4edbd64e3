/**
 * A fresh place for one crash test's data: an embedded directory (PGlite), or a scratch database
 * of its own on the run's PostgreSQL server, so that what a test counts is only what its processes
 * wrote. The test process reads it after the children are gone (PGlite admits one process).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import type { DriverName } from '../support/database.js';
import type { Storage } from './processes.js';

export type ScratchStorage = {
  env: Storage;
  /** Opens it from the test process; on PGlite only while no child holds it. */
  open(): Promise<DatabaseHandle>;
  remove(): Promise<void>;
};

export async function scratchStorage(
  driver: DriverName,
  postgresUrl: string | null,
): Promise<ScratchStorage> {
  const dir = await mkdtemp(join(tmpdir(), 'fdi-crash-'));
  if (driver === 'pglite') {
    return {
      env: { DATA_DIR: dir, DATABASE_URL: '' },
      open: () => openDatabase({ kind: 'pglite', dataDir: dir, role: 'crash test' }),
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('no PostgreSQL for this run');
  const name = `fdi_crash_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    // DATA_DIR is set anyway so that nothing falls back to the repository's ./data.
    env: { DATA_DIR: dir, DATABASE_URL: url.toString() },
    open: () => openDatabase({ kind: 'postgres', url: url.toString(), max: 2 }),
    async remove() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
