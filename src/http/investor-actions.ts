/**
 * What an investor does with the receipt token of their application: resubmit the proposal after
 * the department asked for information, or withdraw. Public, rate limited, and a wrong receipt
 * answers exactly like a missing application (404).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resubmitApplication, withdrawApplication } from '../applications/investor-actions.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import type { PublicWriteLimit } from './rate-limit.js';
import {
  ApplicationParams,
  ProposalBody,
  ReceiptQuery,
  ResubmittedOut,
  WithdrawalInput,
  WithdrawnOut,
} from './schemas/applications.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

export function investorActionRoutes(deps: ServiceDeps & PublicWriteLimit): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  const resubmit = createRoute({
    method: 'post',
    path: '/{id}/resubmission',
    tags: ['applications'],
    summary: 'Resubmit the proposal after a request for information (receipt holder)',
    description:
      'The whole proposal again. The original submission date and pack still apply, whatever the body says. ' +
      'Rate limited per client address.',
    middleware: [deps.publicWriteLimit, jsonBody()] as const,
    request: { params: ApplicationParams, query: ReceiptQuery, body: ProposalBody },
    responses: {
      200: {
        description: 'Resubmitted and screened again',
        content: { 'application/json': { schema: ResubmittedOut } },
      },
      ...problemResponses(400, 404, 409, 413, 415, 429),
    },
  });
  app.openapi(resubmit, async (c) => {
    const { id } = c.req.valid('param');
    const { receipt } = c.req.valid('query');
    const done = await resubmitApplication(serviceContext(c, deps), id, receipt, c.get('body'));
    return c.json(done, 200);
  });

  const withdraw = createRoute({
    method: 'post',
    path: '/{id}/withdrawal',
    tags: ['applications'],
    summary: 'Withdraw the application (receipt holder)',
    description: 'The body, with an optional note, may be empty. Rate limited per client address.',
    middleware: [deps.publicWriteLimit, jsonBody({ optional: true })] as const,
    request: {
      params: ApplicationParams,
      query: ReceiptQuery,
      body: { required: false, content: { 'application/json': { schema: WithdrawalInput } } },
    },
    responses: {
      200: { description: 'Withdrawn', content: { 'application/json': { schema: WithdrawnOut } } },
      ...problemResponses(400, 404, 409, 413, 415, 429),
    },
  });
  app.openapi(withdraw, async (c) => {
    const { id } = c.req.valid('param');
    const { receipt } = c.req.valid('query');
    const { note } = c.req.valid('json');
    const done = await withdrawApplication(serviceContext(c, deps), id, receipt, note ?? '');
    return c.json(done, 200);
  });

  return app;
}
