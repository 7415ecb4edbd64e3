/**
 * The rate-limit counts in the database (what instances sharing one PostgreSQL use): simultaneous
 * requests of one client each get their own count, never the same one twice; clients and windows
 * are counted apart; old windows are pruned.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { rateLimitCounters } from '../../src/db/schema.js';
import { memoryRateLimitStore } from '../../src/http/rate-limit.js';
import { databaseRateLimitStore } from '../../src/http/rate-limit-store.js';
import { describeEachDatabase } from '../support/database.js';

describeEachDatabase('rate-limit counts in the database', (open) => {
  it('gives 40 simultaneous requests of one client the counts 1 to 40, each once', async () => {
    const store = databaseRateLimitStore((await open()).db);
    const client = `198.51.100.${randomUUID()}`;
    const window = new Date('2025-06-01T20:00:00Z');
    const counts = await Promise.all(Array.from({ length: 40 }, () => store.hit(client, window)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('counts each client and each window apart, as the in-memory store does', async () => {
    const db = (await open()).db;
    const stores = [databaseRateLimitStore(db), memoryRateLimitStore()];
    const [one, two] = [randomUUID(), randomUUID()];
    const first = new Date('2025-06-01T20:01:00Z');
    const next = new Date('2025-06-01T20:02:00Z');
    for (const store of stores) {
      const seen = [
        await store.hit(one, first),
        await store.hit(one, first),
        await store.hit(two, first),
        await store.hit(one, next),
      ];
      expect(seen).toEqual([1, 2, 1, 1]);
    }
  });

  it('prunes windows older than the previous one and keeps no address in clear', async () => {
    const db = (await open()).db;
    const store = databaseRateLimitStore(db);
    const client = `192.0.2.${randomUUID()}`;
    // Far in the future, so that no other test's window is current after this one. (The prune
    // clears every earlier window in this database: only this file counts in it.)
    const old = new Date('2999-01-01T00:00:00Z');
    const previous = new Date('2999-01-01T00:01:00Z');
    const current = new Date('2999-01-01T00:02:00Z');
    await store.hit(client, old);
    await databaseRateLimitStore(db).hit(client, previous);
    // A fresh store prunes on its first hit; this one prunes when it meets a newer window.
    await store.hit(client, current);
    const rows = await db.select().from(rateLimitCounters);
    const mine = rows.filter((r) => r.windowStart >= old);
    expect(mine.map((r) => r.windowStart.toISOString()).sort()).toEqual([
      previous.toISOString(),
      current.toISOString(),
    ]);
    expect(rows.some((r) => r.key.includes(client))).toBe(false);
    await db.delete(rateLimitCounters).where(eq(rateLimitCounters.windowStart, current));
    await db.delete(rateLimitCounters).where(eq(rateLimitCounters.windowStart, previous));
  });
});
