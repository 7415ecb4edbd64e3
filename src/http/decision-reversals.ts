/**
 * `POST /applications/{id}/reversal` (admin): undoes an approval or a rejection, with a note. The
 * application goes back under review; an approval's FDI ledger entry is cancelled by an opposite
 * entry, so the ledger keeps both and the progress no longer counts the capital.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ReversalInput, reverseDecision } from '../applications/reverse-decision.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import { ApplicationParams, ReversalOut } from './schemas/applications.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const reverse = createRoute({
  method: 'post',
  path: '/{id}/reversal',
  tags: ['applications'],
  summary: 'Reverse an approval or a rejection (admin), with a note',
  description:
    'Only an approved or rejected application can be reversed (409 with the actions allowed otherwise). It goes ' +
    'back under review and can be decided again. For an approval, an entry of the opposite amount is added to ' +
    'the FDI ledger; the approval entry stays, so the history shows both.',
  middleware: [jsonBody()] as const,
  request: { params: ApplicationParams, body: { required: true, content: json(ReversalInput) } },
  responses: {
    200: { description: 'Reversed', content: json(ReversalOut) },
    ...problemResponses(400, 404, 409, 413, 415),
  },
});

export function decisionReversalRoutes(deps: ServiceDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(reverse, async (c) => {
    const { id } = c.req.valid('param');
    const done = await reverseDecision(serviceContext(c, deps), id, c.req.valid('json'));
    return c.json(done, 200);
  });

  return app;
}
