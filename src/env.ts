/**
 * The process configuration: the only reader of `process.env`, parsed once with zod. Everything
 * else receives the parsed values.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { CorsOriginsSchema } from './http/cors.js';
import { LOG_LEVELS } from './http/logger.js';

/** An empty variable (`PORT=`) means "not set", as in most shells' habits. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const variable = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema);

const EnvSchema = z.object({
  PORT: variable(z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: variable(z.string().min(1).default('0.0.0.0')),
  RULES_DIR: variable(
    z
      .string()
      .min(1)
      .default(join(import.meta.dirname, '..', 'rules')),
  ),
  /** Optional: without it the only loaded pack is the default, and several packs are an error. */
  DEFAULT_PACK: variable(z.string().min(1).optional()),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS).default('info')),
  /** A PostgreSQL server (postgres://…); without it the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: variable(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Where the embedded database lives when DATABASE_URL is unset. */
  DATA_DIR: variable(
    z
      .string()
      .min(1)
      .default(join(import.meta.dirname, '..', 'data')),
  ),
  /** Public write requests (submissions, resubmissions, withdrawals) per client per minute. */
  RATE_LIMIT_PER_MINUTE: variable(z.coerce.number().int().min(1).max(100_000).default(30)),
  /** Trust X-Forwarded-For for the client address (only behind a proxy that sets it). */
  TRUST_PROXY: variable(
    z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  ),
  /** Load seeds/fdi-statistics.csv at start-up when the ledger has no official statistics yet. */
  SEED_STATISTICS: variable(
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  ),
  /**
   * Origins (scheme://host[:port], comma-separated) whose pages may call /api/ from a browser.
   * Unset or empty: none, and no CORS header is sent.
   */
  CORS_ORIGINS: variable(CorsOriginsSchema.default([])),
  /** Seconds between checks for pack activations made by another process (0: never). */
  PACK_POLL_SECONDS: variable(z.coerce.number().int().min(0).max(3600).default(5)),
});

export type Env = z.infer<typeof EnvSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; errors: string[] };

export function readEnv(source: Record<string, string | undefined>): EnvResult {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
  };
}

/** Parses the environment, or prints each invalid variable and exits: a misconfigured process must not start. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = readEnv(source);
  if (result.ok) return result.env;
  process.stderr.write(
    `Invalid environment / Biến môi trường không hợp lệ:\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`,
  );
  process.exit(1);
}
