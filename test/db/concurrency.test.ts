/**
 * Parallel requests on the same application or the same idempotency key: exactly one outcome is
 * stored, and the others see it — on PGlite and on PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { recordDecision } from '../../src/applications/record-decision.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import { applications, decisions } from '../../src/db/schema.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import type { ServiceError } from '../../src/service-errors.js';
import { context, INVESTOR, OFFICER, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';

describeEachDatabase('concurrency', (open) => {
  let db: Database;
  let packs: PackRegistry;
  beforeAll(async () => {
    db = (await open()).db;
    packs = (await repoPacks()).registry;
    await syncPackVersions(db, packs, 'test');
  });

  it('stores exactly one application for 50 parallel submissions with the same Idempotency-Key, and answers all alike', async () => {
    const p = await proposal();
    const key = `parallel-${crypto.randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        submitApplication(context(db, packs, INVESTOR), {
          body: structuredClone(p),
          idempotencyKey: key,
        }),
      ),
    );
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const rows = await db
      .select()
      .from(applications)
      .where(eq(applications.investorName, (p.investor as { name: string }).name));
    expect(rows).toHaveLength(1);
  });

  it('records exactly one of 20 parallel decisions on one application; the others are conflicts', async () => {
    const { body } = await submitApplication(context(db, packs, INVESTOR), {
      body: await proposal(),
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        recordDecision(context(db, packs, OFFICER), body.id, {
          decision: i % 2 === 0 ? 'approve' : 'reject',
          note: `Decision ${i}`,
        }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const l of lost) expect((l.reason as ServiceError).code).toBe('conflict');
    const stored = await db.select().from(decisions).where(eq(decisions.applicationId, body.id));
    expect(stored).toHaveLength(1);
    const [row] = await db.select().from(applications).where(eq(applications.id, body.id));
    expect(row?.status).toBe(stored[0]?.decision === 'approve' ? 'approved' : 'rejected');
  });

  it('keeps parallel submissions without a key apart: each is stored once', async () => {
    const made = await Promise.all(
      Array.from({ length: 10 }, async () =>
        submitApplication(context(db, packs, INVESTOR), { body: await proposal() }),
      ),
    );
    expect(new Set(made.map((m) => m.body.id)).size).toBe(10);
  });
});
