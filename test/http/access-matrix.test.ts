/**
 * The access matrix: every route of the access table × every kind of caller → the answer it must
 * get. Generated from ROUTE_ACCESS, so a new route is covered the day it is added, and an access
 * kind without a row of expectations fails. access.test.ts checks the table against the app's
 * routes, the challenge headers and the OpenAPI document; this file walks the whole cross product,
 * including what access.test.ts does not: a receipt never opens an officer's or an administrator's
 * route, an unknown well-formed token is refused everywhere, the holder's own receipt is let
 * through, no cell is ever a 5xx, and no secret used anywhere in the matrix reaches a log line.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Access, ROUTE_ACCESS } from '../../src/http/access.js';
import { jsonLogger } from '../../src/http/logger.js';
import { createToken } from '../../src/tokens/tokens.js';
import { context, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';
import { PACK_ID } from './test-app.js';

type Caller =
  | 'no token'
  | 'malformed token'
  | 'unknown token'
  | 'revoked token'
  | 'officer'
  | 'admin'
  | "another application's receipt"
  | "the application's own receipt";

/**
 * - `refused`: 401 (no or bad credentials), `forbidden`: 403 (right credentials, wrong role),
 * - `hidden`: 404 (a receipt route answers as if the application did not exist),
 * - `served`: the verb ran — 2xx, or its own 4xx for the (empty) body or the application's state.
 */
type Outcome = 'refused' | 'forbidden' | 'hidden' | 'served';

const BAD_CREDENTIALS = {
  'no token': 'refused',
  'malformed token': 'refused',
  'unknown token': 'refused',
  'revoked token': 'refused',
} as const;

/**
 * What each caller gets, per access kind. Typed by `Access`, so a new kind does not compile
 * without its row; checked again at run time for each route below.
 */
const EXPECTED: Record<Access, Partial<Record<Caller, Outcome | ((method: string) => Outcome)>>> = {
  public: {
    ...BAD_CREDENTIALS,
    // Without credentials a public route is open; a credential that is sent must still be valid.
    'no token': 'served',
    officer: 'served',
    admin: 'served',
    "another application's receipt": 'served',
  },
  receipt: {
    ...BAD_CREDENTIALS,
    // No receipt looks exactly like a missing application.
    'no token': 'hidden',
    // Officers read any application; only the holder resubmits or withdraws.
    officer: (method) => (method === 'GET' ? 'served' : 'hidden'),
    admin: (method) => (method === 'GET' ? 'served' : 'hidden'),
    "another application's receipt": 'hidden',
    "the application's own receipt": 'served',
  },
  officer: {
    ...BAD_CREDENTIALS,
    officer: 'served',
    admin: 'served',
    "another application's receipt": 'refused',
    "the application's own receipt": 'refused',
  },
  admin: {
    ...BAD_CREDENTIALS,
    officer: 'forbidden',
    admin: 'served',
    "another application's receipt": 'refused',
    "the application's own receipt": 'refused',
  },
};

const CALLERS: Caller[] = [
  'no token',
  'malformed token',
  'unknown token',
  'revoked token',
  'officer',
  'admin',
  "another application's receipt",
  "the application's own receipt",
];

const STATUS: Record<Exclude<Outcome, 'served'>, number> = {
  refused: 401,
  forbidden: 403,
  hidden: 404,
};

describe('the access matrix', () => {
  it('has an expectation for every caller of every access kind (the own receipt: where one applies)', () => {
    for (const access of Object.keys(EXPECTED) as Access[]) {
      const row = EXPECTED[access];
      const wanted = CALLERS.filter(
        (c) => c !== "the application's own receipt" || access !== 'public',
      );
      expect(
        wanted.filter((c) => row[c] === undefined),
        access,
      ).toEqual([]);
    }
  });
});

describeEachDatabase('access matrix', (open) => {
  const lines: string[] = [];
  const secrets: string[] = [];
  let api: Awaited<ReturnType<typeof databaseApp>>;
  let other: { id: string; receiptToken: string };
  const credentials = { officer: '', admin: '', revoked: '', unknown: '' };

  const submit = async () =>
    json<{ id: string; receiptToken: string }>(
      await api.call('POST', '/api/v1/applications', { body: await proposal() }),
    );

  beforeAll(async () => {
    api = await databaseApp(await open(), {
      logger: jsonLogger('info', (line) => lines.push(line)),
    });
    credentials.officer = await api.token('officer');
    credentials.admin = await api.token('admin');
    credentials.revoked = await api.revokedToken('officer');
    credentials.unknown = `fdi_${randomBytes(32).toString('base64url')}`;
    other = await submit();
    secrets.push(...Object.values(credentials), other.receiptToken);
  });

  /** A real path for the pattern: things that exist, and a throwaway token to revoke. */
  async function concrete(pattern: string, applicationId: string): Promise<string> {
    let path = pattern;
    if (path.startsWith('/api/v1/tokens/')) {
      const { db } = await open();
      const setup = context(db, api.packs, { role: 'admin', name: 'Matrix setup' });
      const made = await createToken(setup, { role: 'officer', name: 'Matrix throwaway' });
      secrets.push(made.token);
      path = path.replace(':id', made.id);
    }
    return path
      .replace('/rule-packs/:id', `/rule-packs/${PACK_ID}`)
      .replace(':version', '1.0.0')
      .replace(':id', applicationId);
  }

  function credentialOf(caller: Caller, own: string): { authorization?: string; query?: string } {
    switch (caller) {
      case 'no token':
        return {};
      case 'malformed token':
        return { authorization: 'Bearer fdi_short' };
      case 'unknown token':
        return { authorization: `Bearer ${credentials.unknown}` };
      case 'revoked token':
        return { authorization: `Bearer ${credentials.revoked}` };
      case 'officer':
        return { authorization: `Bearer ${credentials.officer}` };
      case 'admin':
        return { authorization: `Bearer ${credentials.admin}` };
      case "another application's receipt":
        return { query: `receipt=${other.receiptToken}` };
      case "the application's own receipt":
        return { query: `receipt=${own}` };
    }
  }

  describe.each(Object.entries(ROUTE_ACCESS))('%s (%s)', (key, access) => {
    it('answers every kind of caller as the matrix says, never with a 5xx', async () => {
      const row = EXPECTED[access as Access];
      expect(row, `no expectations for access "${access}"`).toBeDefined();
      const [method, pattern] = key.split(' ') as [string, string];
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const caller of CALLERS) {
        const rule = row[caller];
        if (rule === undefined) continue;
        const expected = typeof rule === 'function' ? rule(method) : rule;
        // A fresh application per caller: a served withdrawal must not change the next cell.
        const own = await submit();
        secrets.push(own.receiptToken);
        const { authorization, query } = credentialOf(caller, own.receiptToken);
        const path = await concrete(pattern, own.id);
        const body = pattern.endsWith('/resubmission')
          ? await proposal()
          : method === 'POST'
            ? {}
            : undefined;
        const res = await api.call(method, query ? `${path}?${query}` : path, {
          body,
          headers: authorization ? { Authorization: authorization } : {},
        });
        const status = res.status;
        const outcome: Outcome | `unexpected ${number}` =
          status >= 500
            ? `unexpected ${status}`
            : status === 401
              ? 'refused'
              : status === 403
                ? 'forbidden'
                : status === 404
                  ? 'hidden'
                  : 'served';
        got[caller] = outcome === expected ? expected : `${outcome} (${status})`;
        want[caller] = expected;
        if (expected !== 'served') {
          const problem = await json<{ status: number; code: string }>(res);
          expect(problem.status, `${caller}: ${key}`).toBe(STATUS[expected]);
        }
      }
      expect(got).toEqual(want);
    });
  });

  it('wrote no secret used above into any log line', () => {
    // Every request of the matrix was logged; none of the tokens or receipts it used was.
    expect(lines.length).toBeGreaterThan(Object.keys(ROUTE_ACCESS).length * CALLERS.length);
    const all = lines.join('\n');
    const leaked = secrets.filter((s) => all.includes(s));
    expect(leaked).toEqual([]);
    expect(all).not.toContain('receipt=');
    expect(all).not.toMatch(/Bearer\s+fdi_/i);
  });
});
