/**
 * Where every failure becomes the one problem envelope: thrown problems, the verbs' service errors,
 * Hono's own HTTP exceptions, unmatched paths and methods, and unexpected errors — which are logged
 * in full and answered with a generic 500 that names only the request id.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { text } from '../screening/i18n.js';
import { ServiceError, type ServiceErrorCode } from '../service-errors.js';
import type { Logger } from './logger.js';
import { type ProblemCode, ProblemError, type ProblemOptions, renderProblem } from './problem.js';

const BY_STATUS: Partial<Record<number, ProblemCode>> = {
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Each verb error has a problem code of the same name; the table keeps the two lists in step. */
const SERVICE_PROBLEMS: Record<ServiceErrorCode, ProblemCode> = {
  not_found: 'not_found',
  validation_failed: 'validation_failed',
  conflict: 'conflict',
  idempotency_key_reused: 'idempotency_key_reused',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
};

function problemOfServiceError(error: ServiceError): {
  code: ProblemCode;
  options: ProblemOptions;
} {
  const code = SERVICE_PROBLEMS[error.code];
  const options: ProblemOptions = { detail: error.text };
  if (error.extra.issues) options.errors = error.extra.issues;
  if (code === 'conflict') options.allowed = error.extra.allowed ?? [];
  if (code === 'unauthorized') options.headers = { 'WWW-Authenticate': 'Bearer' };
  return { code, options };
}

export function handleError(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ProblemError) return renderProblem(c, error.code, error.options);
    if (error instanceof ServiceError) {
      const { code, options } = problemOfServiceError(error);
      return renderProblem(c, code, options);
    }
    // Middleware from Hono and @hono/zod-openapi signal client errors this way; their messages are
    // English-only and terse, so only the status is kept.
    if (error instanceof HTTPException && error.status < 500) {
      return renderProblem(c, BY_STATUS[error.status] ?? 'bad_request');
    }
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error,
    });
    return renderProblem(c, 'internal_error');
  };
}

export const handleNotFound: NotFoundHandler = (c) =>
  renderProblem(c, 'not_found', {
    detail: text(
      `Không có tài nguyên ${c.req.path}. Xem danh sách API tại /docs.`,
      `There is no resource ${c.req.path}. See the API reference at /docs.`,
    ),
  });

export function handleMethodNotAllowed(c: Context, methods: string[]): Response {
  const allow = methods.join(', ');
  return renderProblem(c, 'method_not_allowed', {
    detail: text(
      `${c.req.method} không dùng được cho ${c.req.path}; các phương thức được phép: ${allow}.`,
      `${c.req.method} is not allowed on ${c.req.path}; allowed methods: ${allow}.`,
    ),
    headers: { Allow: allow },
  });
}
