/**
 * The process entry: environment → rule packs → database (migrated, pack versions stored, official
 * statistics seeded into an empty ledger) → the registry the database's activations make → app →
 * HTTP server, and a clean shutdown that lets requests in flight finish before the database closes.
 * Activations made by other processes reach this one by polling (`PACK_POLL_SECONDS`, default 5).
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { DatabaseHandle } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openDatabaseFromEnv } from './db/open-from-env.js';
import { type Env, parseEnv } from './env.js';
import { SEED_STATISTICS_FILE, seedStatistics } from './fdi/seed-statistics.js';
import { jsonLogger, type Logger } from './http/logger.js';
import { databaseRateLimitStore } from './http/rate-limit-store.js';
import { PackHolder } from './packs/pack-holder.js';
import { registryFromDatabase } from './packs/stored-registry.js';
import { PackVersionConflictError } from './packs/stored-versions.js';
import { lastActivationId, watchActivations } from './packs/watch-activations.js';
import { loadRegistry } from './screening/load-registry.js';
import type { PackRegistry } from './screening/pack-registry.js';
import { ServiceError } from './service-errors.js';

const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The database, or a clear message and exit 1 for the failures an operator can fix. */
async function openDatabase(env: Env, packs: PackRegistry): Promise<DatabaseHandle> {
  try {
    return await openDatabaseFromEnv(env, 'server', packs);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof PackVersionConflictError) {
      return fail(`Cannot start / Không khởi động được: ${error.message}`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    const where = env.DATABASE_URL ? 'the PostgreSQL server in DATABASE_URL' : env.DATA_DIR;
    return fail(`Cannot open the database (${where}) / Không mở được cơ sở dữ liệu: ${reason}`);
  }
}

/**
 * The published statistics for a fresh ledger. A failure is only a warning: the service screens
 * and records without them, and `npm run cli -- seed statistics` can load them later.
 */
async function seedStatisticsOnStart(
  database: DatabaseHandle,
  packs: PackRegistry,
  logger: Logger,
): Promise<void> {
  try {
    const seeded = await seedStatistics({ db: database.db, packs, clock: () => new Date() });
    if (seeded.loaded)
      logger.info('fdi statistics seeded', {
        rows: seeded.recorded,
        jurisdiction: seeded.jurisdiction,
        batch: seeded.batch,
        file: SEED_STATISTICS_FILE,
      });
    else logger.info('fdi statistics present; seed skipped', { jurisdiction: seeded.jurisdiction });
  } catch (error) {
    logger.warn('seeding fdi statistics failed; the server starts without them', {
      error,
      file: SEED_STATISTICS_FILE,
      ...(error instanceof ServiceError && error.extra.issues
        ? { issues: error.extra.issues }
        : {}),
    });
  }
}

const env = parseEnv();
const logger = jsonLogger(env.LOG_LEVEL);
const filePacks = await loadRegistry(env.RULES_DIR, env.DEFAULT_PACK).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
const database = await openDatabase(env, filePacks);
logger.info('database', { driver: database.driver, location: database.location });
// Read before the registry, so an activation landing in between is picked up by the first poll.
const seenActivation = await lastActivationId(database.db);
// The files are stored and seeded by now; what is in force is what the activations say.
const packs = await registryFromDatabase(database.db, filePacks.defaultPackId);
const holder = new PackHolder(packs);
const packIds = packs.packIds();
if (env.SEED_STATISTICS) await seedStatisticsOnStart(database, packs, logger);
const stopWatching =
  env.PACK_POLL_SECONDS > 0
    ? watchActivations(database.db, holder, {
        intervalMs: env.PACK_POLL_SECONDS * 1000,
        startAfter: seenActivation,
        onError: (error) => logger.warn('polling pack activations failed', { error }),
      })
    : () => {};
const app = createApp({
  packs: holder,
  clock: () => new Date(),
  logger,
  db: database,
  rateLimit: { perMinute: env.RATE_LIMIT_PER_MINUTE, trustProxy: env.TRUST_PROXY },
  // On PostgreSQL other instances may share the database, so they must share the counts too; the
  // embedded database has one process, whose memory is enough.
  ...(database.driver === 'postgres'
    ? { rateLimitStore: databaseRateLimitStore(database.db) }
    : {}),
  rulesDir: env.RULES_DIR,
  corsOrigins: env.CORS_ORIGINS,
});

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  logger.info('listening', {
    url: `http://${host}:${info.port}`,
    packs: packIds,
    defaultPack: packs.defaultPackId,
  });
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  stopWatching();
  logger.info('shutting down', { signal });
  // close() stops accepting connections and waits for requests in flight; idle keep-alive
  // connections would otherwise hold it open until they time out.
  server.close(async (error) => {
    if (error) logger.error('shutdown failed', { error });
    // Only now: requests in flight may still have been writing.
    const closed = await database.close().then(
      () => true,
      (closeError: unknown) => {
        logger.error('closing the database failed', { error: closeError });
        return false;
      },
    );
    process.exit(error || !closed ? 1 : 0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => {
    logger.warn('requests still open after the grace period; exiting', {
      graceMs: SHUTDOWN_GRACE_MS,
    });
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
