/**
 * Pack versions kept in the database, so every screening can be replayed under the exact rules it
 * used even after the files in `rules/` change. A version number is a promise: the same id and
 * version with different content is refused, loudly, instead of silently rewriting history.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { packVersions } from '../db/schema.js';
import { hashContent } from '../screening/canonical-json.js';
import { compileVersion, type PackRegistry, type PackVersion } from '../screening/pack-registry.js';
import type { PackContent } from '../screening/pack-schema.js';

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

/** Stores every loaded version not yet in the database and checks the stored ones are unchanged. */
export async function syncPackVersions(
  db: Executor,
  registry: PackRegistry,
  actor: string,
): Promise<void> {
  const conflicts: PackVersionConflictError['conflicts'] = [];
  for (const packId of registry.packIds()) {
    for (const v of registry.versionsOf(packId)) {
      const m = v.content.meta;
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
      const [stored] = await db
        .select({ hash: packVersions.hash })
        .from(packVersions)
        .where(and(eq(packVersions.packId, packId), eq(packVersions.version, m.version)));
      if (stored && stored.hash !== v.hash)
        conflicts.push({ packId, version: m.version, stored: stored.hash, loaded: v.hash });
    }
  }
  if (conflicts.length > 0) throw new PackVersionConflictError(conflicts);
}

const compiled = new Map<string, PackVersion>();

/** A stored version, compiled once per hash; undefined when it was never stored. */
export async function storedVersion(
  db: Executor,
  packId: string,
  version: string,
): Promise<PackVersion | undefined> {
  const [row] = await db
    .select({ hash: packVersions.hash, content: packVersions.content })
    .from(packVersions)
    .where(and(eq(packVersions.packId, packId), eq(packVersions.version, version)));
  if (!row) return undefined;
  const hit = compiled.get(row.hash);
  if (hit) return hit;
  const content = row.content as PackContent;
  if (hashContent(content) !== row.hash)
    throw new Error(`stored pack ${packId} ${version} does not match its hash`);
  const v = compileVersion(content, row.hash);
  compiled.set(row.hash, v);
  return v;
}
