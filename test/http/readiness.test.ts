/** /readyz says whether the database answers and every migration is applied; a failure is a 503 verdict. */
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { expectedMigrations } from '../../src/db/migrate.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';
import { databaseApp, json } from './database-app.js';
import { NOW } from './test-app.js';

describeEachDatabase('GET /readyz', (open, driver) => {
  it('is ready on a migrated database', async () => {
    const { app } = await databaseApp(await open());
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    const expected = expectedMigrations();
    expect(await json(res)).toEqual({
      status: 'ready',
      database: { driver, reachable: true },
      migrations: { applied: expected, expected },
    });
  });
});

/** The app on a database as it is, without migrating it or storing pack versions. */
async function appOn(handle: DatabaseHandle) {
  return createApp({ packs: (await repoPacks()).registry, clock: () => NOW, db: handle });
}

const fresh = await openDatabase({ kind: 'memory' });
afterAll(() => fresh.close());

it('is not ready (503, same shape) on a fresh database without migrations', async () => {
  const res = await (await appOn(fresh)).request('/readyz');
  expect(res.status).toBe(503);
  expect(await json(res)).toEqual({
    status: 'not_ready',
    database: { driver: 'pglite', reachable: true },
    migrations: { applied: 0, expected: expectedMigrations() },
  });
});

it('is not ready (503, not a problem) when the database does not answer', async () => {
  const closed = await openDatabase({ kind: 'memory' });
  const app = await appOn(closed);
  await closed.close();
  const res = await app.request('/readyz');
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await json(res)).toMatchObject({
    status: 'not_ready',
    database: { driver: 'pglite', reachable: false },
  });
});
