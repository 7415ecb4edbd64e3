/**
 * `GET /readyz`: ready when the database answers and every committed migration is applied. Whatever
 * goes wrong while checking is an answer (503, not ready), never an error: a probe needs a verdict.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { ping } from '../db/client.js';
import { expectedMigrations, migrationStatus } from '../db/migrate.js';
import type { AppEnv } from './app-env.js';

const Readiness = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    database: z.object({ driver: z.enum(['pglite', 'postgres']), reachable: z.boolean() }),
    migrations: z.object({
      applied: z.number().int(),
      expected: z.number().int().meta({ description: 'Migrations committed with this version' }),
    }),
  })
  .meta({ id: 'Readiness' });
type Readiness = z.infer<typeof Readiness>;

const getReadiness = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['health'],
  summary: 'Database reachable and migrations applied',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: Readiness } } },
    503: {
      description: 'Not ready: the database does not answer or migrations are missing',
      content: { 'application/json': { schema: Readiness } },
    },
  },
});

async function checkReadiness(handle: DatabaseHandle): Promise<Readiness> {
  const database = { driver: handle.driver, reachable: false };
  let migrations = { applied: 0, expected: 0 };
  try {
    migrations.expected = expectedMigrations();
    await ping(handle.db);
    database.reachable = true;
    migrations = await migrationStatus(handle.db);
  } catch {
    // Reported as not ready below; the probe's caller sees which part failed.
  }
  const ready =
    database.reachable && migrations.expected > 0 && migrations.applied >= migrations.expected;
  return { status: ready ? 'ready' : 'not_ready', database, migrations };
}

export function readinessRoutes(handle: DatabaseHandle): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(getReadiness, async (c) => {
    const readiness = await checkReadiness(handle);
    c.header('Cache-Control', 'no-store');
    return readiness.status === 'ready' ? c.json(readiness, 200) : c.json(readiness, 503);
  });
  return app;
}
