/**
 * The pack version an application is judged by: the one in force on its submission date, or a
 * version an officer names. Versions come from the loaded packs, else from the database's copies.
 */
import type { Executor } from '../db/client.js';
import { storedVersion } from '../packs/stored-versions.js';
import type { PackVersion } from '../screening/pack-registry.js';
import { ServiceError } from '../service-errors.js';
import type { ServiceContext } from './context.js';
import type { ApplicationRow } from './load-application.js';

export async function packForApplication(
  tx: Executor,
  ctx: ServiceContext,
  row: ApplicationRow,
  named?: string,
): Promise<PackVersion> {
  if (named) {
    const v = ctx.packs.version(row.packId, named) ?? (await storedVersion(tx, row.packId, named));
    if (v) return v;
    const known = ctx.packs
      .versionsOf(row.packId)
      .map((x) => x.content.meta.version)
      .join(', ');
    throw new ServiceError(
      'validation_failed',
      { vi: 'Phiên bản không tồn tại.', en: 'Unknown version.' },
      {
        issues: [
          {
            path: 'version',
            rule: 'unknown_version',
            message: {
              vi: `Bộ tiêu chí ${row.packId} không có phiên bản ${named} (có: ${known}).`,
              en: `Pack ${row.packId} has no version ${named} (known: ${known}).`,
            },
          },
        ],
      },
    );
  }
  const v = ctx.packs.inForce(row.packId, row.submittedOn);
  if (!v) throw new Error(`no version of ${row.packId} in force on ${row.submittedOn}`);
  return v;
}
