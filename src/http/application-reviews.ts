/**
 * An officer's work on an application: verify declared facts, rescreen with the verified values,
 * decide, and replay a stored screening to show it reproduces byte for byte.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { DecisionInput, recordDecision } from '../applications/record-decision.js';
import { recordVerifications, VerificationInput } from '../applications/record-verification.js';
import { ReplayInput, replayScreening } from '../applications/replay-screening.js';
import { RescreenInput, rescreenApplication } from '../applications/rescreen-application.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import {
  ApplicationParams,
  DecisionOut,
  ReplayOut,
  RescreenedOut,
  VerifiedOut,
} from './schemas/applications.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const verify = createRoute({
  method: 'post',
  path: '/{id}/verifications',
  tags: ['applications'],
  summary: 'Mark declared facts verified, or correct them, each with a note',
  description:
    'One item `{ path, value?, verified: true, note }` or `{ items: [ … ] }`. Without `value` the declared value is ' +
    'confirmed; with it, corrected. The corrected proposal must still be valid. A rescreen then uses these values.',
  middleware: [jsonBody()] as const,
  request: {
    params: ApplicationParams,
    body: { required: true, content: json(VerificationInput) },
  },
  responses: {
    200: { description: 'Recorded', content: json(VerifiedOut) },
    ...problemResponses(400, 404, 409, 413, 415),
  },
});

const rescreen = createRoute({
  method: 'post',
  path: '/{id}/screenings',
  tags: ['applications'],
  summary: 'Rescreen with the verified values',
  description:
    'Under the pack version in force on the submission date, or the `version` named. The body may be empty.',
  middleware: [jsonBody({ optional: true })] as const,
  request: { params: ApplicationParams, body: { required: false, content: json(RescreenInput) } },
  responses: {
    200: { description: 'The new screening', content: json(RescreenedOut) },
    ...problemResponses(400, 404, 409, 413, 415),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/{id}/decision',
  tags: ['applications'],
  summary: 'Approve, reject or request information',
  description:
    'A decided application cannot be decided again (409 with the actions allowed), except that after ' +
    '`request_info` the investor may resubmit and the application can be decided anew.',
  middleware: [jsonBody()] as const,
  request: { params: ApplicationParams, body: { required: true, content: json(DecisionInput) } },
  responses: {
    200: { description: 'Recorded', content: json(DecisionOut) },
    ...problemResponses(400, 404, 409, 413, 415),
  },
});

const replay = createRoute({
  method: 'post',
  path: '/{id}/replay',
  tags: ['applications'],
  summary: 'Re-run a stored screening under its stored pack version',
  description:
    'The latest screening, or screening number `seq`. Says whether the result is byte for byte the one stored, ' +
    'and where it differs if not. The body may be empty.',
  middleware: [jsonBody({ optional: true })] as const,
  request: { params: ApplicationParams, body: { required: false, content: json(ReplayInput) } },
  responses: {
    200: { description: 'The replay', content: json(ReplayOut) },
    ...problemResponses(400, 404, 413, 415),
  },
});

export function applicationReviewRoutes(deps: ServiceDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(verify, async (c) => {
    const { id } = c.req.valid('param');
    const done = await recordVerifications(serviceContext(c, deps), id, c.req.valid('json'));
    return c.json(done, 200);
  });

  app.openapi(rescreen, async (c) => {
    const { id } = c.req.valid('param');
    const done = await rescreenApplication(serviceContext(c, deps), id, c.req.valid('json'));
    return c.json(done, 200);
  });

  app.openapi(decide, async (c) => {
    const { id } = c.req.valid('param');
    const done = await recordDecision(serviceContext(c, deps), id, c.req.valid('json'));
    return c.json(done, 200);
  });

  app.openapi(replay, async (c) => {
    const { id } = c.req.valid('param');
    const done = await replayScreening(serviceContext(c, deps), id, c.req.valid('json'));
    return c.json(done, 200);
  });

  return app;
}
