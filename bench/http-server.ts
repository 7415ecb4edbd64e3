/**
 * The server the HTTP benchmark loads: the service's app, assembled as `src/index.ts` assembles it
 * (packs, database from DATABASE_URL or DATA_DIR, migrations), with two yardsticks beside it on
 * the same server: a bare Hono hello-world route, and a route that reads the same body and answers
 * a precomputed screening result (the cost of the bytes alone). Prints `{"port":…}` when it listens.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { openDatabaseFromEnv } from '../src/db/open-from-env.js';
import { parseEnv } from '../src/env.js';
import { jsonLogger } from '../src/http/logger.js';
import { loadRegistry } from '../src/screening/load-registry.js';

const env = parseEnv();
const packs = await loadRegistry(env.RULES_DIR, env.DEFAULT_PACK);
const database = await openDatabaseFromEnv(env, 'server', packs);
const app = createApp({
  packs,
  clock: () => new Date(),
  logger: jsonLogger('silent'),
  db: database,
  rateLimit: { perMinute: env.RATE_LIMIT_PER_MINUTE, trustProxy: false },
});

// The second yardstick: a route that reads the same request body and answers a screening's JSON
// computed once — what moving the bytes alone costs, before any validation or screening.
const sample = await app.request('/api/v1/screenings', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: await readFile(
    join(import.meta.dirname, '..', 'seeds', 'proposals', 'semiconductor-plant.json'),
    'utf8',
  ),
});
const sampleResult = await sample.text();

const root = new Hono();
root.get('/hello', (c) => c.text('Hello, world!'));
root.post('/static-result', async (c) => {
  await c.req.json();
  return c.body(sampleResult, 200, { 'content-type': 'application/json' });
});
root.route('/', app);

const server = serve({ fetch: root.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, driver: database.driver })}\n`);
});

process.on('SIGTERM', () => {
  server.close(async () => {
    await database.close();
    process.exit(0);
  });
});
