/**
 * Crash safety with real processes and real signals, on embedded PGlite and on PostgreSQL: a
 * SIGKILL in the middle of submissions or of a statistics import leaves whole transactions only,
 * everything acknowledged is kept, the embedded database's lock does not outlive its process, and
 * SIGTERM lets the requests in flight finish before the process exits 0.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { proposal } from '../support/context.js';
import { drivers } from '../support/database.js';
import { brokenRules, noneBroken, rowsOf } from './consistency.js';
import { killHard, startCli, startServer, waitFor } from './processes.js';
import { type ScratchStorage, scratchStorage } from './storage.js';
import { directoryBytes, holdRequest, statisticsCsv, submitUntilStopped } from './traffic.js';

const IMPORT_ROWS = 20_000;

async function lockHolderPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'pglite.lock'), 'utf8').catch(() => undefined);
  if (!text) return undefined;
  try {
    return (JSON.parse(text) as { pid?: number }).pid;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

for (const driver of drivers()) {
  describe(`crash safety (${driver})`, { timeout: 90_000 }, () => {
    let storage: ScratchStorage;
    beforeAll(async () => {
      storage = await scratchStorage(driver, inject('postgresUrl'));
    });
    afterAll(() => storage?.remove());

    /** Reads the stored data from the test process (the children are gone by then). */
    async function withStored<T>(
      work: (db: Awaited<ReturnType<ScratchStorage['open']>>['db']) => Promise<T>,
    ): Promise<T> {
      const handle = await storage.open();
      try {
        return await work(handle.db);
      } finally {
        await handle.close();
      }
    }

    it('SIGKILL in the middle of concurrent submissions: every 201 is kept, and only whole submissions are stored', async () => {
      const server = await startServer(storage.env);
      const traffic = submitUntilStopped(server.url, () => proposal(), 8);
      await waitFor('20 acknowledged submissions', () => traffic.acknowledged.length >= 20, {
        timeoutMs: 40_000,
      });
      // Requests are still in flight: the kill lands in the middle of some of their transactions.
      traffic.stop();
      await killHard(server);
      await traffic.done;
      expect(traffic.unexpected).toEqual([]);
      const acknowledged = [...traffic.acknowledged];

      if (driver === 'pglite') {
        // The dead server's lock is still there; the restart must take it over, not refuse.
        expect(await lockHolderPid(storage.env.DATA_DIR)).toBe(server.pid);
        expect(alive(server.pid)).toBe(false);
      }
      const restarted = await startServer(storage.env);
      for (const { id, receiptToken } of acknowledged) {
        const res = await fetch(
          `${restarted.url}/api/v1/applications/${id}?receipt=${encodeURIComponent(receiptToken)}`,
        );
        expect(res.status, `application ${id} answered 201 before the kill`).toBe(200);
      }
      restarted.process.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);

      await withStored(async (db) => {
        const broken = await brokenRules(db);
        expect(broken).toEqual(noneBroken(broken));
        const [count] = await rowsOf(db, sql`select count(*)::int as n from applications`);
        expect(Number(count?.n)).toBeGreaterThanOrEqual(acknowledged.length);
      });
    });

    it('SIGKILL in the middle of `fdi import`: all of the file or none of it, and the running totals agree with the ledger', async () => {
      const marker = `Crash test import ${randomUUID()}`;
      const file = join(storage.env.DATA_DIR, 'large-statistics.csv');
      await writeFile(file, statisticsCsv(IMPORT_ROWS, marker));

      const importing = startCli(['fdi', 'import', file], storage.env);
      let ended: number | string | undefined;
      void importing.exited.then((code) => {
        ended = code;
      });
      const midImport = await midImportProbe(importing.pid);
      await waitFor('the import to be writing its rows', async () => {
        if (ended !== undefined)
          throw new Error(
            `the import ended (${ended}) before it could be killed:\n${importing.output()}`,
          );
        return (await midImport.writing()) || undefined;
      });
      await killHard(importing);
      await midImport.close();

      // The next command on the same data starts, and works.
      const small = `Crash test import after the kill ${randomUUID()}`;
      const smallFile = join(storage.env.DATA_DIR, 'small-statistics.csv');
      await writeFile(smallFile, statisticsCsv(10, small));
      const after = startCli(['fdi', 'import', smallFile], storage.env);
      expect(await after.exited, after.output()).toBe(0);

      await withStored(async (db) => {
        const count = async (doc: string) =>
          Number(
            (
              await rowsOf(
                db,
                sql`select count(*)::int as n from fdi_entries where source_doc = ${doc}`,
              )
            )[0]?.n,
          );
        expect([0, IMPORT_ROWS]).toContain(await count(marker));
        expect(await count(small)).toBe(10);
        const broken = await brokenRules(db);
        expect(broken).toEqual(noneBroken(broken));
      });
    });

    it('SIGTERM finishes the requests in flight, answers them all 201 and exits 0', async () => {
      const server = await startServer(storage.env);
      const held = await Promise.all(
        Array.from({ length: 16 }, async () =>
          holdRequest(server.url, '/api/v1/applications', await proposal()),
        ),
      );
      // Give the server time to accept every connection and read the headers.
      await new Promise((r) => setTimeout(r, 750));
      const started = Date.now();
      server.process.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 250));
      for (const request of held) request.finish();
      const answers = await Promise.all(held.map((h) => h.answer));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
      expect(await server.exited, server.output()).toBe(0);
      // Not held open by idle keep-alive connections until a timeout.
      expect(Date.now() - started).toBeLessThan(8_000);
      if (driver === 'pglite') expect(await lockHolderPid(storage.env.DATA_DIR)).toBeUndefined();

      const ids = answers.map((a) => (JSON.parse(a.body) as { id: string }).id);
      await withStored(async (db) => {
        const rows = await rowsOf(
          db,
          sql`select id::text as id from applications where id::text in ${ids}`,
        );
        expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
        const broken = await brokenRules(db);
        expect(broken).toEqual(noneBroken(broken));
      });
    });

    /**
     * When a running import is surely inside its transaction. PostgreSQL: another session holds
     * a row-exclusive lock on the ledger (taken by the first insert, kept until commit). PGlite:
     * the import holds the directory lock and the tables have grown on disk.
     */
    async function midImportProbe(pid: number) {
      if (driver === 'postgres') {
        const client = postgres(storage.env.DATABASE_URL, { max: 1, onnotice: () => {} });
        return {
          async writing() {
            const rows = await client`
              select 1 from pg_locks l join pg_class c on c.oid = l.relation
              where c.relname = 'fdi_entries' and l.mode = 'RowExclusiveLock'
                and l.granted and l.pid <> pg_backend_pid()`;
            return rows.length > 0;
          },
          close: () => client.end({ timeout: 5 }),
        };
      }
      const base = join(storage.env.DATA_DIR, 'pglite', 'base');
      const before = await directoryBytes(base);
      return {
        async writing() {
          if ((await lockHolderPid(storage.env.DATA_DIR)) !== pid) return false;
          return (await directoryBytes(base)) - before > 512 * 1024;
        },
        close: async () => {},
      };
    }
  });
}
