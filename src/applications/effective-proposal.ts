/**
 * The proposal a rescreen uses: the investor's declarations with the officers' verified or
 * corrected values applied. A verification applies while the investor still declares what the
 * officer checked; a resubmission that changes the value makes it stale.
 */

import { isDeepStrictEqual } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { verifications } from '../db/schema.js';
import { valueAt, withValueAt } from '../screening/facts.js';
import type { Proposal } from '../screening/proposal-schema.js';

export type VerificationRow = typeof verifications.$inferSelect;

export async function verificationsOf(
  tx: Executor,
  applicationId: string,
): Promise<VerificationRow[]> {
  return tx
    .select()
    .from(verifications)
    .where(eq(verifications.applicationId, applicationId))
    .orderBy(asc(verifications.createdAt), asc(verifications.id));
}

export function effectiveProposal(
  proposal: Proposal,
  rows: readonly VerificationRow[],
): { proposal: Proposal; verified: string[] } {
  const latest = new Map<string, VerificationRow>();
  for (const r of rows) latest.set(r.path, r);
  let out = proposal;
  const verified: string[] = [];
  for (const [path, r] of latest) {
    if (!isDeepStrictEqual(valueAt(proposal, path) ?? null, r.declared ?? null)) continue;
    out = withValueAt(out, path, r.value ?? undefined);
    verified.push(path);
  }
  return { proposal: out, verified: verified.sort() };
}
