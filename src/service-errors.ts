/**
 * Errors of the verbs (applications, tokens, packs, FDI), independent of any transport: each has a
 * code and a bilingual message; `http/` maps them to problem+json, the CLI prints them.
 * Business outcomes (an ineligible project) are results, never errors.
 */
import type { Text } from './screening/i18n.js';
import type { ValidationIssue } from './screening/validation-issues.js';

export type ServiceErrorCode =
  | 'not_found'
  | 'validation_failed'
  | 'conflict'
  | 'idempotency_key_reused'
  | 'unauthorized'
  | 'forbidden';

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    readonly text: Text,
    readonly extra: { issues?: ValidationIssue[]; allowed?: string[]; [key: string]: unknown } = {},
  ) {
    super(text.en);
    this.name = 'ServiceError';
  }
}

export function notFound(what: Text): ServiceError {
  return new ServiceError('not_found', what);
}

export function invalid(issues: ValidationIssue[]): ServiceError {
  return new ServiceError(
    'validation_failed',
    { vi: 'Dữ liệu không hợp lệ.', en: 'Validation failed.' },
    { issues },
  );
}
