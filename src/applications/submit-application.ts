/**
 * Submits a proposal as an application: validated, screened under the pack in force on its
 * submission date, and stored — proposal, screening (pack id, version, hash, full result) and audit
 * event — in one transaction. An Idempotency-Key makes a retry return the first answer and store
 * nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { applications, idempotencyKeys, screenings } from '../db/schema.js';
import { canonicalJson, sha256 } from '../screening/canonical-json.js';
import { screenProposal } from '../screening/screen-proposal.js';
import type { ScreeningResult } from '../screening/screening-result.js';
import { todayForProposal } from '../screening/today.js';
import { validateProposal } from '../screening/validate-proposal.js';
import { invalid, ServiceError } from '../service-errors.js';
import { listColumns } from './application-view.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { hashSecret, newSecret } from './receipts.js';

export type SubmitInput = { body: unknown; idempotencyKey?: string };
export type SubmitResponse = {
  id: string;
  receiptToken: string;
  status: 'submitted';
  screening: ScreeningResult;
};
export type SubmitResult = { status: number; body: SubmitResponse; replayed: boolean };

export async function submitApplication(
  ctx: ServiceContext,
  input: SubmitInput,
): Promise<SubmitResult> {
  const checked = validateProposal(
    ctx.packs,
    input.body,
    todayForProposal(ctx.packs, input.body, ctx.clock()),
  );
  if (!checked.ok) throw invalid(checked.issues);
  const { version, asOf } = checked;
  const proposal = { ...checked.proposal, submittedOn: asOf, pack: version.content.meta.id };
  const screening = screenProposal(version, proposal, asOf);
  const id = randomUUID();
  const receiptToken = newSecret('rcp');
  const body: SubmitResponse = { id, receiptToken, status: 'submitted', screening };
  const requestHash = sha256(canonicalJson(input.body));

  return ctx.db.transaction(async (tx) => {
    if (input.idempotencyKey) {
      const claimed = await tx
        .insert(idempotencyKeys)
        .values({
          key: input.idempotencyKey,
          requestHash,
          status: 201,
          bodyJson: JSON.stringify(body),
          createdAt: ctx.clock(),
        })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (claimed.length === 0) {
        const [first] = await tx
          .select()
          .from(idempotencyKeys)
          .where(eq(idempotencyKeys.key, input.idempotencyKey));
        if (!first || first.requestHash !== requestHash) {
          throw new ServiceError('idempotency_key_reused', {
            vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho mỗi hồ sơ.',
            en: 'This Idempotency-Key was already used for a different request; use a new key for each application.',
          });
        }
        return {
          status: first.status,
          body: JSON.parse(first.bodyJson) as SubmitResponse,
          replayed: true,
        };
      }
    }
    const now = ctx.clock();
    await tx.insert(applications).values({
      id,
      status: 'submitted',
      submittedOn: asOf,
      packId: version.content.meta.id,
      proposal,
      receiptHash: hashSecret(receiptToken),
      ...listColumns(proposal, screening),
      createdAt: now,
      updatedAt: now,
    });
    const text = JSON.stringify(screening);
    await tx.insert(screenings).values({
      applicationId: id,
      seq: 1,
      reason: 'submission',
      packId: screening.pack.id,
      packVersion: screening.pack.version,
      packHash: screening.pack.hash,
      asOf,
      input: proposal,
      verifiedPaths: [],
      resultJson: text,
      resultHash: sha256(text),
      actor: ctx.actor.name,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'application.submitted',
      applicationId: id,
      after: {
        status: 'submitted',
        band: screening.band.id,
        score: screening.score,
        pack: screening.pack,
      },
    });
    return { status: 201, body, replayed: false };
  });
}
