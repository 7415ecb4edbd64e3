/** Liveness: the process is up and answering. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from './app-env.js';

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

const getHealth = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'Process is up',
  responses: {
    200: { description: 'The process is up', content: { 'application/json': { schema: Health } } },
  },
});

export function healthRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(getHealth, (c) => c.json({ status: 'ok' as const }, 200));
  return app;
}
