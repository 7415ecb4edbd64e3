/**
 * The access guard of every /api/ route: reads the bearer token, puts the actor on the context and
 * enforces the route's rule from the access table. A token that is sent must be valid, even on a
 * public route: a mistyped or revoked token is told so, never silently treated as anonymous.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import type { Actor } from '../applications/context.js';
import type { Database } from '../db/client.js';
import { text } from '../screening/i18n.js';
import { authenticate } from '../tokens/tokens.js';
import { type Access, accessOf } from './access.js';
import type { AppEnv } from './app-env.js';
import { ProblemError } from './problem.js';

/** Anyone without a token: a visitor, or an investor who submits or answers with a receipt. */
export const PUBLIC_ACTOR: Actor = { role: 'public', name: 'public' };

const BEARER = /^Bearer[ ]+([^\s]+)[ ]*$/i;

function unauthorized(invalidToken: boolean): ProblemError {
  return new ProblemError('unauthorized', {
    detail: invalidToken
      ? text(
          'Mã truy cập không hợp lệ, không tồn tại hoặc đã bị thu hồi.',
          'The access token is malformed, unknown or revoked.',
        )
      : text(
          'Thao tác này cần mã truy cập của cán bộ hoặc quản trị viên: Authorization: Bearer <mã>.',
          "This needs an officer's or an administrator's access token: Authorization: Bearer <token>.",
        ),
    // RFC 6750 §3: the challenge, and why a presented token failed.
    headers: {
      'WWW-Authenticate': invalidToken ? 'Bearer error="invalid_token"' : 'Bearer',
    },
  });
}

function forbidden(): ProblemError {
  return new ProblemError('forbidden', {
    detail: text(
      'Thao tác này chỉ dành cho quản trị viên; mã truy cập này thuộc vai trò cán bộ.',
      'Only an administrator may do this; this token has the officer role.',
    ),
  });
}

/**
 * The endpoint the request reached (method and path as registered), or undefined when none did —
 * the 404 and 405 handlers answer those. Middleware registered with `use` has method ALL.
 */
function endpointOf(c: Context): { method: string; path: string } | undefined {
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  const route = matchedRoutes(c).findLast((r) => r.method === method && !r.path.endsWith('*'));
  return route && { method, path: route.path };
}

async function actorOf(c: Context, db: Database | undefined): Promise<Actor> {
  const header = c.req.header('authorization');
  if (header === undefined) return PUBLIC_ACTOR;
  const token = BEARER.exec(header)?.[1];
  // Without a database there is no token store to check a token against, so none is valid.
  const holder = token && db ? await authenticate(db, token) : undefined;
  if (!holder) throw unauthorized(true);
  return { role: holder.role, name: holder.name, tokenId: holder.id };
}

function allows(access: Access, actor: Actor): 'yes' | 'no_token' | 'wrong_role' {
  if (access === 'public' || access === 'receipt') return 'yes';
  if (actor.role === 'admin') return 'yes';
  if (actor.role === 'officer') return access === 'officer' ? 'yes' : 'wrong_role';
  return 'no_token';
}

export function accessGuard(db: Database | undefined) {
  return createMiddleware<AppEnv>(async function accessGuard(c, next) {
    const endpoint = endpointOf(c);
    if (!endpoint) return next();
    // A route missing from the table is for administrators only until someone writes its rule.
    const access = accessOf(endpoint.method, endpoint.path) ?? 'admin';
    const actor = await actorOf(c, db);
    const verdict = allows(access, actor);
    if (verdict === 'no_token') throw unauthorized(false);
    if (verdict === 'wrong_role') throw forbidden();
    c.set('actor', actor);
    return next();
  });
}
