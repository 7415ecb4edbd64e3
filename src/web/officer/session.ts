/**
 * The officer's session: the access token kept in an HttpOnly cookie, checked with `authenticate` on
 * every request (so a revoked token ends the session at once), and the guard in front of every
 * officer page: no valid session → to sign-in, keeping where the officer was going; a POST without
 * the right anti-forgery code → 403, before anything is read or stored.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { RequestIdVariables } from 'hono/request-id';
import type { Actor } from '../../applications/context.js';
import type { Database } from '../../db/client.js';
import { authenticate } from '../../tokens/tokens.js';
import { CSRF_FIELD, csrfCode, csrfMatches } from './csrf.js';
import { clearCookie, readCookie, SESSION_COOKIE, writeCookie } from './officer-cookies.js';

export type OfficerSession = { actor: Actor; csrf: string };
export type FormBody = Record<string, string>;
export type OfficerEnv = {
  Variables: RequestIdVariables & { session: OfficerSession; form: FormBody };
};

export async function currentSession(
  c: Context,
  db: Database,
): Promise<OfficerSession | undefined> {
  const token = readCookie(c, SESSION_COOKIE);
  if (!token) return undefined;
  const holder = await authenticate(db, token);
  if (!holder) return undefined;
  return {
    actor: { role: holder.role, name: holder.name, tokenId: holder.id },
    csrf: csrfCode(token),
  };
}

export function startSession(c: Context, token: string): void {
  writeCookie(c, SESSION_COOKIE, token);
}

export function endSession(c: Context): void {
  clearCookie(c, SESSION_COOKIE);
}

/**
 * Where a sign-in may send the officer back to: a path of the officer desk only, so the `next`
 * parameter cannot be used to send someone to another site after signing in.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' &&
    /^\/officer(?:[/?][^\\\s]*)?$/.test(next) &&
    !next.includes('//')
    ? next
    : '/officer';
}

export function signInHref(next: string): string {
  return next === '/officer'
    ? '/officer/sign-in'
    : `/officer/sign-in?next=${encodeURIComponent(next)}`;
}

/** Where the officer was going: the page itself, or for a form the page the form was on. */
function returnPath(c: Context): string {
  const url = new URL(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return `${url.pathname}${url.search}`;
  const onCase = /^(\/officer\/applications\/[^/]+)\/[^/]+$/.exec(url.pathname);
  return onCase?.[1] ?? '/officer';
}

/** Only the text fields of a form: the officer forms send no files. */
export async function formBody(c: Context): Promise<FormBody> {
  const body = await c.req.parseBody().catch(() => ({}));
  const out: FormBody = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function requireOfficer(
  db: Database,
  refuse: (c: Context<OfficerEnv>) => Response | Promise<Response>,
) {
  return createMiddleware<OfficerEnv>(async (c, next) => {
    // Case files are not for shared caches, nor for the back button after signing out.
    c.header('Cache-Control', 'no-store');
    const session = await currentSession(c, db);
    if (!session) {
      // A revoked or expired token: stop the browser sending it.
      if (readCookie(c, SESSION_COOKIE) !== undefined) endSession(c);
      return c.redirect(signInHref(returnPath(c)), 303);
    }
    c.set('session', session);
    if (c.req.method === 'POST') {
      const form = await formBody(c);
      if (!csrfMatches(readCookie(c, SESSION_COOKIE) as string, form[CSRF_FIELD])) return refuse(c);
      c.set('form', form);
    }
    await next();
  });
}
