/**
 * Administrators manage access tokens through the API: a new token's secret is shown once and
 * works at once; listed tokens never show secrets; a revoked token stops working at once.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';

type TokenInfo = {
  id: string;
  name: string;
  role: string;
  prefix: string;
  revokedAt: string | null;
};

describeEachDatabase('the tokens API', (open) => {
  let api: Awaited<ReturnType<typeof databaseApp>>;
  let admin: string;
  beforeAll(async () => {
    api = await databaseApp(await open());
    admin = await api.token('admin');
  });

  it('creates an officer token shown once, which then opens the officer routes', async () => {
    const res = await api.call('POST', '/api/v1/tokens', {
      token: admin,
      body: { role: 'officer', name: 'Nguyễn Văn A' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = await json<TokenInfo & { token: string }>(res);
    expect(created).toMatchObject({ role: 'officer', name: 'Nguyễn Văn A', revokedAt: null });
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const list = await api.call('GET', '/api/v1/applications', { token: created.token });
    expect(list.status).toBe(200);
  });

  it('lists tokens without their secrets', async () => {
    const made = await json<{ id: string; token: string }>(
      await api.call('POST', '/api/v1/tokens', {
        token: admin,
        body: { role: 'admin', name: 'Listed' },
      }),
    );
    const res = await api.call('GET', '/api/v1/tokens', { token: admin });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(made.token);
    const body = JSON.parse(text) as { items: TokenInfo[]; nextCursor: null };
    expect(body.nextCursor).toBeNull();
    expect(body.items.find((t) => t.id === made.id)).toMatchObject({
      name: 'Listed',
      role: 'admin',
    });
    for (const item of body.items) expect(item).not.toHaveProperty('token');
  });

  it('revokes a token, which is refused from then on and stays listed as revoked', async () => {
    const made = await json<{ id: string; token: string }>(
      await api.call('POST', '/api/v1/tokens', {
        token: admin,
        body: { role: 'officer', name: 'Leaving' },
      }),
    );
    const res = await api.call('DELETE', `/api/v1/tokens/${made.id}`, { token: admin });
    expect(res.status).toBe(200);
    const revoked = await json<TokenInfo>(res);
    expect(revoked).toMatchObject({ id: made.id, name: 'Leaving' });
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect((await api.call('GET', '/api/v1/applications', { token: made.token })).status).toBe(401);
  });

  it('refuses a token of an unknown role or without a name, listing both problems', async () => {
    const res = await api.call('POST', '/api/v1/tokens', {
      token: admin,
      body: { role: 'superuser', name: '  ' },
    });
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors.map((e) => e.path).sort()).toEqual(['name', 'role']);
  });

  it('answers 404 when revoking a token that does not exist', async () => {
    for (const id of [crypto.randomUUID(), 'nope']) {
      const res = await api.call('DELETE', `/api/v1/tokens/${id}`, { token: admin });
      expect(res.status, id).toBe(404);
    }
  });
});
