/**
 * Scratch databases for the database benchmarks: PGlite in memory always, and a database created
 * for the run in the PostgreSQL server of BENCH_DATABASE_URL (dropped at the end) when it is set.
 * Both are migrated as the service migrates; bulk loads go to the driver's client directly.
 */
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrate.js';

export type Scratch = {
  /** For the tables' titles: the driver and where it runs. */
  label: string;
  handle: DatabaseHandle;
  /** Runs SQL text on the driver's own client (one or more statements, no parameters). */
  exec(text: string): Promise<void>;
  /** Closes the handle and removes whatever the scratch database left behind. */
  drop(): Promise<void>;
};

/** drizzle keeps the driver's client on the database object. */
const clientOf = <T>(handle: DatabaseHandle) => (handle.db as unknown as { $client: T }).$client;

export async function pgliteScratch(): Promise<Scratch> {
  const handle = await openDatabase({ kind: 'memory' });
  await applyMigrations(handle);
  const client = clientOf<PGlite>(handle);
  return {
    label: 'PGlite in memory',
    handle,
    exec: async (text) => {
      await client.exec(text);
    },
    drop: () => handle.close(),
  };
}

export async function postgresScratch(baseUrl: string): Promise<Scratch> {
  const name = `fdi_bench_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 });
  await applyMigrations(handle, { url: url.toString() });
  const client = clientOf<postgres.Sql>(handle);
  const version = await client.unsafe<{ v: string }[]>(
    `select current_setting('server_version') as v`,
  );
  return {
    label: `PostgreSQL ${version[0]?.v ?? ''} (${url.host}/${name})`,
    handle,
    exec: async (text) => {
      await client.unsafe(text);
    },
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** A SQL literal for the bench's own generated values (never outside input). */
export function literal(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

export const textArray = (values: readonly string[]) =>
  `(array[${values.map(literal).join(',')}]::text[])`;

/** Multi-row INSERTs of literal rows, a thousand rows a statement. */
export async function insertRows(
  scratch: Scratch,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows
      .slice(i, i + 1000)
      .map((r) => `(${r.map(literal).join(',')})`)
      .join(',\n');
    await scratch.exec(`insert into ${table} (${columns.join(', ')}) values ${values}`);
  }
}

/** `\r`-progress of a long load on a terminal; nothing in a log. */
export function loadProgress(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, total) => {
    process.stderr.write(`\r${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    if (done >= total) process.stderr.write('\n');
  };
}
