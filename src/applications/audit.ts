/** Appends an event to the audit trail, inside the caller's transaction so change and event land together. */
import type { Executor } from '../db/client.js';
import { auditEvents } from '../db/schema.js';
import type { ServiceContext } from './context.js';

export type AuditEntry = {
  action: string;
  applicationId?: string;
  subject?: string;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(
  tx: Executor,
  ctx: ServiceContext,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    actor: ctx.actor.name,
    role: ctx.actor.role,
    action: entry.action,
    applicationId: entry.applicationId ?? null,
    subject: entry.subject ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId ?? null,
    at: ctx.clock(),
  });
}
