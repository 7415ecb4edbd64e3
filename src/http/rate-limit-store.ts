/**
 * The rate-limit counts in the database, for instances sharing one PostgreSQL: one row per client
 * and window, incremented by a single `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which
 * PostgreSQL makes atomic (a concurrent insert of the same row waits for the first and then
 * updates it), so no two requests anywhere can both take the last slot.
 */
import { createHash } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rateLimitCounters } from '../db/schema.js';
import { RATE_LIMIT_WINDOW_MS, type RateLimitStore } from './rate-limit.js';

/**
 * The key is a hash of the address: fixed length whatever a forwarded header holds. Each process
 * prunes once per window the windows older than the previous one (one window of slack for
 * instances whose clocks differ slightly); a failed prune is retried in the next window's first
 * request, and never fails the request itself.
 */
export function databaseRateLimitStore(db: Database): RateLimitStore {
  let prunedAt = Number.NEGATIVE_INFINITY;
  const prune = async (windowStart: number) => {
    if (windowStart <= prunedAt) return;
    prunedAt = windowStart;
    try {
      await db
        .delete(rateLimitCounters)
        .where(lt(rateLimitCounters.windowStart, new Date(windowStart - RATE_LIMIT_WINDOW_MS)));
    } catch {
      prunedAt = Number.NEGATIVE_INFINITY;
    }
  };
  return {
    async hit(client, windowStart) {
      const key = createHash('sha256').update(client).digest('hex');
      const [row] = await db
        .insert(rateLimitCounters)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: [rateLimitCounters.key, rateLimitCounters.windowStart],
          set: { count: sql`${rateLimitCounters.count} + 1` },
        })
        .returning({ count: rateLimitCounters.count });
      await prune(windowStart.getTime());
      if (!row) throw new Error('rate limit counter: the upsert returned no row');
      return row.count;
    },
  };
}
