/** Every event of an application, oldest first, with who and when: the audit trail, paged. */
import { and, asc, eq, gt } from 'drizzle-orm';
import { auditEvents } from '../db/schema.js';
import type { ServiceContext } from './context.js';
import { loadApplication } from './load-application.js';

export async function applicationHistory(
  ctx: ServiceContext,
  id: string,
  page: { cursor?: string; limit?: number },
) {
  await loadApplication(ctx.db, id);
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 500);
  const after = page.cursor && /^\d{1,15}$/.test(page.cursor) ? Number(page.cursor) : 0;
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.applicationId, id), gt(auditEvents.id, after)))
    .orderBy(asc(auditEvents.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    role: r.role,
    action: r.action,
    subject: r.subject,
    before: r.before,
    after: r.after,
  }));
  return { items, nextCursor: rows.length > limit ? String(items[items.length - 1]?.id) : null };
}
