/**
 * `POST /fdi/statistics` (admin): records official FDI statistics, all rows of the request or none.
 * Statistics can be long (a year split by country and sector), so this route alone reads bodies up
 * to 8 MiB; every other body stays within the default limit.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import {
  checkStatistics,
  type ParsedStatistics,
  parseStatistics,
  recordStatistics,
  StatisticsInput,
} from '../fdi/record-statistics.js';
import type { AppEnv } from './app-env.js';
import { type JsonBodyVariables, jsonBody } from './json-body.js';
import { assertKnownPack } from './known-pack.js';
import { validationFailed } from './problem.js';
import { StatisticsRecordedOut } from './schemas/fdi.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

export const STATISTICS_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Checks the body before the route's own validator sees it: `parseStatistics` names each problem by
 * the path the client sent (`items[3].amountUsd`), which the union schema alone could not.
 */
function checkBody(deps: ServiceDeps) {
  return createMiddleware<JsonBodyVariables & { Variables: { statistics: ParsedStatistics } }>(
    async function checkBody(c, next) {
      const parsed = parseStatistics(c.get('body'));
      // Every problem at once: malformed rows, and the calendar and catalogue checks of the rest.
      const issues = [
        ...parsed.issues,
        ...checkStatistics({ packs: deps.packs, clock: deps.clock }, parsed.rows, parsed.pack),
      ];
      if (issues.length > 0) throw validationFailed(issues);
      c.set('statistics', parsed);
      await next();
    },
  );
}

const recordRoute = (deps: ServiceDeps) =>
  createRoute({
    method: 'post',
    path: '/statistics',
    tags: ['fdi'],
    summary: 'Record official statistics: one, or `{ items: [ … ], pack? }`, all or none',
    description:
      'Each statistic covers a period within one calendar year that has ended (a period other than 1 January – ' +
      '31 December is a partial period), a flow and a measure, and cites its source. A capital reduction is ' +
      'negative. Rows with a country, sector, area or park break down the total recorded with them. Rows recorded ' +
      'together form a batch; for a period and measure the latest batch replaces earlier ones, so a correction ' +
      'never adds to the figure it corrects. A 400 lists every problem with its path (e.g. `items[3].amountUsd`) ' +
      'and stores nothing. Bodies up to 8 MiB.',
    middleware: [jsonBody({ maxBytes: STATISTICS_MAX_BYTES }), checkBody(deps)] as const,
    request: {
      body: { required: true, content: { 'application/json': { schema: StatisticsInput } } },
    },
    responses: {
      201: {
        description: 'Recorded, every row',
        content: { 'application/json': { schema: StatisticsRecordedOut } },
      },
      ...problemResponses(400, 415),
      413: { ...problemResponses(413)[413], description: 'Request body over 8 MiB' },
    },
  });

export function fdiStatisticsRoutes(deps: ServiceDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(recordRoute(deps), async (c) => {
    const { rows, pack } = c.get('statistics');
    assertKnownPack(deps.packs, pack);
    const recorded = await recordStatistics(serviceContext(c, deps), rows, { pack });
    return c.json(recorded, 201);
  });

  return app;
}
