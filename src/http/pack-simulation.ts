/**
 * `POST /api/v1/rule-packs/{id}/versions/{version}/simulation` (admin): what a pack version — a
 * draft, usually — would change if it judged the stored applications. A page of changed
 * applications as JSON, or every one as an NDJSON stream for large sets. Nothing is stored.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import {
  openSimulation,
  SimulationInput,
  type SimulationRequest,
} from '../packs/simulate-version.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import { jsonLogger, type Logger } from './logger.js';
import { TextOut } from './schemas/common.js';
import { problemResponses } from './schemas/problem.js';
import { type ServiceDeps, serviceContext } from './service-context.js';

export const NDJSON = 'application/x-ndjson';

const Band = z.object({
  from: z.string(),
  to: z.string(),
  direction: z.enum(['up', 'down', 'same']),
});
const Move = z.object({ applications: z.number().int(), capitalUsd: z.number() });

const CriterionChangeOut = z.object({
  id: z.string(),
  outcome: z.object({
    from: z.string().nullable().meta({ description: 'null: not in the current version' }),
    to: z.string().nullable().meta({ description: 'null: not in the simulated version' }),
  }),
  points: z.object({ from: z.number(), to: z.number(), delta: z.number() }),
});

export const SimulatedChangeOut = z
  .object({
    id: z.string(),
    projectName: z.string(),
    investorName: z.string(),
    status: z.string(),
    submittedOn: z.string(),
    capitalUsd: z
      .number()
      .meta({ description: 'Registered capital (verified value if corrected)' }),
    currentVersion: z.string().meta({ description: 'Pack version of the current screening' }),
    band: Band,
    eligible: z.object({ from: z.boolean(), to: z.boolean() }),
    reviewRequired: z.object({ from: z.boolean(), to: z.boolean() }),
    score: z.object({ from: z.number(), to: z.number(), delta: z.number() }),
    criteria: z
      .array(CriterionChangeOut)
      .meta({ description: 'The criteria whose outcome or points differ: those responsible' }),
  })
  .meta({
    id: 'SimulatedChange',
    description: 'One application the simulated version would judge differently',
  });

export const SimulationSummaryOut = z
  .object({
    pack: z.object({
      id: z.string(),
      version: z.string(),
      hash: z.string(),
      effectiveFrom: z.string(),
    }),
    filters: z.record(z.string(), z.unknown()),
    applications: z.object({
      matched: z.number().int(),
      compared: z.number().int(),
      changed: z.number().int().meta({
        description: 'Band, eligibility, review, score or a criterion differs, in either direction',
      }),
      skipped: z.object({
        otherPack: z.number().int().meta({ description: 'Matching applications of other packs' }),
        unscreened: z.number().int(),
      }),
    }),
    bands: z.object({
      changed: z.number().int(),
      up: Move,
      down: Move.meta({ description: 'Applications moving to a lower band, and their capital' }),
      order: z.array(z.string()).meta({ description: 'Bands best first, as up and down use them' }),
      transitions: z.array(Band.extend(Move.shape)),
    }),
    eligibility: z.object({ gained: z.number().int(), lost: z.number().int() }),
    review: z.object({ added: z.number().int(), removed: z.number().int() }),
    scoreDelta: z.object({
      increased: z.number().int(),
      decreased: z.number().int(),
      unchanged: z.number().int(),
      mean: z.number(),
      min: z.number(),
      max: z.number(),
      buckets: z.array(z.object({ min: z.number(), max: z.number(), applications: z.number() })),
    }),
    criteria: z.array(
      z.object({
        id: z.string(),
        title: TextOut.nullable(),
        gained: z.number().int(),
        lost: z.number().int(),
        pointsGained: z.number(),
        pointsLost: z.number(),
        netPoints: z.number(),
        outcomeChanged: z.number().int(),
      }),
    ),
    pipeline: z
      .object({
        jurisdiction: z.string(),
        packs: z.array(z.string()),
        currentWeightedUsd: z.number(),
        simulatedWeightedUsd: z.number(),
        deltaUsd: z.number(),
        byBand: z.array(
          z.object({
            band: z.string(),
            approvalRate: z.number(),
            basis: z.enum(['band', 'overall', 'none']),
            current: Move,
            simulated: Move,
          }),
        ),
      })
      .meta({
        description:
          "The FDI forecast's pipeline (undecided capital weighted by each band's historical approval rate), now and with the simulated band moves",
      }),
  })
  .meta({
    id: 'SimulationSummary',
    description: 'Over every matching application, whatever the page',
  });

const SimulationOut = z
  .object({
    summary: SimulationSummaryOut,
    items: z.array(SimulatedChangeOut),
    nextCursor: z.string().nullable().meta({ description: 'null on the last page' }),
  })
  .meta({ id: 'Simulation' });

const Params = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .meta({ description: 'A pack id', example: 'binh-duong-7099' }),
  version: z
    .string()
    .regex(/^[0-9A-Za-z.+-]{1,60}$/)
    .meta({ description: 'A version of the pack, loaded or stored (a draft)', example: '1.1.0' }),
});

const route = createRoute({
  method: 'post',
  path: '/{id}/versions/{version}/simulation',
  tags: ['rule packs'],
  summary: 'Simulate a pack version over the stored applications (nothing is stored)',
  description:
    "Re-judges every stored application of the pack matching `filters` (the queue's filters) under this version, " +
    'beside its current screening, on the same date: which change band, eligibility, review or score, up or down, ' +
    'the criteria responsible, the registered capital that changes band, and the effect on the FDI pipeline ' +
    'forecast. Applications of other packs are skipped and counted.\n\n' +
    '`Accept: application/json` (default): `{ summary, items, nextCursor }` — `limit` changed applications per page ' +
    '(default 100, at most 1000) in id order; pass `nextCursor` back as `cursor` for the next page. The summary ' +
    'always covers every matching application.\n\n' +
    '`Accept: application/x-ndjson`: a stream, one JSON object per line. Every changed application after `cursor` ' +
    '(all of them unless `limit` is given) as it is found: `{"type":"change","change":SimulatedChange}`; then one last ' +
    'line `{"type":"summary","summary":SimulationSummary,"nextCursor":string|null}`. Should the run fail midway, ' +
    'the last line is `{"type":"error","code":"internal_error","message":{"vi":…,"en":…}}` instead of the summary.',
  middleware: [jsonBody({ optional: true })] as const,
  request: {
    params: Params,
    body: { required: false, content: { 'application/json': { schema: SimulationInput } } },
  },
  responses: {
    200: {
      description: 'The simulation (JSON), or its NDJSON stream',
      content: {
        'application/json': { schema: SimulationOut },
        [NDJSON]: { schema: z.string().meta({ description: 'Lines as described above' }) },
      },
    },
    ...problemResponses(400, 401, 403, 404, 413, 415),
  },
});

/** NDJSON when the client asks for it before JSON; JSON otherwise. */
function wantsNdjson(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept
    .split(',')
    .map((t) => t.split(';')[0]?.trim().toLowerCase())
    .filter(Boolean);
  const nd = types.indexOf(NDJSON);
  const json = types.indexOf('application/json');
  return nd >= 0 && (json < 0 || nd < json);
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

export function packSimulationRoutes(deps: ServiceDeps & { logger?: Logger }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const logger = deps.logger ?? jsonLogger('error');

  app.openapi(route, async (c) => {
    const { id, version } = c.req.valid('param');
    const body = c.req.valid('json') ?? {};
    const ndjson = wantsNdjson(c.req.header('accept'));
    const request: SimulationRequest = {
      packId: id,
      version,
      ...(body.filters ? { filters: body.filters } : {}),
      ...(body.cursor !== undefined ? { cursor: body.cursor } : {}),
      limit: body.limit ?? (ndjson ? Number.POSITIVE_INFINITY : undefined),
    };
    const ctx = serviceContext(c, deps);
    // Bad cursors and unknown versions are refused here, before any line of a stream is sent.
    const run = await openSimulation(ctx, request);
    if (!ndjson) {
      const items: z.infer<typeof SimulatedChangeOut>[] = [];
      const { summary, nextCursor } = await run({ onChange: (change) => void items.push(change) });
      return c.json({ summary, items, nextCursor }, 200);
    }
    return streamLines(c, logger, async (write) => {
      const { summary, nextCursor } = await run({
        onChange: (change) => write({ type: 'change', change }),
      });
      await write({ type: 'summary', summary, nextCursor });
    }) as never;
  });

  return app;
}

function streamLines<E extends AppEnv>(
  c: Context<E>,
  logger: Logger,
  work: (write: (value: unknown) => Promise<void>) => Promise<void>,
): Response {
  c.header('Content-Type', `${NDJSON}; charset=utf-8`);
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  return stream(c, async (s) => {
    try {
      await work(async (value) => {
        await s.write(line(value));
      });
    } catch (error) {
      // The status line is sent: the failure can only be told in the stream itself.
      logger.error('simulation stream failed', {
        requestId: c.get('requestId'),
        error: error instanceof Error ? error.message : String(error),
      });
      await s.write(
        line({
          type: 'error',
          code: 'internal_error',
          message: {
            vi: 'Mô phỏng bị gián đoạn do lỗi máy chủ; kết quả trên chưa đầy đủ.',
            en: 'The simulation stopped on a server error; the lines above are incomplete.',
          },
        }),
      );
    }
  });
}
