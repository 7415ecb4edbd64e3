/**
 * Public writes are limited per client address in fixed one-minute windows: over the limit, 429
 * with Retry-After until the minute ends. X-Forwarded-For names the client only behind a trusted proxy.
 */
import { expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';

describeEachDatabase('rate limit on public writes', (open) => {
  it('answers the third submission of a minute with 429 and the seconds left, when the limit is 2', async () => {
    // 40 s into a minute: 20 s remain in the window.
    let now = new Date('2025-06-01T20:00:40Z');
    const api = await databaseApp(await open(), {
      rateLimit: { perMinute: 2, trustProxy: false },
      clock: () => now,
    });
    const submit = async () => api.call('POST', '/api/v1/applications', { body: await proposal() });
    expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(201);
    const over = await submit();
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('20');
    const problem = await json<Problem>(over);
    expect(problem).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect(problem.localized.vi.detail).toContain('20 giây');

    // The limit is shared by every public write of the address, not per route.
    const withdrawal = await api.call(
      'POST',
      `/api/v1/applications/${crypto.randomUUID()}/withdrawal?receipt=rcp_x`,
    );
    expect(withdrawal.status).toBe(429);
    // Reads and the self-check are not limited.
    expect((await api.call('GET', '/api/v1/rule-packs')).status).toBe(200);

    now = new Date('2025-06-01T20:01:00Z');
    expect((await submit()).status).toBe(201);
  });

  it('counts each X-Forwarded-For client apart only when the proxy is trusted', async () => {
    const submitFrom = async (api: Awaited<ReturnType<typeof databaseApp>>, address: string) =>
      (
        await api.call('POST', '/api/v1/applications', {
          body: await proposal(),
          headers: { 'X-Forwarded-For': `${address}, 10.0.0.1` },
        })
      ).status;

    const trusting = await databaseApp(await open(), {
      rateLimit: { perMinute: 1, trustProxy: true },
    });
    expect(await submitFrom(trusting, '203.0.113.7')).toBe(201);
    expect(await submitFrom(trusting, '203.0.113.8')).toBe(201);
    expect(await submitFrom(trusting, '203.0.113.7')).toBe(429);

    // Untrusted, the header is anyone's to forge: every request here shares one address.
    const wary = await databaseApp(await open(), {
      rateLimit: { perMinute: 1, trustProxy: false },
    });
    expect(await submitFrom(wary, '203.0.113.7')).toBe(201);
    expect(await submitFrom(wary, '203.0.113.8')).toBe(429);
  });
});
