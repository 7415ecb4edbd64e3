/**
 * An officer marks declared facts verified, or corrects them, each with a note. The corrected
 * proposal must still be valid; a rescreen then uses the verified values.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, verifications } from '../db/schema.js';
import { valueAt, withValueAt } from '../screening/facts.js';
import { READABLE_PATHS } from '../screening/proposal-fields.js';
import type { Proposal } from '../screening/proposal-schema.js';
import { validateProposal } from '../screening/validate-proposal.js';
import type { ValidationIssue } from '../screening/validation-issues.js';
import { invalid } from '../service-errors.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './context.js';
import { effectiveProposal, verificationsOf } from './effective-proposal.js';
import { loadApplication } from './load-application.js';
import { assertAllowed, nextStatus } from './status.js';

export const VerificationItem = z.strictObject({
  path: z.string().min(1).max(100).meta({ example: 'trade.localisationPct' }),
  value: z
    .unknown()
    .optional()
    .meta({ description: 'The verified value, when it differs from the declaration' }),
  verified: z.literal(true),
  note: z.string().trim().min(1).max(2000),
});
export const VerificationInput = z.union([
  VerificationItem,
  z.strictObject({ items: z.array(VerificationItem).min(1).max(50) }),
]);
export type VerificationInput = z.infer<typeof VerificationInput>;

export async function recordVerifications(
  ctx: ServiceContext,
  id: string,
  input: VerificationInput,
) {
  const items = 'items' in input ? input.items : [input];
  const prefix = 'items' in input ? (i: number) => `items[${i}].` : () => '';
  return ctx.db.transaction(async (tx) => {
    const row = await loadApplication(tx, id, { forUpdate: true });
    assertAllowed('verify', row.status);
    const declared = row.proposal as Proposal;
    const issues: ValidationIssue[] = [];
    let corrected = effectiveProposal(declared, await verificationsOf(tx, id)).proposal;
    items.forEach((item, i) => {
      if (!READABLE_PATHS.has(item.path)) {
        issues.push({
          path: `${prefix(i)}path`,
          rule: 'unknown_field',
          message: {
            vi: `"${item.path}" không phải trường của hồ sơ đề xuất.`,
            en: `"${item.path}" is not a proposal field.`,
          },
        });
      } else if (item.value !== undefined) {
        corrected = withValueAt(corrected, item.path, item.value);
      }
    });
    if (issues.length === 0) {
      const check = validateProposal(ctx.packs, corrected, row.submittedOn);
      if (!check.ok) {
        for (const issue of check.issues) {
          const i = items.findIndex(
            (it) =>
              issue.path === it.path ||
              issue.path.startsWith(`${it.path}.`) ||
              issue.path.startsWith(`${it.path}[`),
          );
          issues.push({ ...issue, path: i >= 0 ? `${prefix(i)}value` : issue.path });
        }
      }
    }
    if (issues.length > 0) throw invalid(issues);

    const now = ctx.clock();
    for (const item of items) {
      const was = valueAt(declared, item.path) ?? null;
      const value = item.value === undefined ? was : item.value;
      await tx.insert(verifications).values({
        applicationId: id,
        path: item.path,
        declared: was,
        value,
        note: item.note,
        actor: ctx.actor.name,
        createdAt: now,
      });
      await recordAudit(tx, ctx, {
        action:
          item.value === undefined || JSON.stringify(value) === JSON.stringify(was)
            ? 'fact.verified'
            : 'fact.corrected',
        applicationId: id,
        subject: item.path,
        before: { value: was },
        after: { value, note: item.note },
      });
    }
    const status = nextStatus('verify', row.status);
    if (status !== row.status) {
      await tx.update(applications).set({ status, updatedAt: now }).where(eq(applications.id, id));
      await recordAudit(tx, ctx, {
        action: 'status.changed',
        applicationId: id,
        before: { status: row.status },
        after: { status },
      });
    }
    return { id, status, verified: items.map((i) => i.path) };
  });
}
