/**
 * Replays a stored screening: its stored input under its stored pack version (from the database,
 * checked against its hash), and says whether the result is byte for byte the one stored.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { screenings } from '../db/schema.js';
import { storedVersion } from '../packs/stored-versions.js';
import { canonicalJson, sha256 } from '../screening/canonical-json.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { screenProposal } from '../screening/screen-proposal.js';
import { notFound } from '../service-errors.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { latestScreening, loadApplication } from './load-application.js';

export const ReplayInput = z.strictObject({
  // Bounded by the int column it is compared with: a larger number made the query fail (a 500).
  seq: z.number().int().min(1).max(2_147_483_647).optional().meta({
    description: 'Which screening of the application (1 = at submission); default the latest',
  }),
});
export type ReplayInput = z.infer<typeof ReplayInput>;

/** Paths where two JSON values differ, for a human to look at. */
function differences(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 50) return out;
  if (canonicalJson(a) === canonicalJson(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
        out,
      );
    return out;
  }
  out.push(path || '(root)');
  return out;
}

export async function replayScreening(ctx: ServiceContext, id: string, input: ReplayInput) {
  await loadApplication(ctx.db, id);
  const row = input.seq
    ? (
        await ctx.db
          .select()
          .from(screenings)
          .where(and(eq(screenings.applicationId, id), eq(screenings.seq, input.seq)))
      )[0]
    : await latestScreening(ctx.db, id);
  if (!row)
    throw notFound({
      vi: `Hồ sơ ${id} không có lần đánh giá số ${input.seq}.`,
      en: `Application ${id} has no screening number ${input.seq}.`,
    });
  const version = await storedVersion(ctx.db, row.packId, row.packVersion);
  if (!version || version.hash !== row.packHash) {
    throw notFound({
      vi: `Không còn bản lưu của bộ tiêu chí ${row.packId} ${row.packVersion} với mã băm đã dùng.`,
      en: `The stored copy of pack ${row.packId} ${row.packVersion} with the hash used is missing.`,
    });
  }
  const replayed = screenProposal(version, row.input as Proposal, row.asOf, {
    verified: new Set(row.verifiedPaths),
  });
  const reproduced = sha256(JSON.stringify(replayed)) === row.resultHash;
  await recordAudit(ctx.db, ctx, {
    action: 'screening.replayed',
    applicationId: id,
    subject: `screening ${row.seq}`,
    after: { reproduced },
  });
  return {
    reproduced,
    pack: { id: row.packId, version: row.packVersion, hash: row.packHash },
    screening: {
      seq: row.seq,
      asOf: row.asOf,
      createdAt: row.createdAt.toISOString(),
      resultHash: row.resultHash,
    },
    differences: reproduced ? [] : differences(JSON.parse(row.resultJson), replayed),
  };
}
