/**
 * The logger the app writes to (one JSON object a line), and the access log middleware. Request
 * bodies are never logged: they are investors' declarations.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

export type LogFields = Record<string, unknown>;
export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** Errors lose their message and stack in JSON.stringify; spell them out. */
function plain(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function jsonLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): Logger {
  const at =
    (name: Exclude<LogLevel, 'silent' | 'debug'>) =>
    (message: string, fields: LogFields = {}) => {
      if (RANK[name] < RANK[level]) return;
      const entries = Object.entries(fields).map(([k, v]) => [k, plain(v)]);
      write(
        JSON.stringify({
          time: clock().toISOString(),
          level: name,
          message,
          ...Object.fromEntries(entries),
        }),
      );
    };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * One line per request: method, path (never the query string, which can carry a receipt token or an
 * investor's name), status and time. No header is logged, so neither is a bearer token.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
