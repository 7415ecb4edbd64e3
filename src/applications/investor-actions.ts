/**
 * What an investor can do with a receipt: resubmit a proposal after the department asked for more
 * information, or withdraw the application. A wrong receipt looks like a missing application.
 */
import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { applications } from '../db/schema.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { validateProposal } from '../screening/validate-proposal.js';
import { invalid, notFound } from '../service-errors.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { effectiveProposal, verificationsOf } from './effective-proposal.js';
import { type ApplicationRow, loadApplication } from './load-application.js';
import { secretMatches } from './receipts.js';
import { storeScreening } from './screen-application.js';
import { assertAllowed } from './status.js';

async function loadForHolder(
  tx: Transaction,
  id: string,
  receipt: string | undefined,
): Promise<ApplicationRow> {
  const row = await loadApplication(tx, id, { forUpdate: true }).catch(() => undefined);
  if (!row || receipt === undefined || !secretMatches(receipt, row.receiptHash)) {
    throw notFound({
      vi: `Không có hồ sơ ${id} với biên nhận này.`,
      en: `No application ${id} for this receipt.`,
    });
  }
  return row;
}

export async function resubmitApplication(
  ctx: ServiceContext,
  id: string,
  receipt: string | undefined,
  body: unknown,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadForHolder(tx, id, receipt);
    assertAllowed('resubmit', row.status);
    // The original submission date keeps choosing the pack; the body may not move it.
    const raw = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
    const checked = validateProposal(
      ctx.packs,
      { ...raw, submittedOn: row.submittedOn, pack: row.packId },
      row.submittedOn,
    );
    if (!checked.ok) throw invalid(checked.issues);
    const proposal = {
      ...checked.proposal,
      submittedOn: row.submittedOn,
      pack: row.packId,
    } as Proposal;
    await tx
      .update(applications)
      .set({ proposal, status: 'resubmitted' })
      .where(eq(applications.id, id));
    const effective = effectiveProposal(proposal, await verificationsOf(tx, id));
    const { result, seq } = await storeScreening(tx, ctx, { ...row, proposal }, checked.version, {
      ...effective,
      reason: 'resubmission',
    });
    await recordAudit(tx, ctx, {
      action: 'application.resubmitted',
      applicationId: id,
      before: { status: row.status },
      after: { status: 'resubmitted', band: result.band.id, score: result.score, seq },
    });
    return { id, status: 'resubmitted' as const, screening: result };
  });
}

export async function withdrawApplication(
  ctx: ServiceContext,
  id: string,
  receipt: string | undefined,
  note: string,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadForHolder(tx, id, receipt);
    assertAllowed('withdraw', row.status);
    await tx
      .update(applications)
      .set({ status: 'withdrawn', updatedAt: ctx.clock() })
      .where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: 'application.withdrawn',
      applicationId: id,
      before: { status: row.status },
      after: { status: 'withdrawn', note },
    });
    return { id, status: 'withdrawn' as const };
  });
}
