/** Access tokens for officers and administrators (admin only): list, create (secret shown once), revoke. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreateTokenInput, createToken, listTokens, revokeToken } from '../tokens/tokens.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import { problemResponses } from './schemas/problem.js';
import { CreatedTokenOut, TokenListOut, TokenOut } from './schemas/tokens.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['tokens'],
  summary: 'Every token, revoked ones included, without secrets',
  responses: {
    200: { description: 'The tokens', content: { 'application/json': { schema: TokenListOut } } },
  },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags: ['tokens'],
  summary: 'Create a token; the secret is in this answer only',
  middleware: [jsonBody()] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: CreateTokenInput } } },
  },
  responses: {
    201: {
      description: 'Created',
      content: { 'application/json': { schema: CreatedTokenOut } },
    },
    ...problemResponses(400, 413, 415),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['tokens'],
  summary: 'Revoke a token (it stays listed, with the time it was revoked)',
  request: { params: z.object({ id: z.string().meta({ description: 'Token id' }) }) },
  responses: {
    200: {
      description: 'The revoked token',
      content: { 'application/json': { schema: TokenOut } },
    },
    ...problemResponses(404),
  },
});

export function tokenRoutes(deps: ServiceDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(list, async (c) => {
    const items = await listTokens(serviceContext(c, deps));
    return c.json({ items, nextCursor: null }, 200);
  });

  app.openapi(create, async (c) => {
    const created = await createToken(serviceContext(c, deps), c.req.valid('json'));
    c.header('Cache-Control', 'no-store');
    return c.json(created, 201);
  });

  app.openapi(revoke, async (c) => {
    const revoked = await revokeToken(serviceContext(c, deps), c.req.valid('param').id);
    return c.json(revoked, 200);
  });

  return app;
}
