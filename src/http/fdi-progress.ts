/**
 * The FDI tracker, public: where the jurisdiction stands against its pack's target
 * (`/fdi/progress`) and the figures behind it by year, flow, country, sector, area or park
 * (`/fdi/breakdown`). Both read the ledger; neither writes.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { BreakdownQuery, fdiBreakdown } from '../fdi/fdi-breakdown.js';
import { fdiProgress } from '../fdi/fdi-progress.js';
import type { AppEnv } from './app-env.js';
import { assertKnownPack } from './known-pack.js';
import { type BreakdownAnswer, BreakdownOut, ProgressOut, ProgressQuery } from './schemas/fdi.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const progress = createRoute({
  method: 'get',
  path: '/progress',
  tags: ['fdi'],
  summary: "Registered FDI against the pack's target, year by year, with the source of each figure",
  description:
    'For each year one source counts, never two added up: a full-year official statistic; else the latest ' +
    'statistic for part of the year (`partial_statistic`, with its `period`); else the applications approved ' +
    'here (`applications`). Approved applications are always shown as `applicationsUsd`, as detail. Totals a ' +
    'source does not split by flow appear in `byFlow.unspecified`. `forecast.trendUsd` extends the pace seen in ' +
    'the data (`observedAnnualRateUsd` over `coveredYears`); `withPipelineUsd` adds the undecided applications ' +
    "weighted by their band's approval rate. Amounts are US dollars.",
  request: { query: ProgressQuery },
  responses: {
    200: { description: 'The progress', content: json(ProgressOut) },
    ...problemResponses(400),
  },
});

const breakdown = createRoute({
  method: 'get',
  path: '/breakdown',
  tags: ['fdi'],
  summary: 'The figures behind the progress, by year, flow, country, sector, area or park',
  description:
    'Each year comes from the same source as in the progress, so the items add up to the progress figure for ' +
    'the same years. What a source does not break down is the item `unspecified`. `from` and `to` are years ' +
    '(YYYY, or a date in the year).',
  request: { query: BreakdownQuery },
  responses: {
    200: { description: 'The breakdown', content: json(BreakdownOut) },
    ...problemResponses(400),
  },
});

export function fdiProgressRoutes(deps: ServiceDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(progress, async (c) => {
    const query = c.req.valid('query');
    assertKnownPack(deps.packs, query.pack);
    return c.json(await fdiProgress(serviceContext(c, deps), query), 200);
  });

  app.openapi(breakdown, async (c) => {
    const query = c.req.valid('query');
    assertKnownPack(deps.packs, query.pack);
    const result = await fdiBreakdown(serviceContext(c, deps), query);
    const answer: BreakdownAnswer = {
      ...result,
      years: result.years.map((y) => ({ ...y, source: y.source ?? 'none' })),
    };
    return c.json(answer, 200);
  });

  return app;
}
