/** The documented shapes of the application endpoints: what a client can rely on (contract v1). */
import { z } from 'zod';
import type { ApplicationSummary } from '../../applications/application-view.js';
import type { reverseDecision } from '../../applications/reverse-decision.js';
import { STATUSES } from '../../applications/status.js';
import { Proposal } from '../../screening/proposal-schema.js';
import type { Same } from './common.js';
import { ScreeningResultOut } from './screening-result.js';

const id = z.string().meta({ description: 'Application id (UUID)' });
const instant = z.string().meta({ description: 'ISO 8601 instant, UTC' });
const date = z.string().meta({ description: 'YYYY-MM-DD', example: '2025-03-14' });
const StatusOut = z.enum(STATUSES).meta({ id: 'ApplicationStatus' });
const nextCursor = z
  .string()
  .nullable()
  .meta({ description: 'Pass as ?cursor= for the next page; null on the last page' });

/** A proposal in a request body, documented by reference: the verb validates it, all problems at once. */
export const ProposalBody = {
  required: true,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Proposal' } } },
} as const;

export const SubmittedOut = z
  .object({
    id,
    receiptToken: z.string().meta({
      description:
        'Shown only in this answer: keep it to read the application (?receipt=), resubmit or withdraw',
    }),
    status: z.literal('submitted'),
    screening: ScreeningResultOut,
  })
  .meta({ id: 'SubmittedApplication' });

export const ApplicationOut = z
  .object({
    id,
    status: StatusOut,
    submittedOn: date,
    packId: z.string(),
    // As the investor last submitted it, before officers' verifications.
    proposal: Proposal,
    screening: ScreeningResultOut,
    allowedActions: z
      .array(z.string())
      .meta({ description: 'What may happen next in the current status' }),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Application' });

export const ApplicationSummaryOut = z
  .object({
    id,
    status: StatusOut,
    submittedOn: date,
    packId: z.string(),
    projectName: z.string(),
    investorName: z.string(),
    country: z.string(),
    sectorCodes: z.array(z.string()),
    area: z.string(),
    capitalUsd: z.number(),
    band: z.string(),
    eligible: z.boolean(),
    reviewRequired: z.boolean(),
    score: z.number(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'ApplicationSummary' });

const documented: Same<z.output<typeof ApplicationSummaryOut>, ApplicationSummary> = true;
void documented;

export const ApplicationListOut = z
  .object({ items: z.array(ApplicationSummaryOut), nextCursor })
  .meta({ id: 'ApplicationList' });

export const HistoryOut = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        at: instant,
        actor: z.string().meta({ description: 'Name of the token holder, or public' }),
        role: z.string(),
        action: z.string().meta({ example: 'decision.approve' }),
        subject: z.string().nullable(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
    nextCursor,
  })
  .meta({ id: 'ApplicationHistory', description: 'Oldest first' });

export const HistoryQuery = z.strictObject({
  cursor: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const VerifiedOut = z
  .object({ id, status: StatusOut, verified: z.array(z.string()) })
  .meta({ id: 'VerificationRecorded' });

export const RescreenedOut = z
  .object({ id, status: StatusOut, screening: ScreeningResultOut })
  .meta({ id: 'Rescreened' });

export const DecisionOut = z
  .object({
    id,
    status: StatusOut,
    decisionId: z.string(),
    decision: z.enum(['approve', 'reject', 'request_info']),
    screeningSeq: z.number().int().meta({ description: 'The screening the decision was taken on' }),
  })
  .meta({ id: 'DecisionRecorded' });

export const ReversalOut = z
  .object({
    id,
    status: StatusOut.meta({ description: 'Back under review' }),
    ledgerEntry: z
      .object({
        id: z.string().meta({ description: 'The reversing FDI ledger entry' }),
        amountUsd: z.number().meta({ description: "Minus the approval's amount" }),
      })
      .nullable()
      .meta({
        description:
          'The entry that cancels the approval in the FDI ledger (the approval entry stays); null for a rejection',
      }),
  })
  .meta({ id: 'DecisionReversed' });

const documentedReversal: Same<
  z.output<typeof ReversalOut>,
  Awaited<ReturnType<typeof reverseDecision>>
> = true;
void documentedReversal;

export const ReplayOut = z
  .object({
    reproduced: z
      .boolean()
      .meta({ description: 'True when the result is byte for byte the stored one' }),
    pack: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
    screening: z.object({
      seq: z.number().int(),
      asOf: date,
      createdAt: instant,
      resultHash: z.string(),
    }),
    differences: z
      .array(z.string())
      .meta({ description: 'Paths where the replayed result differs; empty when reproduced' }),
  })
  .meta({ id: 'Replay' });

export const ResubmittedOut = z
  .object({ id, status: z.literal('resubmitted'), screening: ScreeningResultOut })
  .meta({ id: 'Resubmitted' });

export const WithdrawalInput = z.strictObject({
  note: z.string().trim().max(2000).optional().meta({ description: 'Why, if the investor says' }),
});

export const WithdrawnOut = z
  .object({ id, status: z.literal('withdrawn') })
  .meta({ id: 'Withdrawn' });

export const ApplicationParams = z.object({ id });

export const ReceiptQuery = z.object({
  receipt: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The receipt token given at submission' }),
});
