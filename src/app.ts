/**
 * The HTTP application, built from injected dependencies (packs, clock, logger, database, rate
 * limit) so that tests and the process entry assemble it the same way. Importing this module and
 * calling createApp do no I/O.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import type { DatabaseHandle } from './db/client.js';
import { accessGuard } from './http/access-guard.js';
import type { AppEnv } from './http/app-env.js';
import { applicationReviewRoutes } from './http/application-reviews.js';
import { applicationRoutes } from './http/applications.js';
import { apiCors } from './http/cors.js';
import { decisionReversalRoutes } from './http/decision-reversals.js';
import { docsRoutes } from './http/docs.js';
import { fdiProgressRoutes } from './http/fdi-progress.js';
import { fdiStatisticsRoutes } from './http/fdi-statistics.js';
import { handleError, handleMethodNotAllowed, handleNotFound } from './http/handle-errors.js';
import { healthRoutes } from './http/health.js';
import { investorActionRoutes } from './http/investor-actions.js';
import { accessLog, jsonLogger, type Logger } from './http/logger.js';
import { serveOpenApi } from './http/openapi.js';
import { packSimulationRoutes } from './http/pack-simulation.js';
import { type RateLimitOptions, type RateLimitStore, rateLimit } from './http/rate-limit.js';
import { readinessRoutes } from './http/readiness.js';
import { rulePackVersionRoutes } from './http/rule-pack-versions.js';
import { rulePackRoutes } from './http/rule-packs.js';
import { screeningRoutes } from './http/screenings.js';
import { responseSecurityHeaders } from './http/secure-headers.js';
import { rejectUnstorableQuery } from './http/storable-text.js';
import { tokenRoutes } from './http/tokens.js';
import { validationHook } from './http/validation-hook.js';
import { PackHolder } from './packs/pack-holder.js';
import type { PackRegistry } from './screening/pack-registry.js';
import { dateIn } from './screening/today.js';
import { renderNotFound, wantsPage } from './web/not-found-page.js';
import { webRoutes } from './web/routes.js';

export type AppDeps = {
  /**
   * The packs: a fixed registry, or a holder whose registry an activation (or the poller) swaps.
   * Each request pins the registry current when it starts and is judged by it throughout.
   */
  packs: PackRegistry | PackHolder;
  /** The instant "now"; the date in a pack's time zone is derived from it. */
  clock: () => Date;
  logger?: Logger;
  /**
   * The database. With it the app also serves applications, the FDI tracker, tokens and /readyz;
   * without it, only the self-check and the packs (which need no storage).
   */
  db?: DatabaseHandle;
  /** Public writes per client address per minute; default 30, client address from the socket. */
  rateLimit?: RateLimitOptions;
  /**
   * Where the rate-limit counts live: this process's memory by default; the database when several
   * instances share one PostgreSQL (see src/index.ts).
   */
  rateLimitStore?: RateLimitStore;
  /** Where the rule packs live (for the pages that show a pack's changelog). */
  rulesDir?: string;
  /** Origins whose pages may call /api/ from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
};

const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 30, trustProxy: false };

/** Fails at start-up, not on the first request, when the packs cannot be served. */
function checkPacks(packs: PackRegistry): void {
  if (packs.versionsOf(packs.defaultPackId).length === 0) {
    throw new Error(
      `The default pack "${packs.defaultPackId}" is not loaded (loaded: ${packs.packIds().join(', ')}).`,
    );
  }
  for (const id of packs.packIds()) {
    for (const { content } of packs.versionsOf(id)) {
      const zone = content.meta.jurisdiction.timeZone;
      try {
        dateIn(zone, new Date(0));
      } catch {
        throw new Error(`Pack ${id} ${content.meta.version}: unknown time zone "${zone}".`);
      }
    }
  }
}

export function createApp(appDeps: AppDeps): OpenAPIHono<AppEnv> {
  const logger = appDeps.logger ?? jsonLogger('error');
  const holder =
    appDeps.packs instanceof PackHolder ? appDeps.packs : new PackHolder(appDeps.packs);
  checkPacks(holder.current);
  // Everything below reads the packs through the view, which answers from the pinned registry.
  const deps = { ...appDeps, packs: holder.view };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use((_c, next) => holder.pin(next));
  app.use(requestId());
  app.use(accessLog(logger));
  app.use(responseSecurityHeaders());
  // Before the method check and the guard: a preflight is an OPTIONS request without a token.
  const cors = apiCors(deps.corsOrigins ?? []);
  if (cors) app.use('/api/*', cors);
  app.use(methodNotAllowed({ app, onMethodNotAllowed: handleMethodNotAllowed }));
  app.use('/api/*', accessGuard(deps.db?.db));
  app.use('/api/*', rejectUnstorableQuery);

  app.route('/', healthRoutes());
  app.route('/api/v1/screenings', screeningRoutes(deps));
  app.route('/api/v1/rule-packs', rulePackRoutes(deps));
  // One budget per client across every public write (API and pages), so spreading requests over
  // them gains nothing.
  const publicWriteLimit = rateLimit(
    deps.rateLimit ?? DEFAULT_RATE_LIMIT,
    deps.clock,
    deps.rateLimitStore,
  );
  if (deps.db) {
    const services = { db: deps.db.db, packs: deps.packs, clock: deps.clock };
    app.route('/', readinessRoutes(deps.db));
    app.route('/api/v1/applications', applicationRoutes({ ...services, publicWriteLimit }));
    app.route('/api/v1/applications', applicationReviewRoutes(services));
    app.route('/api/v1/applications', investorActionRoutes({ ...services, publicWriteLimit }));
    app.route('/api/v1/applications', decisionReversalRoutes(services));
    app.route('/api/v1/fdi', fdiProgressRoutes(services));
    app.route('/api/v1/fdi', fdiStatisticsRoutes(services));
    app.route('/api/v1/tokens', tokenRoutes(services));
    app.route(
      '/api/v1/rule-packs',
      rulePackVersionRoutes({ db: deps.db.db, holder, clock: deps.clock }),
    );
    app.route('/api/v1/rule-packs', packSimulationRoutes({ ...services, logger }));
  }
  app.route('/docs', docsRoutes());
  serveOpenApi(app);
  app.route(
    '/',
    webRoutes({
      packs: deps.packs,
      clock: deps.clock,
      publicWriteLimit,
      ...(deps.db ? { db: deps.db.db } : {}),
      ...(deps.rulesDir ? { rulesDir: deps.rulesDir } : {}),
    }),
  );

  // People get a page; API clients (and anything under /api, /docs) the JSON problem.
  app.notFound((c) => (wantsPage(c) ? renderNotFound(c) : handleNotFound(c)));
  app.onError(handleError(logger));
  return app;
}
