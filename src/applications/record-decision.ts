/**
 * An officer decides: approve, reject or request information, with a note, against the latest
 * screening. The application row is locked, so of two simultaneous decisions one wins and the
 * other meets a decided application (409). An approval adds the project's registered capital to
 * the FDI ledger in the same transaction.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, decisions } from '../db/schema.js';
import { recordApprovalEntry } from '../fdi/application-entries.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { latestScreening, loadApplication } from './load-application.js';
import { assertAllowed, nextStatus } from './status.js';

export const DecisionInput = z.strictObject({
  decision: z.enum(['approve', 'reject', 'request_info']),
  note: z.string().trim().min(1).max(4000),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export async function recordDecision(ctx: ServiceContext, id: string, input: DecisionInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadApplication(tx, id, { forUpdate: true });
    assertAllowed(input.decision, row.status);
    const screening = await latestScreening(tx, id);
    const status = nextStatus(input.decision, row.status);
    const now = ctx.clock();
    const [decision] = await tx
      .insert(decisions)
      .values({
        applicationId: id,
        decision: input.decision,
        note: input.note,
        screeningId: screening.id,
        actor: ctx.actor.name,
        createdAt: now,
      })
      .returning({ id: decisions.id });
    await tx.update(applications).set({ status, updatedAt: now }).where(eq(applications.id, id));
    // An approval counts toward the FDI target from this moment, in this same transaction.
    const ledger =
      input.decision === 'approve'
        ? await recordApprovalEntry(tx, ctx, row, screening, decision?.id as string)
        : undefined;
    await recordAudit(tx, ctx, {
      action: `decision.${input.decision}`,
      applicationId: id,
      before: { status: row.status },
      after: {
        status,
        note: input.note,
        screening: {
          seq: screening.seq,
          pack: { id: screening.packId, version: screening.packVersion, hash: screening.packHash },
        },
        ...(ledger ? { ledgerEntry: { id: ledger.id, amountUsd: Number(ledger.amountUsd) } } : {}),
      },
    });
    return {
      id,
      status,
      decisionId: decision?.id as string,
      decision: input.decision,
      screeningSeq: screening.seq,
    };
  });
}
