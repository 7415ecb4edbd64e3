/**
 * An approval puts the application's registered capital in the FDI ledger, in the same
 * transaction as the decision; a reversed approval adds the opposite entry. Nothing is deleted.
 * The amount is the one the decision rested on: the latest screening's input, with any verified
 * correction.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../applications/context.js';
import type { ApplicationRow, ScreeningRow } from '../applications/load-application.js';
import type { Transaction } from '../db/client.js';
import { fdiEntries } from '../db/schema.js';
import { storedVersion } from '../packs/stored-versions.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { dateIn } from '../screening/today.js';
import { openApprovalEntry } from './ledger-queries.js';

async function jurisdictionOf(tx: Transaction, ctx: ServiceContext, screening: ScreeningRow) {
  const version =
    ctx.packs.version(screening.packId, screening.packVersion) ??
    (await storedVersion(tx, screening.packId, screening.packVersion));
  if (!version) throw new Error(`pack ${screening.packId} ${screening.packVersion} is not stored`);
  return version.content.meta.jurisdiction;
}

export async function recordApprovalEntry(
  tx: Transaction,
  ctx: ServiceContext,
  row: ApplicationRow,
  screening: ScreeningRow,
  decisionId: string,
) {
  const jurisdiction = await jurisdictionOf(tx, ctx, screening);
  const on = dateIn(jurisdiction.timeZone, ctx.clock());
  const p = screening.input as Proposal;
  const [entry] = await tx
    .insert(fdiEntries)
    .values({
      jurisdiction: jurisdiction.id,
      periodFrom: on,
      periodTo: on,
      year: Number(on.slice(0, 4)),
      fullYear: false,
      flow: p.project.form,
      measure: 'registered',
      amountUsd: String(p.capital.totalUsd),
      projects: 1,
      country: p.investor.country,
      sector: p.project.sectorCodes[0] ?? null,
      area: p.site.area,
      park: p.site.industrialPark,
      sourceKind: 'application',
      status: 'approved',
      batch: randomUUID(),
      applicationId: row.id,
      note: `decision ${decisionId}`,
      createdBy: ctx.actor.name,
      createdAt: ctx.clock(),
    })
    .returning({ id: fdiEntries.id, amountUsd: fdiEntries.amountUsd });
  return entry;
}

/**
 * Cancels the application's open approval entry, if it has one; returns the reversing entry. The
 * reversal takes the period of the approval it cancels — the year whose figure it corrects — and
 * its own recording time.
 */
export async function recordReversalEntry(
  tx: Transaction,
  ctx: ServiceContext,
  row: ApplicationRow,
  note: string,
) {
  const open = await openApprovalEntry(tx, row.id);
  if (!open) return undefined;
  const [entry] = await tx
    .insert(fdiEntries)
    .values({
      ...open,
      id: undefined,
      seq: undefined,
      amountUsd: String(-Number(open.amountUsd)),
      projects: -(open.projects ?? 0),
      status: 'reversal',
      batch: randomUUID(),
      reverses: open.id,
      note,
      createdBy: ctx.actor.name,
      createdAt: ctx.clock(),
    })
    .returning({ id: fdiEntries.id, amountUsd: fdiEntries.amountUsd });
  return entry;
}
