/**
 * No text a client puts in a list filter reaches SQL as code: quotes, comments, wildcards, stacked
 * statements and control characters in `q`, `country`, `sector`, `area` and `band` are answered with
 * a 400 or an empty list — never a 5xx — and the table is intact afterwards.
 */
import { randomUUID } from 'node:crypto';
import { count, ilike } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { applications } from '../../src/db/schema.js';
import { proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';

const ATTACKS = [
  "' OR '1'='1",
  "'; DROP TABLE applications; --",
  "%' OR 1=1 --",
  '") OR 1=1 --',
  "1'; SELECT pg_sleep(5); --",
  "' UNION SELECT receipt_hash, null FROM applications --",
  '%',
  '_',
  '\\',
  "\\'",
  'tan-uyen%',
  '2%',
  'KR--',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '$1',
  '$$; DELETE FROM applications; $$',
  'x'.repeat(201),
];

const FILTERS = ['q', 'country', 'sector', 'area', 'band'];

describeEachDatabase('list filters and SQL injection', (open) => {
  it('answers every hostile filter value with 400 or an empty list, and loses no row', async () => {
    const handle = await open();
    const api = await databaseApp(handle);
    const officer = await api.token('officer');
    const marker = `Injection ${randomUUID().slice(0, 8)}`;
    const submitted = await api.call('POST', '/api/v1/applications', {
      body: await proposal({ 'investor.name': `${marker} (fictional)` }),
    });
    expect(submitted.status).toBe(201);
    const [before] = await handle.db.select({ n: count() }).from(applications);

    for (const filter of FILTERS) {
      for (const value of ATTACKS) {
        const path = `/api/v1/applications?${filter}=${encodeURIComponent(value)}`;
        const res = await api.call('GET', path, { token: officer });
        const label = `${filter}=${JSON.stringify(value)}`;
        expect(res.status, label).toBeLessThan(500);
        if (res.status === 200) {
          expect((await json<{ items: unknown[] }>(res)).items, label).toEqual([]);
        } else {
          expect(res.status, label).toBe(400);
        }
      }
    }

    const [after] = await handle.db.select({ n: count() }).from(applications);
    // Other suites may add rows to a shared PostgreSQL meanwhile, never remove them.
    expect(after?.n).toBeGreaterThanOrEqual(before?.n ?? Number.POSITIVE_INFINITY);
    const mine = await handle.db
      .select({ id: applications.id })
      .from(applications)
      .where(ilike(applications.investorName, `${marker}%`));
    expect(mine).toHaveLength(1);
    const found = await json<{ items: unknown[] }>(
      await api.call('GET', `/api/v1/applications?q=${encodeURIComponent(marker)}`, {
        token: officer,
      }),
    );
    expect(found.items).toHaveLength(1);
  });

  it('refuses unknown query parameters and values out of range, naming each', async () => {
    const api = await databaseApp(await open());
    const officer = await api.token('officer');
    const res = await api.call(
      'GET',
      '/api/v1/applications?limit=0&sort=name&eligible=maybe&from=2025-02-30&colour=blue',
      { token: officer },
    );
    expect(res.status).toBe(400);
    const paths = (await json<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['limit', 'sort', 'eligible', 'from']));
  });
});
