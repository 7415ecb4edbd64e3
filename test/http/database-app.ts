/**
 * The app with a database, as the process builds it, for the API suites: tokens made through
 * `createToken`, and a small request helper that speaks JSON and bearer tokens.
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/app.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { jsonLogger, type Logger } from '../../src/http/logger.js';
import type { RateLimitOptions } from '../../src/http/rate-limit.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import { createToken, revokeToken, type TokenRole } from '../../src/tokens/tokens.js';
import { context } from '../support/context.js';
import { repoPacks } from '../support/packs.js';
import { NOW } from './test-app.js';

export type AppOptions = { rateLimit?: RateLimitOptions; logger?: Logger; clock?: () => Date };

export async function databaseApp(handle: DatabaseHandle, options: AppOptions = {}) {
  const { registry: packs } = await repoPacks();
  // Replays read pack versions from the database, as the process stores them at start-up.
  await syncPackVersions(handle.db, packs, 'test');
  const app = createApp({
    packs,
    clock: options.clock ?? (() => NOW),
    logger: options.logger ?? jsonLogger('silent'),
    db: handle,
    // High by default so that suites making many applications do not meet the limit by accident.
    rateLimit: options.rateLimit ?? { perMinute: 100_000, trustProxy: false },
  });
  const setup = context(handle.db, packs, { role: 'admin', name: 'Test setup' });

  /** A fresh token of the role, as an administrator would create it. */
  const token = async (role: TokenRole) =>
    (await createToken(setup, { role, name: `Test ${role} ${randomUUID().slice(0, 8)}` })).token;

  /** A token that existed and was revoked. */
  const revokedToken = async (role: TokenRole) => {
    const made = await createToken(setup, { role, name: `Revoked ${randomUUID().slice(0, 8)}` });
    await revokeToken(setup, made.id);
    return made.token;
  };

  type Call = { token?: string; body?: unknown; headers?: Record<string, string> };
  /** One request: a body is sent as JSON, a token as a bearer credential. */
  const call = (method: string, path: string, { token, body, headers = {} }: Call = {}) => {
    const all: Record<string, string> = { ...headers };
    if (token !== undefined) all.Authorization = `Bearer ${token}`;
    if (body !== undefined) all['Content-Type'] ??= 'application/json';
    return app.request(path, {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };

  return { app, packs, token, revokedToken, call };
}

/** The body of a response, typed loosely for assertions. */
export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
