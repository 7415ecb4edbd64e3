/**
 * A draft pack version stored as a draft upload leaves it (a `pack_versions` row with status
 * draft): a copy of a stored version with parameter values changed, under a new version number.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from '../../src/db/client.js';
import { packVersions } from '../../src/db/schema.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import { hashContent } from '../../src/screening/canonical-json.js';
import { loadPackDir } from '../../src/screening/load-packs.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import type { PackContent } from '../../src/screening/pack-schema.js';
import { PACK_ID, RULES_DIR } from './packs.js';

export async function storeDraft(
  db: Database,
  base: PackContent,
  version: string,
  values: Record<string, number | boolean>,
  /** Further edits of the copy (a criterion's kind or rules), made after the values. */
  edit: (content: PackContent) => void = () => {},
): Promise<PackContent> {
  const content = structuredClone(base);
  content.meta.version = version;
  for (const [id, value] of Object.entries(values)) {
    const p = content.parameters[id];
    if (!p) throw new Error(`no parameter ${id}`);
    // Every dated value of the parameter takes the new one: the draft changes the rule, not its dates.
    for (const v of p.values) v.value = value;
  }
  edit(content);
  await db.insert(packVersions).values({
    packId: content.meta.id,
    version,
    effectiveFrom: content.meta.effectiveFrom,
    effectiveTo: content.meta.effectiveTo ?? null,
    hash: hashContent(content),
    content,
    status: 'draft',
    createdBy: 'test',
  });
  return content;
}

/**
 * The released version 1.0.0 of the repository pack, loaded alone: the simulation suites pin their
 * expectations to it, whatever later versions the rules folder holds.
 */
export async function releasedPack(): Promise<{
  content: PackContent;
  hash: string;
  /** The pack's base test case: a valid proposal. */
  base: Record<string, unknown>;
}> {
  const loaded = await loadPackDir(join(RULES_DIR, PACK_ID, '1.0.0'));
  if (!loaded.ok) throw new Error(`pack 1.0.0 is invalid: ${JSON.stringify(loaded.problems)}`);
  const { content, hash, base } = loaded.pack;
  return { content, hash, base: base as Record<string, unknown> };
}

/**
 * Version 1.0.0 under a new pack id and jurisdiction, stored as the service stores loaded versions:
 * a test's applications, pipeline and simulation then see nothing of the other tests'.
 */
export async function isolatedReleasedPack(
  db: Database,
): Promise<{ packs: PackRegistry; packId: string; content: PackContent }> {
  const content = structuredClone((await releasedPack()).content);
  const tag = randomUUID().slice(0, 8);
  content.meta.id = `sim-${tag}`;
  content.meta.jurisdiction.id = `sim-jurisdiction-${tag}`;
  const packs = new PackRegistry([compileVersion(content, hashContent(content))], content.meta.id);
  await syncPackVersions(db, packs, 'test');
  return { packs, packId: content.meta.id, content };
}
