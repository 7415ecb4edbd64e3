/**
 * The logger the app writes to — pino, one JSON object a line — and the access log middleware.
 * Every line written while a request is handled carries that request's id (kept in an
 * AsyncLocalStorage by `accessLog`, so callers need not pass it), and every logged value goes
 * through `redact` first: no secret or personal datum reaches the log. Request bodies are never
 * logged: they are investors' declarations.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { pino } from 'pino';
import type { AppEnv } from './app-env.js';
import { redact, scrubText } from './log-redaction.js';

export type LogFields = Record<string, unknown>;
export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The request being handled, for the lines written on its behalf. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being handled here, if any (for code that reports outside the log). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * A pino logger behind the app's small interface. `write` receives each line without its newline
 * (tests capture it); by default lines go synchronously to stdout, so none is lost when the
 * process exits or is killed right after writing it.
 */
export function jsonLogger(
  level: LogLevel,
  write?: (line: string) => void,
  clock: () => Date = () => new Date(),
): Logger {
  const destination = write
    ? { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) }
    : pino.destination({ dest: 1, sync: true });
  const log = pino(
    {
      level,
      messageKey: 'message',
      timestamp: () => `,"time":"${clock().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    destination,
  );
  const at =
    (name: 'info' | 'warn' | 'error') =>
    (message: string, fields: LogFields = {}) => {
      if (!log.isLevelEnabled(name)) return;
      log[name](redact(fields) as LogFields, scrubText(message));
    };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * One line per request: method, path (never the query string, which can carry a receipt token or an
 * investor's name), status and time. No header is logged, so neither is a bearer token. Everything
 * logged while the request runs (errors, stream failures) is tagged with its id.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = performance.now();
    await requestScope.run({ requestId: c.get('requestId') }, next);
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
