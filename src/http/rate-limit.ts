/**
 * A fixed-window limit on public writes per client address: at most `perMinute` requests in each
 * clock minute, then 429 with Retry-After until the minute ends. Where the counts live is the
 * injected store: this process's memory (one embedded-database process anyway), or the database
 * when several instances share one PostgreSQL (`rate-limit-store.ts`), so that a client spreading
 * its requests over the instances still has one budget.
 */
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { text } from '../screening/i18n.js';
import type { AppEnv } from './app-env.js';
import { clientAddress } from './client-address.js';
import { ProblemError } from './problem.js';

export type RateLimitOptions = { perMinute: number; trustProxy: boolean };

/** What the sub-apps with public writes receive: the one limiter the app shares between them. */
export type PublicWriteLimit = { publicWriteLimit: MiddlewareHandler<AppEnv> };

/**
 * Counts requests: `hit` adds one to the client's count in the window starting at `windowStart`
 * and resolves to the count including this request. It must be atomic across everyone sharing the
 * store, or two simultaneous requests could both see the last free slot.
 */
export type RateLimitStore = { hit(client: string, windowStart: Date): Promise<number> };

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Counts in this process; only the current window's are kept, so memory is one minute's clients. */
export function memoryRateLimitStore(): RateLimitStore {
  let window = Number.NaN;
  let counts = new Map<string, number>();
  return {
    async hit(client, windowStart) {
      const current = windowStart.getTime();
      if (current !== window) {
        window = current;
        counts = new Map();
      }
      const count = (counts.get(client) ?? 0) + 1;
      counts.set(client, count);
      return count;
    },
  };
}

export function rateLimit(
  { perMinute, trustProxy }: RateLimitOptions,
  clock: () => Date,
  store: RateLimitStore = memoryRateLimitStore(),
) {
  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    const now = clock().getTime();
    const windowStart = Math.floor(now / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS;
    const count = await store.hit(clientAddress(c, trustProxy), new Date(windowStart));
    if (count > perMinute) {
      const seconds = Math.max(1, Math.ceil((windowStart + RATE_LIMIT_WINDOW_MS - now) / 1000));
      throw new ProblemError('too_many_requests', {
        detail: text(
          `Mỗi địa chỉ được gửi tối đa ${perMinute} yêu cầu ghi mỗi phút; hãy thử lại sau ${seconds} giây.`,
          `Each address may send at most ${perMinute} write requests a minute; try again in ${seconds} s.`,
        ),
        headers: { 'Retry-After': String(seconds) },
      });
    }
    await next();
  });
}
