/** The documented shape of the error envelope (RFC 9457 problem details). */
import { z } from 'zod';
import { PROBLEM_CODES } from '../problem.js';
import { IssueOut } from './common.js';

const Localized = z.object({ title: z.string(), detail: z.string() });

export const ProblemOut = z
  .object({
    type: z.string().meta({ example: 'urn:fdi-screening:problem:validation_failed' }),
    title: z.string().meta({
      description: 'In the language the request prefers (Accept-Language), Vietnamese or English',
    }),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(PROBLEM_CODES),
    requestId: z
      .string()
      .meta({ description: 'Also in the X-Request-Id header; quote it when reporting an error' }),
    errors: z
      .array(IssueOut)
      .meta({ description: 'Every validation issue; empty for other problems' }),
    allowed: z
      .array(z.string())
      .optional()
      .meta({
        description: 'Only for a conflict (409): the actions allowed in the current state',
        example: ['withdraw'],
      }),
    localized: z.object({ vi: Localized, en: Localized }),
  })
  .meta({ id: 'Problem', description: 'Every error response (application/problem+json)' });

export type Problem = z.infer<typeof ProblemOut>;

const DESCRIPTIONS = {
  400: 'Invalid request: every problem is listed in errors',
  401: 'No token, or an unknown or revoked one (WWW-Authenticate: Bearer)',
  403: 'The token is valid but its role may not do this',
  404: 'Not found',
  409: 'Not possible in the current state: allowed lists what is',
  413: 'Request body over 256 KiB',
  415: 'Content-Type is not application/json',
  422: 'The Idempotency-Key was already used with a different body',
  429: 'Too many public write requests from this address this minute (see Retry-After)',
} as const;

const problemContent = { 'application/problem+json': { schema: ProblemOut } };
type ProblemResponse = { description: string; content: typeof problemContent };

/** OpenAPI response entries for the given error statuses, all with the problem schema. */
export function problemResponses<S extends keyof typeof DESCRIPTIONS>(
  ...statuses: S[]
): Record<S, ProblemResponse> {
  const out = {} as Record<S, ProblemResponse>;
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s], content: problemContent };
  return out;
}
