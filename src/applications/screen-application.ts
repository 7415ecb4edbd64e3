/**
 * Screens an application's effective proposal and stores the screening with the copies the lists
 * filter on: shared by submission-time rescreens, officer rescreens and resubmissions.
 */
import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { applications, screenings } from '../db/schema.js';
import { sha256 } from '../screening/canonical-json.js';
import type { PackVersion } from '../screening/pack-registry.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { screenProposal } from '../screening/screen-proposal.js';
import type { ScreeningResult } from '../screening/screening-result.js';
import { listColumns } from './application-view.js';
import type { ServiceContext } from './context.js';
import type { ApplicationRow } from './load-application.js';
import { latestScreening } from './load-application.js';

export async function storeScreening(
  tx: Transaction,
  ctx: ServiceContext,
  row: ApplicationRow,
  version: PackVersion,
  input: { proposal: Proposal; verified: string[]; reason: 'resubmission' | 'rescreen' },
): Promise<{ result: ScreeningResult; seq: number }> {
  const asOf = row.submittedOn;
  const result = screenProposal(version, input.proposal, asOf, {
    verified: new Set(input.verified),
  });
  const previous = await latestScreening(tx, row.id);
  const now = ctx.clock();
  await tx.insert(screenings).values({
    applicationId: row.id,
    seq: previous.seq + 1,
    reason: input.reason,
    packId: result.pack.id,
    packVersion: result.pack.version,
    packHash: result.pack.hash,
    asOf,
    input: input.proposal,
    verifiedPaths: input.verified,
    resultJson: JSON.stringify(result),
    resultHash: sha256(JSON.stringify(result)),
    actor: ctx.actor.name,
    createdAt: now,
  });
  await tx
    .update(applications)
    .set({ ...listColumns(input.proposal, result), updatedAt: now })
    .where(eq(applications.id, row.id));
  return { result, seq: previous.seq + 1 };
}
