/**
 * Reverses an approval or a rejection (an administrator's act, with a note): the application goes
 * back under review, and an approval's ledger entry is cancelled by an opposite entry — the
 * history keeps both.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../db/schema.js';
import { recordReversalEntry } from '../fdi/application-entries.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { loadApplication } from './load-application.js';
import { assertAllowed, nextStatus } from './status.js';

export const ReversalInput = z.strictObject({ note: z.string().trim().min(1).max(4000) });
export type ReversalInput = z.infer<typeof ReversalInput>;

export async function reverseDecision(ctx: ServiceContext, id: string, input: ReversalInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadApplication(tx, id, { forUpdate: true });
    assertAllowed('reverse', row.status);
    const status = nextStatus('reverse', row.status);
    const now = ctx.clock();
    await tx.update(applications).set({ status, updatedAt: now }).where(eq(applications.id, id));
    const ledger = await recordReversalEntry(tx, ctx, row, input.note);
    await recordAudit(tx, ctx, {
      action: 'decision.reversed',
      applicationId: id,
      before: { status: row.status },
      after: {
        status,
        note: input.note,
        ...(ledger ? { ledgerEntry: { id: ledger.id, amountUsd: Number(ledger.amountUsd) } } : {}),
      },
    });
    return {
      id,
      status,
      ledgerEntry: ledger ? { id: ledger.id, amountUsd: Number(ledger.amountUsd) } : null,
    };
  });
}
