/**
 * Stores an uploaded pack version as a draft: the same files as a version folder, validated whole
 * by the loader that reads `rules/` at start-up (schemas, cross-references, the shape of the pack's
 * own cases). A bad version is refused with every problem and nothing stored; the same id and
 * version again is accepted only with identical content (a version number is a promise, as for
 * `rules/`). Its own cases are run and the failures reported: a draft whose cases still describe
 * the old rules can be simulated, but activation refuses it until they pass.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../applications/audit.js';
import type { ServiceContext } from '../applications/context.js';
import { packVersions } from '../db/schema.js';
import { loadPackFileTexts } from '../screening/load-packs.js';
import type { PackProblem } from '../screening/pack-problems.js';
import { failingCases } from '../screening/run-cases.js';
import { fromZodError, type ValidationIssue } from '../screening/validation-issues.js';
import { invalid, ServiceError } from '../service-errors.js';
import type { VersionStatus } from './pack-timeline.js';

/** A path inside a version folder: plain segments, no `..`, no absolute paths. */
const FILE_PATH = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;
export const MAX_FILES = 1000;

export const UploadInput = z.strictObject({
  files: z
    .record(
      z.string().regex(FILE_PATH, 'relative path inside the version folder').max(200),
      z.string(),
    )
    .refine((files) => Object.keys(files).length <= MAX_FILES, {
      params: {
        rule: 'max_items',
        vi: `Tối đa ${MAX_FILES} tệp.`,
        en: `At most ${MAX_FILES} files.`,
      },
    })
    .meta({
      description:
        'The files of a version folder (pack.yaml, parameters/*.yaml, criteria/*.yaml, catalogues/*.yaml, ' +
        'derived.yaml, cases/*.yaml), by their path inside it, each with its text',
    }),
});
export type UploadInput = z.infer<typeof UploadInput>;

export type UploadResult = {
  packId: string;
  version: string;
  hash: string;
  status: VersionStatus;
  /** False when the same version with the same content was already stored (nothing changed). */
  created: boolean;
  problems: PackProblem[];
  /** The version's own cases that fail: it is stored, but cannot be activated until they pass. */
  caseFailures: ValidationIssue[];
};

/** A pack problem as an issue of the request: its file in `files`, then the path inside it. */
export function packIssue(p: PackProblem): ValidationIssue & { file: string; at: string } {
  const file = `files[${JSON.stringify(p.file)}]`;
  const path =
    p.path === '' ? file : /\s/.test(p.path) ? `${file} (${p.path})` : `${file}.${p.path}`;
  return { path, rule: 'invalid_pack', message: p.message, file: p.file, at: p.path };
}

/** The input as the route or the CLI got it, checked; a ServiceError (validation) otherwise. */
export function parseUpload(body: unknown): UploadInput {
  const parsed = UploadInput.safeParse(body);
  if (!parsed.success) throw invalid(fromZodError(parsed.error));
  return parsed.data;
}

export async function uploadDraft(ctx: ServiceContext, input: UploadInput): Promise<UploadResult> {
  const loaded = loadPackFileTexts(input.files);
  if (!loaded.ok) {
    const problems = loaded.problems;
    const n = problems.length;
    throw new ServiceError(
      'validation_failed',
      {
        vi: `Bộ tiêu chí có ${n} lỗi; không lưu gì.`,
        en: `The pack has ${n} problem${n === 1 ? '' : 's'}; nothing was stored.`,
      },
      { issues: problems.map(packIssue), problems },
    );
  }
  const { content, hash, base, cases } = loaded.pack;
  const caseFailures = failingCases(loaded.pack).map(packIssue);
  const { id: packId, version } = content.meta;
  return ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(packVersions)
      .values({
        packId,
        version,
        effectiveFrom: content.meta.effectiveFrom,
        effectiveTo: content.meta.effectiveTo ?? null,
        hash,
        content,
        status: 'draft',
        createdBy: ctx.actor.name,
        createdAt: ctx.clock(),
        cases: { base, cases },
      })
      .onConflictDoNothing()
      .returning({ status: packVersions.status });
    if (inserted) {
      await recordAudit(tx, ctx, {
        action: 'pack.uploaded',
        subject: `${packId} ${version}`,
        after: { packId, version, hash, status: 'draft', caseFailures: caseFailures.length },
      });
      return { packId, version, hash, status: 'draft', created: true, problems: [], caseFailures };
    }
    const [stored] = await tx
      .select({ hash: packVersions.hash, status: packVersions.status })
      .from(packVersions)
      .where(and(eq(packVersions.packId, packId), eq(packVersions.version, version)));
    if (!stored) throw new Error(`pack ${packId} ${version} neither inserted nor stored`);
    if (stored.hash !== hash)
      throw new ServiceError(
        'conflict',
        {
          vi: `Bộ tiêu chí ${packId} đã có phiên bản ${version} với nội dung khác (${stored.hash}). Hãy đặt số phiên bản mới cho thay đổi.`,
          en: `Pack ${packId} already has a version ${version} with other content (${stored.hash}). Give the change a new version number.`,
        },
        { allowed: [] },
      );
    return {
      packId,
      version,
      hash,
      status: stored.status,
      created: false,
      problems: [],
      caseFailures,
    };
  });
}
