/**
 * Fuzzing the API: for every route of ROUTE_ACCESS (so a new route is fuzzed without a line here),
 * generated requests — mutated bodies, broken JSON, wrong content types, hostile path parameters
 * and query strings — sent with a token of the route's role so they get past the guard. Each must
 * be answered within a time limit, never with a 5xx, with a 4xx problem+json when refused (and
 * always when no reading of it is valid), and a refused request stores nothing: every table is
 * counted after each request in the suite's own database. `npm test` sends a few hundred requests
 * per driver; `npm run fuzz` sends FUZZ_RUNS (and FUZZ_SEED replays a run).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { statisticsFromCsv } from '../../src/fdi/statistics-csv.js';
import { type Access, ROUTE_ACCESS } from '../../src/http/access.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import { createToken } from '../../src/tokens/tokens.js';
import { context, proposal } from '../support/context.js';
import { drivers } from '../support/database.js';
import {
  applyMutation,
  type FuzzRequest,
  hostileQuery,
  hostileSegment,
  mutation,
  rawBody,
  WRONG_MEDIA_TYPES,
} from '../support/fuzz-bodies.js';
import { type ScratchDatabase, scratchDatabase } from '../support/scratch-database.js';
import { databaseApp } from './database-app.js';
import { PACK_ID } from './test-app.js';

const ROUTES = Object.entries(ROUTE_ACCESS) as [string, Access][];
/** Requests per driver, spread over the routes. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 360);
const PER_ROUTE = Math.max(5, Math.ceil(RUNS / ROUTES.length));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** A request that takes longer than this counts as a hang. */
const REQUEST_TIMEOUT_MS = 15_000;

/** Every table a request could write to: a refused request must leave each count as it was. */
const TABLES = [
  'applications',
  'screenings',
  'verifications',
  'decisions',
  'audit_events',
  'fdi_entries',
  'pack_versions',
  'pack_activations',
  'api_tokens',
  'idempotency_keys',
];
// One statement per count, so counting after every request stays cheap; the names are constants.
const COUNT_ROWS = sql.raw(
  `select ${TABLES.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ')}`,
);

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const result = (await db.execute(COUNT_ROWS)) as unknown;
  // postgres-js answers an array of rows, PGlite an object with `rows`.
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows[0] as Record<string, number>;
}

/** A valid body for each route that takes one: mutations start from it so they reach deep checks. */
async function validBodies(): Promise<Record<string, unknown>> {
  const csv = statisticsFromCsv(
    await readFile(join(import.meta.dirname, '..', '..', 'seeds', 'fdi-statistics.csv'), 'utf8'),
  );
  return {
    '/api/v1/screenings': await proposal(),
    '/api/v1/rule-packs': { files: { 'pack.yaml': 'meta:\n  id: fuzz\n' } },
    '/api/v1/rule-packs/:id/versions/:version/activation': {
      effectiveFrom: '2026-01-01',
      note: 'Fuzz',
      retroactive: false,
    },
    '/api/v1/rule-packs/:id/versions/:version/simulation': {
      filters: { status: 'submitted', q: 'x' },
      limit: 10,
    },
    '/api/v1/applications': await proposal(),
    '/api/v1/applications/:id/verifications': {
      path: 'trade.localisationPct',
      value: 35,
      verified: true,
      note: 'Checked',
    },
    '/api/v1/applications/:id/screenings': { version: '1.0.0' },
    '/api/v1/applications/:id/decision': { decision: 'request_info', note: 'Fuzz' },
    '/api/v1/applications/:id/replay': { seq: 1 },
    '/api/v1/applications/:id/resubmission': await proposal(),
    '/api/v1/applications/:id/withdrawal': { note: 'Fuzz' },
    '/api/v1/applications/:id/reversal': { note: 'Fuzz' },
    '/api/v1/fdi/statistics': { items: csv.rows.slice(0, 2).map((r) => r.item) },
    '/api/v1/tokens': { role: 'officer', name: 'Fuzz' },
  };
}

/** The requests to fuzz one route with: bodies for writes, paths and queries for every route. */
function requestsFor(key: string, base: unknown): fc.Arbitrary<FuzzRequest> {
  const [method, pattern] = key.split(' ') as [string, string];
  const hasParams = pattern.includes(':');
  const plain = {
    method,
    path: pattern,
    query: '',
    contentType: undefined,
    raw: undefined,
    mustRefuse: false,
  };
  const json = 'application/json';
  const options: fc.WeightedArbitrary<FuzzRequest>[] = [
    {
      arbitrary: hostileQuery().map((query) => ({ ...plain, kind: 'query' as const, query })),
      weight: 2,
    },
  ];
  if (hasParams) {
    const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    options.push({
      arbitrary: fc.tuple(fc.constantFrom(...names), hostileSegment()).map(([name, segment]) => ({
        ...plain,
        kind: 'path' as const,
        path: pattern.replace(`:${name}`, segment),
        // 1.0.0 is a real version; every other segment names nothing that exists.
        mustRefuse: segment !== '1.0.0',
        ...(base === undefined ? {} : { contentType: json, raw: JSON.stringify(base) }),
      })),
      weight: 2,
    });
  }
  if (base !== undefined) {
    const text = JSON.stringify(base);
    options.push(
      {
        arbitrary: mutation(base).map((m) => {
          const body = applyMutation(base, m);
          return {
            ...plain,
            kind: 'body' as const,
            contentType: json,
            // A deleted root is an empty body: a refusal, or "no options" where the body is optional.
            raw: body === undefined ? '' : JSON.stringify(body),
          };
        }),
        weight: 5,
      },
      {
        arbitrary: rawBody(text).map(({ raw, mustRefuse }) => ({
          ...plain,
          kind: 'raw' as const,
          contentType: json,
          raw,
          mustRefuse,
        })),
        weight: 3,
      },
      {
        arbitrary: fc.constantFrom(...WRONG_MEDIA_TYPES).map((contentType) => ({
          ...plain,
          kind: 'media-type' as const,
          contentType,
          raw: text,
          mustRefuse: true,
        })),
        weight: 1,
      },
    );
  }
  return fc.oneof(...options);
}

type Tally = { requests: number; byStatus: Record<string, number>; fiveXx: number; ms: number };

for (const driver of drivers()) {
  describe(`fuzzing every API route (${driver})`, () => {
    let scratch: ScratchDatabase;
    let api: Awaited<ReturnType<typeof databaseApp>>;
    let bodies: Record<string, unknown>;
    const tokens: Record<Access, string | undefined> = {
      public: undefined,
      receipt: undefined,
      officer: undefined,
      admin: undefined,
    };
    let application: { id: string; receiptToken: string };
    const tally: Tally = { requests: 0, byStatus: {}, fiveXx: 0, ms: 0 };

    async function submitApplication() {
      const res = await api.call('POST', '/api/v1/applications', { body: await proposal() });
      expect(res.status).toBe(201);
      application = (await res.json()) as { id: string; receiptToken: string };
    }

    beforeAll(async () => {
      scratch = await scratchDatabase(driver);
      api = await databaseApp(scratch.handle);
      tokens.officer = await api.token('officer');
      tokens.admin = await api.token('admin');
      bodies = await validBodies();
      await submitApplication();
    });

    afterAll(async () => {
      const rate = tally.ms > 0 ? Math.round((tally.requests / tally.ms) * 1000) : 0;
      console.log(
        `fuzz (${driver}): ${tally.requests} requests, ${tally.fiveXx} answered 5xx, ` +
          `${(tally.ms / 1000).toFixed(1)} s (${rate}/s); by status ${JSON.stringify(tally.byStatus)}`,
      );
      await scratch?.drop();
    });

    /** The real ids for a path's remaining parameters, and the receipt where the route needs one. */
    async function concrete(request: FuzzRequest, access: Access): Promise<string> {
      let path = request.path.replace(':version', '1.0.0');
      if (path.startsWith('/api/v1/rule-packs/')) path = path.replace(':id', PACK_ID);
      if (path.startsWith('/api/v1/tokens/') && path.includes(':id')) {
        const setup = context(scratch.handle.db, api.packs, { role: 'admin', name: 'Fuzz setup' });
        path = path.replace(':id', (await createToken(setup, { role: 'officer', name: 'T' })).id);
      }
      path = path.replace(':id', application.id);
      const receipt = access === 'receipt' ? `receipt=${application.receiptToken}` : '';
      const query = [receipt, request.query.replace(/^\?/, '')].filter((q) => q !== '').join('&');
      return query === '' ? path : `${path}?${query}`;
    }

    async function send(request: FuzzRequest, access: Access, url: string) {
      const headers: Record<string, string> = {};
      const token = tokens[access];
      if (token) headers.Authorization = `Bearer ${token}`;
      if (request.contentType !== undefined) headers['Content-Type'] = request.contentType;
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
          REQUEST_TIMEOUT_MS,
        );
      });
      try {
        const res = await Promise.race([
          api.app.request(url, {
            method: request.method,
            headers,
            ...(request.raw === undefined ? {} : { body: request.raw }),
          }),
          timeout,
        ]);
        const body = await Promise.race([res.text(), timeout]);
        return { res, body };
      } finally {
        clearTimeout(timer);
        tally.ms += performance.now() - started;
        tally.requests++;
      }
    }

    /** The contract for every answer; returns whether the request was refused. */
    function checkAnswer(request: FuzzRequest, res: Response, body: string, url: string): boolean {
      const where = `${request.method} ${url.slice(0, 300)} (${request.kind})`;
      const status = res.status;
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      if (status >= 500) tally.fiveXx++;
      expect(status, `${where}: ${body.slice(0, 500)}`).toBeLessThan(500);
      if (request.mustRefuse) expect(status, where).toBeGreaterThanOrEqual(400);
      if (status < 300) return false;
      expect(status, where).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type'), where).toBe('application/problem+json');
      const problem = JSON.parse(body) as Problem;
      expect(problem.status, where).toBe(status);
      expect(problem.code, where).toEqual(expect.any(String));
      expect(problem.localized.vi.title, where).not.toBe('');
      expect(problem.localized.en.title, where).not.toBe('');
      for (const issue of problem.errors) {
        expect(issue.rule, where).toEqual(expect.any(String));
        expect(issue.message.vi, where).toEqual(expect.any(String));
        expect(issue.message.en, where).toEqual(expect.any(String));
      }
      return true;
    }

    // Requests the fuzzer found answered with a 5xx, kept as plain tests once fixed.
    it.each([
      ['POST', `/api/v1/rule-packs/%00/versions/1.0.0/activation`, { effectiveFrom: '2026-01-01' }],
      ['GET', '/api/v1/rule-packs/a%00b', undefined],
      ['GET', '/api/v1/rule-packs/%00/versions', undefined],
      ['POST', '/api/v1/rule-packs/%00/versions/1.0.0/simulation', {}],
      [
        'POST',
        `/api/v1/rule-packs/${PACK_ID}/versions/1.0.0%00/activation`,
        { effectiveFrom: '2026-01-01' },
      ],
      ['DELETE', '/api/v1/tokens/%00', undefined],
    ] as const)(
      'answers %s %s (a NUL in a path parameter) with 400, not 500',
      async (method, path, body) => {
        const res = await api.call(method, path, { token: tokens.admin, body });
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await res.json()) as Problem;
        expect(problem.errors[0]).toMatchObject({ rule: 'invalid_character' });
      },
    );

    it('answers a replay of screening 2147483648 (past the int column) with 400, not 500', async () => {
      const res = await api.call('POST', `/api/v1/applications/${application.id}/replay`, {
        token: tokens.officer,
        body: { seq: 2_147_483_648 },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).errors[0]).toMatchObject({ path: 'seq' });
    });

    it.each(ROUTES)(
      '%s (%s) answers every generated request with a 4xx problem or a success, never a 5xx',
      async (key, access) => {
        const pattern = key.split(' ')[1] as string;
        const base = key.startsWith('POST ') ? bodies[pattern] : undefined;
        let counts = await rowCounts(scratch.handle.db);
        await fc.assert(
          fc.asyncProperty(requestsFor(key, base), async (request) => {
            const url = await concrete(request, access);
            // The throwaway token a DELETE revokes is made before the request, not by it.
            if (pattern.startsWith('/api/v1/tokens/')) counts = await rowCounts(scratch.handle.db);
            const { res, body } = await send(request, access, url);
            const refused = checkAnswer(request, res, body, url);
            const before = counts;
            // Updated before the check, so that a failure does not taint the runs that shrink it.
            counts = await rowCounts(scratch.handle.db);
            if (refused) expect(counts, `${request.method} ${url.slice(0, 300)}`).toEqual(before);
            // A write that went through may have moved the application on; fuzz a fresh one.
            if (!refused && request.method === 'POST' && pattern.includes('/:id/')) {
              await submitApplication();
              counts = await rowCounts(scratch.handle.db);
            }
          }),
          { numRuns: PER_ROUTE, verbose: 1, ...(SEED === undefined ? {} : { seed: SEED }) },
        );
      },
      60_000 + PER_ROUTE * 1_000,
    );
  });
}
