/**
 * Pack versions kept in the database, so every screening can be replayed under the exact rules it
 * used even after the files in `rules/` change. A version number is a promise: the same id and
 * version with different content is refused, loudly, instead of silently rewriting history.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { packActivations, packVersions } from '../db/schema.js';
import { hashContent } from '../screening/canonical-json.js';
import { compileVersion, type PackRegistry, type PackVersion } from '../screening/pack-registry.js';
import type { PackContent } from '../screening/pack-schema.js';
import { dateIn } from '../screening/today.js';
import { activationsOf, refreshStatuses, timelineOf } from './pack-timeline.js';

/** Who activates the versions found in `rules/` that were never activated. */
export const RULES_ACTOR = 'system:rules';

export class PackVersionConflictError extends Error {
  constructor(
    readonly conflicts: { packId: string; version: string; stored: string; loaded: string }[],
  ) {
    super(
      `Pack versions changed without a new version number: ${conflicts
        .map((c) => `${c.packId} ${c.version} (stored ${c.stored}, files ${c.loaded})`)
        .join(
          '; ',
        )}. Restore the files of the released version and put the change in a new version folder.`,
    );
    this.name = 'PackVersionConflictError';
  }
}

/** Versions compiled in this process, by content hash: each is compiled once. */
const compiled = new Map<string, PackVersion>();

/**
 * Stores every loaded version not yet in the database and checks the stored ones are unchanged.
 * A loaded version with no activation at all is activated at its own `effectiveFrom` (by
 * `system:rules`); one that has activations keeps them, so a rolled-back version is not
 * re-activated by a restart. Statuses are then brought up to `now`.
 */
export async function syncPackVersions(
  db: Executor,
  registry: PackRegistry,
  actor: string,
  now: Date = new Date(),
): Promise<void> {
  const conflicts: PackVersionConflictError['conflicts'] = [];
  for (const packId of registry.packIds()) {
    for (const v of registry.versionsOf(packId)) {
      const m = v.content.meta;
      const storedHash = async () =>
        (
          await db
            .select({ hash: packVersions.hash })
            .from(packVersions)
            .where(and(eq(packVersions.packId, packId), eq(packVersions.version, m.version)))
        )[0]?.hash;
      // The content (hundreds of KB) is sent only when the version is not stored yet.
      let stored = await storedHash();
      if (stored === undefined) {
        await db
          .insert(packVersions)
          .values({
            packId,
            version: m.version,
            effectiveFrom: m.effectiveFrom,
            effectiveTo: m.effectiveTo ?? null,
            hash: v.hash,
            content: v.content,
            createdBy: actor,
          })
          .onConflictDoNothing();
        // Another process starting at the same moment may have stored it first.
        stored = await storedHash();
      }
      if (stored !== v.hash)
        conflicts.push({
          packId,
          version: m.version,
          stored: stored ?? '(none)',
          loaded: v.hash,
        });
      // The registry built from the database then reuses this compiled version, not a second one.
      else compiled.set(v.hash, v);
    }
  }
  if (conflicts.length > 0) throw new PackVersionConflictError(conflicts);
  for (const packId of registry.packIds()) {
    const versions = registry.versionsOf(packId);
    for (const v of versions) {
      const m = v.content.meta;
      // One statement, so two processes starting together add at most a duplicate of the same row.
      await db.execute(sql`
        INSERT INTO pack_activations (pack_id, version, effective_from, note, activated_by)
        SELECT ${packId}, ${m.version}, ${m.effectiveFrom}, ${'rules/ folder'}, ${RULES_ACTOR}
        WHERE NOT EXISTS (
          SELECT 1 FROM ${packActivations}
          WHERE pack_id = ${packId} AND version = ${m.version})`);
    }
    const zone = versions.at(-1)?.content.meta.jurisdiction.timeZone ?? 'UTC';
    const timeline = timelineOf(await activationsOf(db, [packId]));
    await refreshStatuses(db, packId, timeline, dateIn(zone, now));
  }
}

/** A stored version, compiled once per hash; undefined when it was never stored. */
export async function storedVersion(
  db: Executor,
  packId: string,
  version: string,
): Promise<PackVersion | undefined> {
  const where = and(eq(packVersions.packId, packId), eq(packVersions.version, version));
  // The hash alone first: a version compiled already needs no content read and parsed again.
  const [row] = await db.select({ hash: packVersions.hash }).from(packVersions).where(where);
  if (!row) return undefined;
  const hit = compiled.get(row.hash);
  if (hit) return hit;
  const [stored] = await db
    .select({ content: packVersions.content })
    .from(packVersions)
    .where(where);
  const content = stored?.content as PackContent;
  if (hashContent(content) !== row.hash)
    throw new Error(`stored pack ${packId} ${version} does not match its hash`);
  const v = compileVersion(content, row.hash);
  compiled.set(row.hash, v);
  return v;
}
