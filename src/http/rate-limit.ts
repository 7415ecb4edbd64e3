/**
 * A fixed-window limit on public writes per client address: at most `perMinute` requests in each
 * clock minute, then 429 with Retry-After until the minute ends. Counts live in this process only;
 * behind several instances each keeps its own.
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

const WINDOW_MS = 60_000;

export function rateLimit({ perMinute, trustProxy }: RateLimitOptions, clock: () => Date) {
  let window = Number.NaN;
  // Only the current window's counts are kept, so memory is bounded by one minute's clients.
  let counts = new Map<string, number>();

  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    const now = clock().getTime();
    const current = Math.floor(now / WINDOW_MS);
    if (current !== window) {
      window = current;
      counts = new Map();
    }
    const key = clientAddress(c, trustProxy);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > perMinute) {
      const seconds = Math.max(1, Math.ceil(((current + 1) * WINDOW_MS - now) / 1000));
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
