/**
 * `POST /api/v1/screenings`: screen a proposal and return the result; nothing is stored. The body
 * goes through `validateProposal`, so structural and catalogue problems are reported together.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { PackRegistry } from '../screening/pack-registry.js';
import { Proposal } from '../screening/proposal-schema.js';
import { screeningResultJson } from '../screening/result-json.js';
import { screenProposal } from '../screening/screen-proposal.js';
import { todayForProposal } from '../screening/today.js';
import { type ValidProposal, validateProposal } from '../screening/validate-proposal.js';
import type { AppEnv } from './app-env.js';
import { type JsonBodyVariables, jsonBody } from './json-body.js';
import { validationFailed } from './problem.js';
import { problemResponses } from './schemas/problem.js';
import { ScreeningResultOut } from './schemas/screening-result.js';

export type ScreeningDeps = { packs: PackRegistry; clock: () => Date };

function checkProposal({ packs, clock }: ScreeningDeps) {
  return createMiddleware<JsonBodyVariables & { Variables: { checked: ValidProposal } }>(
    async function checkProposal(c, next) {
      const body = c.get('body');
      const checked = validateProposal(packs, body, todayForProposal(packs, body, clock()));
      if (!checked.ok) throw validationFailed(checked.issues);
      c.set('checked', checked);
      await next();
    },
  );
}

export function screeningRoutes(deps: ScreeningDeps): OpenAPIHono<AppEnv> {
  const screen = createRoute({
    method: 'post',
    path: '/',
    tags: ['screening'],
    summary: 'Screen a proposal (self-check; nothing is stored)',
    description:
      'Validates the proposal (structure, ranges, and ids from the catalogues of the pack in force on `submittedOn`, ' +
      "default today in the pack's time zone) and screens it. An ineligible project is a normal 200 result. " +
      'A 400 lists every problem at once.',
    request: { body: { required: true, content: { 'application/json': { schema: Proposal } } } },
    responses: {
      200: {
        description: 'The screening result',
        content: { 'application/json': { schema: ScreeningResultOut } },
      },
      ...problemResponses(400, 413, 415),
    },
  });

  const app = new OpenAPIHono<AppEnv>();
  // The schemas above are documentation only: `checkProposal` already validated the body in full,
  // so `app.openapi` would parse it a second time with zod on every request. The route is
  // registered for the OpenAPI document and served by a plain handler instead.
  app.openAPIRegistry.registerPath(screen);
  app.post('/', jsonBody({ stored: false }), checkProposal(deps), (c) => {
    const { version, proposal, asOf } = c.get('checked');
    // What `c.json` would send, byte for byte and with its header, serialised more cheaply.
    const json = screeningResultJson(screenProposal(version, proposal, asOf));
    return c.body(json, 200, { 'content-type': 'application/json' });
  });
  return app;
}
