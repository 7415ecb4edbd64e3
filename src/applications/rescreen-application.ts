/**
 * An officer rescreens an application with the verified values. The original submission date still
 * picks the pack version, unless the officer names one (to see how another version would judge it).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../db/schema.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { effectiveProposal, verificationsOf } from './effective-proposal.js';
import { latestScreening, loadApplication } from './load-application.js';
import { packForApplication } from './pack-for-application.js';
import { storeScreening } from './screen-application.js';
import { assertAllowed, nextStatus } from './status.js';

export const RescreenInput = z.strictObject({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .optional()
    .meta({
      description: 'A pack version to use instead of the one in force on the submission date',
    }),
});
export type RescreenInput = z.infer<typeof RescreenInput>;

export async function rescreenApplication(ctx: ServiceContext, id: string, input: RescreenInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadApplication(tx, id, { forUpdate: true });
    assertAllowed('rescreen', row.status);
    const version = await packForApplication(tx, ctx, row, input.version);
    const before = JSON.parse((await latestScreening(tx, id)).resultJson) as {
      band: { id: string };
      score: number;
    };
    const { proposal, verified } = effectiveProposal(
      row.proposal as Proposal,
      await verificationsOf(tx, id),
    );
    const { result, seq } = await storeScreening(tx, ctx, row, version, {
      proposal,
      verified,
      reason: 'rescreen',
    });
    const status = nextStatus('rescreen', row.status);
    if (status !== row.status)
      await tx.update(applications).set({ status }).where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: 'application.rescreened',
      applicationId: id,
      before: { band: before.band.id, score: before.score, status: row.status },
      after: {
        band: result.band.id,
        score: result.score,
        status,
        pack: result.pack,
        verified,
        seq,
      },
    });
    return { id, status, screening: result };
  });
}
