/**
 * The versions of a pack as stored: status, dates, hash, who stored each and when, its activations
 * and what it says changed (`meta.changes`), with the timeline they make up and the version in force
 * today. Read from the database, so drafts are listed too.
 */
import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../applications/context.js';
import { packVersions } from '../db/schema.js';
import { versionOnDate } from '../screening/pack-registry.js';
import type { PackContent } from '../screening/pack-schema.js';
import { dateIn } from '../screening/today.js';
import { notFound } from '../service-errors.js';
import { activationsOf, statusesOn, timelineOf } from './pack-timeline.js';

export async function listVersions(ctx: ServiceContext, packId: string) {
  const rows = await ctx.db
    .select()
    .from(packVersions)
    .where(eq(packVersions.packId, packId))
    .orderBy(asc(packVersions.effectiveFrom), asc(packVersions.createdAt));
  if (rows.length === 0)
    throw notFound({
      vi: `Không có bộ tiêu chí "${packId}" trong cơ sở dữ liệu.`,
      en: `No rule pack "${packId}" is stored.`,
    });
  const activations = await activationsOf(ctx.db, [packId]);
  const timeline = timelineOf(activations);
  const latest = rows[rows.length - 1] as (typeof rows)[number];
  const today = dateIn((latest.content as PackContent).meta.jurisdiction.timeZone, ctx.clock());
  // Statuses as of today from the timeline itself: the stored column is as of the last activation
  // or start-up, and a date passing can make an active version retired in between.
  const statuses = statusesOn(timeline, today);
  return {
    packId,
    today,
    inForceToday: versionOnDate(timeline, today) ?? null,
    timeline: timeline.map((e) => ({ version: e.version, from: e.from })),
    versions: rows.map((r) => {
      const meta = (r.content as PackContent).meta;
      return {
        version: r.version,
        status: statuses.get(r.version) ?? 'draft',
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        transition: meta.transition ?? null,
        title: meta.title,
        hash: r.hash,
        createdBy: r.createdBy,
        createdAt: r.createdAt.toISOString(),
        activations: activations
          .filter((a) => a.version === r.version)
          .map((a) => ({
            effectiveFrom: a.effectiveFrom,
            note: a.note,
            activatedBy: a.activatedBy,
            activatedAt: a.activatedAt.toISOString(),
          })),
        changes: meta.changes ?? [],
      };
    }),
  };
}

export type VersionList = Awaited<ReturnType<typeof listVersions>>;
