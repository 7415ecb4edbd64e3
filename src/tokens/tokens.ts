/**
 * Access tokens for officers and administrators: random, shown once when created, stored as a hash,
 * listed without the secret, revoked (never deleted, so the audit trail keeps their names).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../applications/audit.js';
import type { ServiceContext } from '../applications/context.js';
import { hashSecret, newSecret } from '../applications/receipts.js';
import type { Executor } from '../db/client.js';
import { apiTokens } from '../db/schema.js';
import { notFound } from '../service-errors.js';

export const TokenRole = z.enum(['officer', 'admin']);
export type TokenRole = z.infer<typeof TokenRole>;
export const CreateTokenInput = z.strictObject({
  role: TokenRole,
  name: z.string().trim().min(1).max(100),
});
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

export type TokenInfo = {
  id: string;
  name: string;
  role: TokenRole;
  prefix: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
};

function info(r: typeof apiTokens.$inferSelect): TokenInfo {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

export async function createToken(
  ctx: ServiceContext,
  input: CreateTokenInput,
): Promise<TokenInfo & { token: string }> {
  const token = newSecret('fdi');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(token),
        prefix: token.slice(0, 10),
        createdBy: ctx.actor.name,
        createdAt: ctx.clock(),
      })
      .returning();
    if (!row) throw new Error('token not stored');
    await recordAudit(tx, ctx, {
      action: 'token.created',
      subject: row.id,
      after: { name: row.name, role: row.role, prefix: row.prefix },
    });
    return { ...info(row), token };
  });
}

export async function listTokens(ctx: ServiceContext): Promise<TokenInfo[]> {
  return (
    await ctx.db.select().from(apiTokens).orderBy(asc(apiTokens.createdAt), asc(apiTokens.id))
  ).map(info);
}

export async function revokeToken(ctx: ServiceContext, id: string): Promise<TokenInfo> {
  return ctx.db.transaction(async (tx) => {
    const [row] = /^[0-9a-f-]{36}$/i.test(id)
      ? await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update')
      : [];
    if (!row) throw notFound({ vi: `Không có mã truy cập ${id}.`, en: `No token ${id}.` });
    if (row.revokedAt) return info(row);
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock() })
      .where(eq(apiTokens.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'token.revoked',
      subject: id,
      before: { revokedAt: null },
      after: { name: row.name, role: row.role },
    });
    return info(revoked ?? row);
  });
}

/** The holder of a bearer token, or undefined for an unknown or revoked one. */
export async function authenticate(
  db: Executor,
  token: string,
): Promise<{ id: string; name: string; role: TokenRole } | undefined> {
  if (!/^fdi_[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const [row] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)));
  return row;
}
