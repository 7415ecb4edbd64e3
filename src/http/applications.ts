/**
 * Applications as the public and officers see them: submit (public, rate limited, idempotent),
 * read (officer, or the receipt holder), the officers' queue and each application's history.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { applicationHistory } from '../applications/application-history.js';
import { getApplication } from '../applications/get-application.js';
import { ListQuery, listApplications } from '../applications/list-applications.js';
import { submitApplication } from '../applications/submit-application.js';
import { customIssue, type Proposal } from '../screening/proposal-schema.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import type { PublicWriteLimit } from './rate-limit.js';
import {
  ApplicationListOut,
  ApplicationOut,
  ApplicationParams,
  HistoryOut,
  HistoryQuery,
  ProposalBody,
  ReceiptQuery,
  SubmittedOut,
} from './schemas/applications.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .refine(
      (key) => /^[\x20-\x7e]+$/.test(key),
      customIssue(
        'printable_ascii',
        'Chỉ gồm các ký tự ASCII in được (mã 32–126).',
        'Printable ASCII characters only (codes 32–126).',
      ),
    )
    .optional()
    .meta({
      description:
        'Any unique string of 1–200 printable ASCII characters (a UUID is best): a retry with the same key and ' +
        'body returns the first answer and stores nothing twice',
    }),
});

export function applicationRoutes(deps: ServiceDeps & PublicWriteLimit): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  const submit = createRoute({
    method: 'post',
    path: '/',
    tags: ['applications'],
    summary: 'Submit a proposal as an application',
    description:
      'Validates the proposal (every problem listed at once), screens it under the pack in force on `submittedOn` and ' +
      'stores both. The answer carries a receipt token, shown only here. Rate limited per client address.',
    middleware: [deps.publicWriteLimit, jsonBody()] as const,
    request: { headers: IdempotencyHeaders, body: ProposalBody },
    responses: {
      201: {
        description: 'Stored; a retry with the same Idempotency-Key returns this same answer',
        content: { 'application/json': { schema: SubmittedOut } },
      },
      ...problemResponses(400, 413, 415, 422, 429),
    },
  });
  app.openapi(submit, async (c) => {
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    const result = await submitApplication(serviceContext(c, deps), {
      body: c.get('body'),
      idempotencyKey,
    });
    // The receipt token is in this body: no cache may keep it.
    c.header('Cache-Control', 'no-store');
    c.header('Location', `/api/v1/applications/${result.body.id}`);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.body, result.status as 201);
  });

  const list = createRoute({
    method: 'get',
    path: '/',
    tags: ['applications'],
    summary: "The officers' queue: filters, sort and cursor pages",
    request: { query: ListQuery },
    responses: {
      200: {
        description: 'One page of applications',
        content: { 'application/json': { schema: ApplicationListOut } },
      },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const page = await listApplications(serviceContext(c, deps), c.req.valid('query'));
    return c.json(page, 200);
  });

  const read = createRoute({
    method: 'get',
    path: '/{id}',
    tags: ['applications'],
    summary: 'One application with its latest screening',
    description:
      'For an officer, or for anyone holding the receipt token (`?receipt=`). A wrong receipt and a missing ' +
      'application both answer 404, so the answer reveals nothing about applications one does not hold.',
    request: { params: ApplicationParams, query: ReceiptQuery },
    responses: {
      200: {
        description: 'The application',
        content: { 'application/json': { schema: ApplicationOut } },
      },
      ...problemResponses(400, 404),
    },
  });
  app.openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    const { receipt } = c.req.valid('query');
    const view = await getApplication(serviceContext(c, deps), { id, receipt });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ ...view, proposal: view.proposal as Proposal }, 200);
  });

  const history = createRoute({
    method: 'get',
    path: '/{id}/history',
    tags: ['applications'],
    summary: 'Every screening, verification and decision, oldest first, with who and when',
    request: { params: ApplicationParams, query: HistoryQuery },
    responses: {
      200: {
        description: 'One page of events',
        content: { 'application/json': { schema: HistoryOut } },
      },
      ...problemResponses(400, 404),
    },
  });
  app.openapi(history, async (c) => {
    const { id } = c.req.valid('param');
    const page = await applicationHistory(serviceContext(c, deps), id, c.req.valid('query'));
    return c.json(page, 200);
  });

  return app;
}
