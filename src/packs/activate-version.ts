/**
 * Activates a stored pack version from a date, in one transaction: the stored content is checked
 * again by the loader's checks, the activation appended, the statuses of the pack's versions
 * brought up to date and the act audited. Rolling back is activating the earlier version again
 * with a new date; nothing is ever removed, so every earlier screening still replays.
 *
 * A date before today (in the pack's time zone) changes what was in force for applications already
 * submitted: it needs `retroactive: true` and a note saying why.
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../applications/audit.js';
import type { ServiceContext } from '../applications/context.js';
import { packActivations, packVersions } from '../db/schema.js';
import { versionOnDate } from '../screening/pack-registry.js';
import type { PackContent } from '../screening/pack-schema.js';
import { IsoDate } from '../screening/proposal-schema.js';
import { dateIn } from '../screening/today.js';
import type { ValidationIssue } from '../screening/validation-issues.js';
import { invalid, notFound, ServiceError } from '../service-errors.js';
import { checkStoredContent, type StoredCases } from './check-stored-content.js';
import {
  activationsOf,
  refreshStatuses,
  statusesOn,
  timelineOf,
  type VersionStatus,
} from './pack-timeline.js';
import { packIssue } from './upload-draft.js';

export const ActivationInput = z.strictObject({
  effectiveFrom: IsoDate.meta({
    description:
      'The first submission date judged by this version (not before its own effectiveFrom)',
  }),
  note: z.string().trim().min(1).max(2000).optional().meta({
    description: 'Why; required when the date is before today',
  }),
  retroactive: z.boolean().optional().meta({
    description: 'Must be true for a date before today (it changes already-submitted applications)',
  }),
});
export type ActivationInput = z.infer<typeof ActivationInput>;

export type ActivationResult = {
  packId: string;
  version: string;
  hash: string;
  effectiveFrom: string;
  /** The version in force on that date before this activation (null: none was). */
  previous: string | null;
  retroactive: boolean;
  note: string | null;
  activatedBy: string;
  activatedAt: string;
  statuses: Record<string, VersionStatus>;
};

function issue(path: string, rule: string, vi: string, en: string): ValidationIssue {
  return { path, rule, message: { vi, en } };
}

function dateIssues(meta: PackContent['meta'], input: ActivationInput, today: string) {
  const issues: ValidationIssue[] = [];
  const date = input.effectiveFrom;
  if (date < meta.effectiveFrom)
    issues.push(
      issue(
        'effectiveFrom',
        'before_version',
        `Phiên bản ${meta.version} chỉ có hiệu lực từ ${meta.effectiveFrom}; không thể áp dụng từ ${date}.`,
        `Version ${meta.version} takes effect on ${meta.effectiveFrom} at the earliest; it cannot apply from ${date}.`,
      ),
    );
  if (meta.effectiveTo && date > meta.effectiveTo)
    issues.push(
      issue(
        'effectiveFrom',
        'after_version',
        `Phiên bản ${meta.version} hết hiệu lực ngày ${meta.effectiveTo}.`,
        `Version ${meta.version} ends on ${meta.effectiveTo}.`,
      ),
    );
  if (date < today) {
    if (input.retroactive !== true)
      issues.push(
        issue(
          'retroactive',
          'retroactive_required',
          `Ngày ${date} đã qua (hôm nay ${today}): áp dụng hồi tố làm thay đổi bộ tiêu chí của các hồ sơ đã nộp; hãy gửi "retroactive": true kèm lý do.`,
          `${date} is in the past (today is ${today}): a retroactive activation changes the rules for applications already submitted; send "retroactive": true with a note.`,
        ),
      );
    if (input.note === undefined)
      issues.push(
        issue(
          'note',
          'required',
          'Áp dụng hồi tố cần ghi rõ lý do.',
          'A retroactive activation needs a note saying why.',
        ),
      );
  }
  return issues;
}

export async function activateVersion(
  ctx: ServiceContext,
  packId: string,
  version: string,
  input: ActivationInput,
): Promise<ActivationResult> {
  return ctx.db.transaction(async (tx) => {
    // Activations of one pack queue here, so each sees the timeline the previous one left.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pack-activation:${packId}`}))`);
    const [row] = await tx
      .select({ hash: packVersions.hash, content: packVersions.content, cases: packVersions.cases })
      .from(packVersions)
      .where(and(eq(packVersions.packId, packId), eq(packVersions.version, version)));
    if (!row)
      throw notFound({
        vi: `Bộ tiêu chí "${packId}" không có phiên bản "${version}" đã lưu.`,
        en: `Rule pack "${packId}" has no stored version "${version}".`,
      });
    const problems = checkStoredContent(row.content, row.hash, row.cases as StoredCases | null);
    if (problems.length > 0)
      throw new ServiceError(
        'validation_failed',
        {
          vi: `Phiên bản ${version} không hợp lệ; không thể áp dụng.`,
          en: `Version ${version} does not validate; it cannot be activated.`,
        },
        { issues: problems.map(packIssue), problems },
      );
    const meta = (row.content as PackContent).meta;
    const now = ctx.clock();
    const today = dateIn(meta.jurisdiction.timeZone, now);
    const issues = dateIssues(meta, input, today);
    if (issues.length > 0) throw invalid(issues);

    const before = timelineOf(await activationsOf(tx, [packId]));
    const previous = versionOnDate(before, input.effectiveFrom) ?? null;
    // Re-stating the version already in force on that date would change no day of the timeline.
    if (previous === version)
      throw new ServiceError(
        'conflict',
        {
          vi: `Phiên bản ${version} đã có hiệu lực vào ngày ${input.effectiveFrom}.`,
          en: `Version ${version} is already in force on ${input.effectiveFrom}.`,
        },
        { allowed: [] },
      );

    const note = input.note ?? null;
    const retroactive = input.effectiveFrom < today;
    const [added] = await tx
      .insert(packActivations)
      .values({
        packId,
        version,
        effectiveFrom: input.effectiveFrom,
        note,
        activatedBy: ctx.actor.name,
        activatedAt: now,
      })
      .returning();
    if (!added) throw new Error('activation not stored');
    const timeline = [...before, { version, from: input.effectiveFrom }].sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
    );
    await refreshStatuses(tx, packId, timeline, today);
    await recordAudit(tx, ctx, {
      action: 'pack.activated',
      subject: `${packId} ${version}`,
      before: { inForceOnDate: previous },
      after: {
        packId,
        version,
        hash: row.hash,
        effectiveFrom: input.effectiveFrom,
        note,
        retroactive,
      },
    });
    return {
      packId,
      version,
      hash: row.hash,
      effectiveFrom: input.effectiveFrom,
      previous,
      retroactive,
      note,
      activatedBy: added.activatedBy,
      activatedAt: added.activatedAt.toISOString(),
      statuses: Object.fromEntries(statusesOn(timeline, today)),
    };
  });
}
