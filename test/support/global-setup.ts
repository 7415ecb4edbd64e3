/**
 * When TEST_DATABASE_URL is set (CI sets it to the machine's PostgreSQL), creates a scratch
 * database for this run, applies the migrations once, hands its URL to the tests and drops it at
 * the end. Without it, the database suites run on embedded PGlite only.
 */
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    project.provide('postgresUrl', null);
    return;
  }
  const name = `fdi_test_${process.pid}_${Date.now()}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
  await applyMigrations(handle, { url: url.toString() });
  await handle.close();
  project.provide('postgresUrl', url.toString());
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
}
