/**
 * A copy of the repository pack under a new id and jurisdiction, so a database test can keep its
 * FDI figures and applications apart from every other test sharing the database.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import { hashContent } from '../../src/screening/canonical-json.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import { repoPacks } from './packs.js';

export async function isolatedPack(
  db: Database,
): Promise<{ packs: PackRegistry; packId: string; jurisdiction: string }> {
  const { packs } = await repoPacks();
  const content = structuredClone(packs[0]?.content);
  if (!content) throw new Error('no pack');
  const tag = randomUUID().slice(0, 8);
  content.meta.id = `test-${tag}`;
  content.meta.jurisdiction.id = `test-jurisdiction-${tag}`;
  const registry = new PackRegistry(
    [compileVersion(content, hashContent(content))],
    content.meta.id,
  );
  await syncPackVersions(db, registry, 'test');
  return { packs: registry, packId: content.meta.id, jurisdiction: content.meta.jurisdiction.id };
}
