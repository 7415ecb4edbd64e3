/**
 * What the logs must never hold — secrets (bearer and receipt tokens, cookies, passwords in a
 * database URL) and personal data (names, emails, phone numbers) — taken out of every logged value
 * before it is written. Log fields are free-form, so this walks them at any depth by key name and
 * also scrubs the text of every string (an error message can quote a URL or a header).
 */

export const REDACTED = '[redacted]';

/** Keys whose value is a secret, wherever they appear (case-insensitive substring). */
const SECRET_KEY =
  /authorization|cookie|token|receipt|secret|password|passwd|api[-_]?key|csrf|credential|session/i;
/**
 * Keys whose value is personal data or a whole declaration. `name` is the investor's or an
 * officer's name in this service; error names are kept under `type` (see `serializeError`).
 */
const PERSONAL_KEY =
  /^(name|fullname|investor|investorname|contact|contactname|proposal|body|form|values|note)$|e-?mail|phone|mobile|telephone/i;

/** Text patterns of secrets and personal data, each with what replaces it. Order matters. */
const TEXT_PATTERNS: [RegExp, string][] = [
  // The service's own secrets: officer/admin tokens (fdi_…) and receipts (rcp_…).
  [/\b(fdi|rcp)_[A-Za-z0-9_-]{6,}/g, `$1_${REDACTED}`],
  [/\b(Bearer|Basic)\s+[^\s,;"']+/gi, `$1 ${REDACTED}`],
  // Query parameters that carry a secret.
  [
    /([?&](?:receipt|token|access_token|api_key|apikey|csrf|password)=)[^&\s#"']*/gi,
    `$1${REDACTED}`,
  ],
  // The password in a URL's user info (postgres://user:password@host).
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)[^@\s/?#]*@/gi, `$1${REDACTED}@`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[redacted email]'],
  // International phone numbers (+84 912 345 678); local ones are caught by their keys.
  [/\+\d[\d ().-]{7,}\d/g, '[redacted phone]'],
];

export function scrubText(value: string): string {
  let out = value;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 6;

/**
 * An error as a plain object: its type, message and stack (scrubbed), a database error's code and
 * constraint, and its cause. Other own properties are left out: a driver's error can carry the
 * query's parameters or the row's values (`detail`), which are investors' data.
 */
export function serializeError(error: Error, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: error.name,
    message: scrubText(error.message),
  };
  const extra = error as Error & {
    code?: unknown;
    constraint?: unknown;
    constraint_name?: unknown;
  };
  if (typeof extra.code === 'string' || typeof extra.code === 'number') out.code = extra.code;
  const constraint = extra.constraint ?? extra.constraint_name;
  if (typeof constraint === 'string') out.constraint = constraint;
  if (error.stack) out.stack = scrubText(error.stack);
  if (error.cause !== undefined && depth < MAX_DEPTH) out.cause = redact(error.cause, depth + 1);
  return out;
}

/** A copy of `value` safe to log: secret and personal keys replaced, strings scrubbed, errors spelled out. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value, depth);
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) || PERSONAL_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}
