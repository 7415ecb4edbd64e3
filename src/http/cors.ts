/**
 * Cross-origin access to the API, closed unless configured: `CORS_ORIGINS` lists the exact origins
 * (scheme://host[:port]) whose pages may call `/api/` from a browser. Other origins get no CORS
 * header at all — their preflight is answered as any OPTIONS request is (405) — so a browser
 * refuses them. Credentials are never allowed: the API authenticates by bearer token, not cookie.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod';
import type { AppEnv } from './app-env.js';

/** Why an entry is not an origin, for the start-up error. */
function originProblem(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not http or https';
  if (url.origin !== entry) return `not an exact origin (did you mean ${url.origin}?)`;
  return undefined;
}

/** `CORS_ORIGINS`: comma-separated exact origins; empty or unset: none. */
export const CorsOriginsSchema = z.string().transform((value, ctx) => {
  const origins = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of origins) {
    const problem = originProblem(entry);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}" is ${problem}; write scheme://host[:port] without a path / "${entry}" không phải một origin (scheme://host[:port], không có đường dẫn)`,
      });
    }
  }
  return [...new Set(origins)];
});

/** Headers a browser may send cross-origin, and those its script may read from the answer. */
const ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'Accept-Language',
  'X-Request-Id',
];
const EXPOSE_HEADERS = ['X-Request-Id', 'Location', 'Retry-After', 'Idempotent-Replayed'];
const ALLOW_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The CORS middleware for `/api/*`, or none when no origin is allowed. */
export function apiCors(origins: readonly string[]): MiddlewareHandler<AppEnv> | undefined {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  const allow = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ALLOW_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
    credentials: false,
  });
  return async function apiCors(c, next) {
    if (allowed.has(c.req.header('origin') ?? '')) return allow(c, next);
    await next();
    // The answer depends on Origin once any origin is allowed: caches must keep them apart.
    c.header('Vary', 'Origin', { append: true });
  };
}
