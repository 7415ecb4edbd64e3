/**
 * Opens the database behind one interface: embedded PGlite in `DATA_DIR` when no `DATABASE_URL` is
 * set (so `npm start` works on a bare machine), postgres.js against a PostgreSQL server otherwise.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or a transaction: verbs accept both so callers can compose them. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Where the data lives, for logs: a directory, `memory`, or the server without credentials. */
  location: string;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; max?: number }
  | { kind: 'pglite'; dataDir: string; role: string }
  | { kind: 'memory' };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Database;
    const url = new URL(options.url);
    return {
      db,
      driver: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const release =
    options.kind === 'pglite'
      ? await acquireDataDirLock(options.dataDir, options.role)
      : async () => {};
  try {
    const client =
      options.kind === 'pglite'
        ? await PGlite.create(join(options.dataDir, 'pglite'), { extensions: { pg_trgm } })
        : await PGlite.create({ extensions: { pg_trgm } });
    const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
    return {
      db,
      driver: 'pglite',
      location: options.kind === 'pglite' ? options.dataDir : 'memory',
      close: async () => {
        await client.close();
        await release();
      },
    };
  } catch (e) {
    await release();
    throw e;
  }
}

export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
