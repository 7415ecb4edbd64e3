/**
 * Every API route has an access rule, and the rule holds: the test walks Hono's own route table, so
 * a route added without a line in src/http/access.ts fails here. Tokens are never written to logs.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Access, ROUTE_ACCESS } from '../../src/http/access.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import { createToken } from '../../src/tokens/tokens.js';
import { context, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';
import { PACK_ID } from './test-app.js';

const ENTRIES = Object.entries(ROUTE_ACCESS) as [string, Access][];
const byAccess = (wanted: Access[]) => ENTRIES.filter(([, access]) => wanted.includes(access));

/** Outside /api/ only these are served, all public: health, readiness and the API description. */
const PUBLIC_OUTSIDE_API = [
  'GET /docs',
  'GET /docs/assets/:name',
  'GET /healthz',
  'GET /openapi.json',
  'GET /readyz',
];

/** Pages anyone may open (the receipt page shows an application to its receipt's holder only). */
const PUBLIC_PAGES = [
  'GET /',
  'GET /applications/:id',
  'GET /criteria',
  'GET /criteria/changelog',
  'GET /officer/sign-in',
  'GET /progress',
  'GET /self-check',
  'GET /self-check/apply',
  'POST /officer/sign-in',
  'POST /self-check',
  'POST /self-check/apply',
];

/** Pages for a signed-in officer: without a session a GET goes to sign-in and a POST is refused. */
const OFFICER_PAGES = [
  'GET /officer',
  'GET /officer/applications/:id',
  'GET /officer/applications/:id/:action{verifications|screenings|decision}',
  'POST /officer/applications/:id/decision',
  'POST /officer/applications/:id/screenings',
  'POST /officer/applications/:id/verifications',
  'POST /officer/sign-out',
];

describeEachDatabase('access to every route', (open) => {
  let api: Awaited<ReturnType<typeof databaseApp>>;
  const tokens = { officer: '', admin: '', revokedOfficer: '', revokedAdmin: '' };
  let application: { id: string; receiptToken: string };
  let other: { id: string; receiptToken: string };

  beforeAll(async () => {
    api = await databaseApp(await open());
    tokens.officer = await api.token('officer');
    tokens.admin = await api.token('admin');
    tokens.revokedOfficer = await api.revokedToken('officer');
    tokens.revokedAdmin = await api.revokedToken('admin');
    const submit = async () =>
      json<{ id: string; receiptToken: string }>(
        await api.call('POST', '/api/v1/applications', { body: await proposal() }),
      );
    application = await submit();
    other = await submit();
  });

  /** A real path for a route pattern: ids of things that exist, a throwaway token to revoke. */
  async function concrete(path: string): Promise<string> {
    if (path.startsWith('/api/v1/tokens/')) {
      const { db } = await open();
      const setup = context(db, api.packs, { role: 'admin', name: 'Test setup' });
      const made = await createToken(setup, { role: 'officer', name: 'Throwaway' });
      return path.replace(':id', made.id);
    }
    if (path.startsWith('/api/v1/rule-packs/')) return path.replace(':id', PACK_ID);
    return path.replace(':id', application.id);
  }

  const request = async (key: string, init: { token?: string; authorization?: string } = {}) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const headers: Record<string, string> = {};
    if (init.authorization) headers.Authorization = init.authorization;
    return api.call(method, await concrete(pattern), {
      token: init.token,
      headers,
      body: method === 'POST' ? {} : undefined,
    });
  };

  it('has one rule for every API route the app serves, and no rule for a route it does not', () => {
    const served = new Set(
      api.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    );
    const underApi = [...served].filter((k) => k.split(' ')[1]?.startsWith('/api/'));
    expect(underApi.filter((k) => !Object.hasOwn(ROUTE_ACCESS, k))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !served.has(k))).toEqual([]);
    // Every other route is named in one of the lists above, so a new page cannot escape a rule.
    const outside = [...served].filter(
      (k) => !underApi.includes(k) && !k.startsWith('GET /assets/'),
    );
    expect(outside.sort()).toEqual(
      [...PUBLIC_OUTSIDE_API, ...PUBLIC_PAGES, ...OFFICER_PAGES].sort(),
    );
  });

  it.each(OFFICER_PAGES)(
    'sends %s to sign-in, or refuses it, without an officer session',
    async (key) => {
      const [method, pattern] = key.split(' ') as [string, string];
      const path = (await concrete(pattern)).replace(
        ':action{verifications|screenings|decision}',
        'decision',
      );
      const res = await api.app.request(path, {
        method,
        headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' },
        ...(method === 'POST' ? { body: 'decision=approve&note=x' } : {}),
      });
      if (method === 'GET') {
        expect([302, 303]).toContain(res.status);
        expect(res.headers.get('location')).toMatch(/^\/officer\/sign-in/);
      } else {
        expect([302, 303, 403]).toContain(res.status);
      }
      const view = await json<{ status: string }>(
        await api.call('GET', `/api/v1/applications/${application.id}`, { token: tokens.officer }),
      );
      expect(view.status).toBe('submitted');
    },
  );

  describe.each(byAccess(['officer', 'admin']))('%s (%s)', (key, access) => {
    it('answers 401 with a Bearer challenge without a token', async () => {
      const res = await request(key);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await json<Problem>(res)).code).toBe('unauthorized');
    });

    it('answers 401 to a made-up token, a token of another scheme and a revoked token', async () => {
      for (const authorization of [
        `Bearer fdi_${randomUUID().replaceAll('-', '')}`,
        'Bearer',
        'Basic b2ZmaWNlcjpzZWNyZXQ=',
        `Bearer ${tokens.revokedOfficer}`,
        `Bearer ${tokens.revokedAdmin}`,
      ]) {
        const res = await request(key, { authorization });
        expect(res.status, authorization).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    });

    if (access === 'admin') {
      it('answers 403 to an officer token', async () => {
        const res = await request(key, { token: tokens.officer });
        expect(res.status).toBe(403);
        expect((await json<Problem>(res)).code).toBe('forbidden');
      });
    }

    it('lets the right token through', async () => {
      const right = access === 'admin' ? [tokens.admin] : [tokens.officer, tokens.admin];
      for (const token of right) {
        const res = await request(key, { token });
        expect([401, 403]).not.toContain(res.status);
      }
    });
  });

  describe.each(byAccess(['receipt']))('%s (%s)', (key) => {
    it("answers 404 with another application's receipt, or none", async () => {
      const [method, pattern] = key.split(' ') as [string, string];
      const body = pattern.endsWith('/resubmission')
        ? await proposal()
        : method === 'POST'
          ? {}
          : undefined;
      for (const query of [`?receipt=${other.receiptToken}`, '']) {
        const path = `${await concrete(pattern)}${query}`;
        const res = await api.call(method, path, { body });
        expect(res.status, path).toBe(404);
        expect((await json<Problem>(res)).code).toBe('not_found');
      }
    });

    it('answers 401 to a revoked token rather than falling back to the receipt', async () => {
      const res = await request(key, { token: tokens.revokedOfficer });
      expect(res.status).toBe(401);
    });
  });

  it('shows an officer the application without a receipt', async () => {
    const res = await api.call('GET', `/api/v1/applications/${application.id}`, {
      token: tokens.officer,
    });
    expect(res.status).toBe(200);
  });

  describe.each(byAccess(['public']))('%s (%s)', (key) => {
    it('is open without a token', async () => {
      expect([401, 403]).not.toContain((await request(key)).status);
    });

    it('answers 401 to a token that is sent but invalid, never silently public', async () => {
      const res = await request(key, { authorization: 'Bearer fdi_notarealtokenatallreally' });
      expect(res.status).toBe(401);
    });
  });

  it('documents the bearer scheme and, for each operation, the access of the table', async () => {
    type Operation = { security?: Record<string, string[]>[]; responses: Record<string, unknown> };
    const doc = await json<{
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
      paths: Record<string, Record<string, Operation>>;
    }>(await api.app.request('/openapi.json'));
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    for (const [key, access] of ENTRIES) {
      const [method, path] = key.split(' ') as [string, string];
      const operation = doc.paths[path.replaceAll(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(operation, key).toBeDefined();
      const expected = {
        public: undefined,
        receipt: [{ bearerAuth: [] }, {}],
        officer: [{ bearerAuth: [] }],
        admin: [{ bearerAuth: [] }],
      }[access];
      expect(operation?.security, key).toEqual(expected);
      expect(operation?.responses['401'], key).toBeDefined();
      expect(operation?.responses['403'] !== undefined, key).toBe(access === 'admin');
    }
  });
});

describeEachDatabase('logs', (open) => {
  it('never contain a bearer token or a receipt token', async () => {
    const lines: string[] = [];
    const { jsonLogger } = await import('../../src/http/logger.js');
    const api = await databaseApp(await open(), {
      logger: jsonLogger('info', (line) => lines.push(line)),
    });
    const officer = await api.token('officer');
    const submitted = await json<{ id: string; receiptToken: string }>(
      await api.call('POST', '/api/v1/applications', { body: await proposal() }),
    );
    await api.call('GET', `/api/v1/applications/${submitted.id}?receipt=${submitted.receiptToken}`);
    await api.call('GET', `/api/v1/applications/${submitted.id}`, { token: officer });
    await api.call('GET', '/api/v1/applications', { token: `${officer}x` });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const all = lines.join('\n');
    expect(all).not.toContain(officer);
    expect(all).not.toContain(submitted.receiptToken);
    expect(all).not.toContain('receipt=');
  });
});
