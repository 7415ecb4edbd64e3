/**
 * A pack's activation timeline as stored (`pack_activations`), and the statuses it implies for its
 * versions on a given day: `active` for the version in force that day and those activated to take
 * effect later, `retired` for activated versions since superseded, `draft` for the never activated.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { packActivations, packVersions } from '../db/schema.js';
import { type PackTimeline, versionOnDate } from '../screening/pack-registry.js';

export type VersionStatus = 'draft' | 'active' | 'retired';

export type Activation = {
  id: number;
  packId: string;
  version: string;
  effectiveFrom: string;
  note: string | null;
  activatedBy: string;
  activatedAt: Date;
};

/** Every activation of the packs, earliest date first; of two on one date, the later one last. */
export async function activationsOf(
  db: Executor,
  packIds?: readonly string[],
): Promise<Activation[]> {
  const query = db.select().from(packActivations);
  const filtered = packIds ? query.where(inArray(packActivations.packId, [...packIds])) : query;
  // Insertion order breaks ties: activations of a pack are serialised (an advisory lock), so the
  // later id is the later activation even when clocks disagree.
  return filtered.orderBy(asc(packActivations.effectiveFrom), asc(packActivations.id));
}

export function timelineOf(activations: readonly Activation[]): PackTimeline {
  return activations.map((a) => ({ version: a.version, from: a.effectiveFrom }));
}

/** Each activated version's status on `today`; versions not in the timeline are drafts. */
export function statusesOn(timeline: PackTimeline, today: string): Map<string, VersionStatus> {
  const out = new Map<string, VersionStatus>();
  for (const e of timeline) out.set(e.version, 'retired');
  const now = versionOnDate(timeline, today);
  if (now !== undefined) out.set(now, 'active');
  // A later entry is in force from its date unless another entry of the same date supersedes it.
  const winners = new Map<string, string>();
  for (const e of timeline) if (e.from > today) winners.set(e.from, e.version);
  for (const version of winners.values()) out.set(version, 'active');
  return out;
}

/** Writes the statuses `statusesOn` gives into `pack_versions` (only rows that change). */
export async function refreshStatuses(
  tx: Executor,
  packId: string,
  timeline: PackTimeline,
  today: string,
): Promise<void> {
  const statuses = statusesOn(timeline, today);
  const rows = await tx
    .select({ id: packVersions.id, version: packVersions.version, status: packVersions.status })
    .from(packVersions)
    .where(eq(packVersions.packId, packId));
  for (const row of rows) {
    const status = statuses.get(row.version) ?? 'draft';
    if (status !== row.status)
      await tx.update(packVersions).set({ status }).where(eq(packVersions.id, row.id));
  }
}
