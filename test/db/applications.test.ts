/**
 * Applications as the system of record: submission in one transaction, receipts, verification,
 * rescreening with verified values, decisions, resubmission, history and byte-for-byte replay —
 * on PGlite and on PostgreSQL.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { applicationHistory } from '../../src/applications/application-history.js';
import { getApplication } from '../../src/applications/get-application.js';
import {
  resubmitApplication,
  withdrawApplication,
} from '../../src/applications/investor-actions.js';
import { recordDecision } from '../../src/applications/record-decision.js';
import { recordVerifications } from '../../src/applications/record-verification.js';
import { replayScreening } from '../../src/applications/replay-screening.js';
import { rescreenApplication } from '../../src/applications/rescreen-application.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import { applications, auditEvents, screenings } from '../../src/db/schema.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { context, INVESTOR, OFFICER, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';
import { rejection } from '../support/rejection.js';

describeEachDatabase('applications', (open) => {
  let db: Database;
  let packs: PackRegistry;
  beforeAll(async () => {
    db = (await open()).db;
    packs = (await repoPacks()).registry;
    await syncPackVersions(db, packs, 'test');
  });
  const investor = () => context(db, packs, INVESTOR);
  const officer = () => context(db, packs, OFFICER);

  it('stores the proposal, the screening with its pack id, version and hash, and an audit event, and answers with a receipt', async () => {
    const { status, body } = await submitApplication(investor(), { body: await proposal() });
    expect(status).toBe(201);
    expect(body.status).toBe('submitted');
    expect(body.receiptToken).toMatch(/^rcp_/);
    expect(body.screening.pack).toEqual(
      expect.objectContaining({
        id: 'binh-duong-7099',
        version: '1.0.0',
        hash: expect.stringMatching(/^sha256:/),
      }),
    );
    const [row] = await db.select().from(applications).where(eq(applications.id, body.id));
    expect(row?.receiptHash).not.toContain(body.receiptToken);
    const stored = await db.select().from(screenings).where(eq(screenings.applicationId, body.id));
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]?.resultJson ?? 'null')).toEqual(body.screening);
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.applicationId, body.id));
    expect(events.map((e) => e.action)).toEqual(['application.submitted']);
  });

  it('lets the receipt holder read the application and no one else', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    const view = await getApplication(investor(), { id: body.id, receipt: body.receiptToken });
    expect(view.status).toBe('submitted');
    expect(view.screening).toEqual(body.screening);
    const other = await submitApplication(investor(), { body: await proposal() });
    expect(
      (
        await rejection(
          getApplication(investor(), { id: body.id, receipt: other.body.receiptToken }),
        )
      ).code,
    ).toBe('not_found');
    expect((await rejection(getApplication(investor(), { id: body.id }))).code).toBe('not_found');
    expect((await getApplication(officer(), { id: body.id })).id).toBe(body.id);
  });

  it('refuses an invalid proposal with every problem and stores nothing', async () => {
    const p = await proposal({ 'trade.localisationPct': 140, 'site.area': 'nowhere' });
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(applications);
    const e = await rejection(submitApplication(investor(), { body: p }));
    expect(e.code).toBe('validation_failed');
    expect(e.extra.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['trade.localisationPct', 'site.area']),
    );
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(applications);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('returns the first answer to a retried submission with the same Idempotency-Key and stores nothing twice', async () => {
    const key = `key-${crypto.randomUUID()}`;
    const p = await proposal();
    const first = await submitApplication(investor(), { body: p, idempotencyKey: key });
    const again = await submitApplication(investor(), {
      body: structuredClone(p),
      idempotencyKey: key,
    });
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(first.body));
    expect(again.replayed).toBe(true);
    const rows = await db
      .select()
      .from(applications)
      .where(eq(applications.investorName, (p.investor as { name: string }).name));
    expect(rows).toHaveLength(1);
    const e = await rejection(
      submitApplication(investor(), { body: await proposal(), idempotencyKey: key }),
    );
    expect(e.code).toBe('idempotency_key_reused');
  });

  it('rescreens with an officer-corrected value under the pack of the submission date, and marks it verified', async () => {
    const { body } = await submitApplication(investor(), {
      body: await proposal({ 'trade.localisationPct': 25 }),
    });
    const before = body.screening.criteria.find((c) => c.id === 'localisation-rate');
    expect(before).toEqual(expect.objectContaining({ points: 3, declared: true }));
    const v = await recordVerifications(officer(), body.id, {
      path: 'trade.localisationPct',
      value: 40,
      verified: true,
      note: 'Checked the bill of materials: 40 %.',
    });
    expect(v.status).toBe('under_review');
    const r = await rescreenApplication(officer(), body.id, {});
    const after = r.screening.criteria.find((c) => c.id === 'localisation-rate');
    expect(after).toEqual(expect.objectContaining({ points: 10, declared: false }));
    expect(r.screening.asOf).toBe('2025-03-14');
    expect(r.screening.score).toBeGreaterThan(body.screening.score);
    const view = await getApplication(officer(), { id: body.id });
    expect(view.screening.score).toBe(r.screening.score);
    expect((view.proposal as { trade: { localisationPct: number } }).trade.localisationPct).toBe(
      25,
    );
  });

  it('refuses a correction that makes the proposal invalid, naming the field, and records nothing', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    const e = await rejection(
      recordVerifications(officer(), body.id, {
        path: 'workforce.universityPct',
        value: 99,
        verified: true,
        note: 'x',
      }),
    );
    expect(e.extra.issues?.[0]).toEqual(
      expect.objectContaining({ path: 'value', rule: 'university_within_trained' }),
    );
    const e2 = await rejection(
      recordVerifications(officer(), body.id, {
        items: [{ path: 'trade.nothing', verified: true, note: 'x' }],
      }),
    );
    expect(e2.extra.issues?.[0]?.path).toBe('items[0].path');
    expect((await applicationHistory(officer(), body.id, {})).items).toHaveLength(1);
  });

  it('rescreens under a named pack version only if it exists', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    const e = await rejection(rescreenApplication(officer(), body.id, { version: '9.9.9' }));
    expect(e.extra.issues?.[0]?.path).toBe('version');
    const r = await rescreenApplication(officer(), body.id, { version: '1.0.0' });
    expect(r.screening.pack.version).toBe('1.0.0');
  });

  it('decides once: a second decision is a conflict naming what is allowed', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    const d = await recordDecision(officer(), body.id, {
      decision: 'approve',
      note: 'Fits the plan.',
    });
    expect(d.status).toBe('approved');
    const e = await rejection(
      recordDecision(officer(), body.id, { decision: 'reject', note: 'Changed my mind.' }),
    );
    expect(e.code).toBe('conflict');
    expect(e.extra.allowed).toEqual(['reverse']);
    expect(e.text.en).toContain('approved');
  });

  it('lets the investor resubmit after a request for information, judged by the original date, then decided', async () => {
    const { body } = await submitApplication(investor(), {
      body: await proposal({ 'trade.localisationPct': 25 }),
    });
    await recordDecision(officer(), body.id, {
      decision: 'request_info',
      note: 'Please document localisation.',
    });
    const wrong = await rejection(
      resubmitApplication(investor(), body.id, 'rcp_wrong', await proposal()),
    );
    expect(wrong.code).toBe('not_found');
    const changed = await proposal({ 'trade.localisationPct': 45, submittedOn: '2026-11-01' });
    const r = await resubmitApplication(investor(), body.id, body.receiptToken, changed);
    expect(r.status).toBe('resubmitted');
    expect(r.screening.asOf).toBe('2025-03-14');
    expect(r.screening.criteria.find((c) => c.id === 'localisation-rate')?.points).toBe(10);
    const d = await recordDecision(officer(), body.id, {
      decision: 'approve',
      note: 'Documented.',
    });
    expect(d.status).toBe('approved');
    const again = await rejection(
      resubmitApplication(investor(), body.id, body.receiptToken, changed),
    );
    expect(again.code).toBe('conflict');
  });

  it('lets the investor withdraw, after which officers can no longer decide', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    expect(
      (await withdrawApplication(investor(), body.id, body.receiptToken, 'Project postponed.'))
        .status,
    ).toBe('withdrawn');
    expect(
      (await rejection(recordDecision(officer(), body.id, { decision: 'approve', note: 'x' })))
        .code,
    ).toBe('conflict');
  });

  it('lists every event oldest first with who did it and when', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    await recordVerifications(officer(), body.id, {
      path: 'trade.exportPct',
      verified: true,
      note: 'Export contracts seen.',
    });
    await rescreenApplication(officer(), body.id, {});
    await recordDecision(officer(), body.id, { decision: 'reject', note: 'Not a fit.' });
    const h = await applicationHistory(officer(), body.id, {});
    expect(h.items.map((e) => e.action)).toEqual([
      'application.submitted',
      'fact.verified',
      'status.changed',
      'application.rescreened',
      'decision.reject',
    ]);
    expect(h.items[0]).toEqual(
      expect.objectContaining({
        actor: 'investor',
        role: 'public',
        at: '2026-11-29T03:00:00.000Z',
      }),
    );
    expect(h.items[4]).toEqual(expect.objectContaining({ actor: 'Officer Test', role: 'officer' }));
    const paged = await applicationHistory(officer(), body.id, { limit: 2 });
    expect(paged.items).toHaveLength(2);
    const rest = await applicationHistory(officer(), body.id, {
      cursor: paged.nextCursor as string,
    });
    expect(rest.items.map((e) => e.action)).toEqual([
      'status.changed',
      'application.rescreened',
      'decision.reject',
    ]);
  });

  it('replays a stored screening byte for byte under its stored pack version, and shows where a changed input differs', async () => {
    const { body } = await submitApplication(investor(), { body: await proposal() });
    await recordVerifications(officer(), body.id, {
      path: 'trade.localisationPct',
      value: 31,
      verified: true,
      note: 'Audited.',
    });
    await rescreenApplication(officer(), body.id, {});
    const replay = await replayScreening(officer(), body.id, {});
    expect(replay).toEqual(
      expect.objectContaining({
        reproduced: true,
        differences: [],
        pack: expect.objectContaining({ version: '1.0.0' }),
      }),
    );
    expect((await replayScreening(officer(), body.id, { seq: 1 })).reproduced).toBe(true);
    await db
      .update(screenings)
      .set({ input: sql`jsonb_set(input, '{trade,localisationPct}', '45')` })
      .where(eq(screenings.applicationId, body.id));
    const broken = await replayScreening(officer(), body.id, { seq: 1 });
    expect(broken.reproduced).toBe(false);
    expect(broken.differences).toEqual(expect.arrayContaining(['score']));
  });
});
