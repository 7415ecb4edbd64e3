/**
 * Officers, administrators and investors working on the same and on different applications at
 * once — verifications, rescreens, decisions, reversals, resubmissions, withdrawals, official
 * statistics and a pack activation — lose nothing and count nothing twice. After every run the
 * ledger is checked against the applications (see `expectConsistent`), on PGlite and PostgreSQL.
 * concurrency.test.ts covers the single-verb races (one key, one decision); this file mixes verbs.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/applications/context.js';
import {
  resubmitApplication,
  withdrawApplication,
} from '../../src/applications/investor-actions.js';
import { recordDecision } from '../../src/applications/record-decision.js';
import { recordVerifications } from '../../src/applications/record-verification.js';
import { rescreenApplication } from '../../src/applications/rescreen-application.js';
import { reverseDecision } from '../../src/applications/reverse-decision.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import {
  applicationStatusTotals,
  applications,
  auditEvents,
  decisions,
  fdiApplicationTotals,
  fdiDimensionTotals,
  fdiEntries,
  screenings,
  verifications,
} from '../../src/db/schema.js';
import { parseStatistics, recordStatistics } from '../../src/fdi/record-statistics.js';
import { activateVersion } from '../../src/packs/activate-version.js';
import { activationsOf } from '../../src/packs/pack-timeline.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { ServiceError } from '../../src/service-errors.js';
import { context, INVESTOR, OFFICER, proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { storeDraft } from '../support/draft-pack.js';
import { isolatedPack } from '../support/isolated-pack.js';

const ADMIN: Actor = { role: 'admin', name: 'Admin Test' };

/** A small deterministic generator, so a failing mix can be run again as it was. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Money as exact cents, so sums of numeric(20,2) compare without float noise. */
const cents = (v: string | number | null | undefined) => Math.round(Number(v ?? 0) * 100);

type Subject = { id: string; receipt: string };

describeEachDatabase('the FDI ledger under concurrent work', (open) => {
  let db: Database;
  beforeAll(async () => {
    db = (await open()).db;
  });

  /** Fresh applications of an isolated pack, so the checks below see only this test's rows. */
  async function setup(count: number) {
    const isolated = await isolatedPack(db);
    const subjects: Subject[] = [];
    for (let i = 0; i < count; i++) {
      const { body } = await submitApplication(context(db, isolated.packs, INVESTOR), {
        body: await proposal({ pack: isolated.packId, 'capital.totalUsd': 1_000_000 + i * 1_001 }),
      });
      subjects.push({ id: body.id, receipt: body.receiptToken as string });
    }
    return { ...isolated, subjects };
  }

  /** Every verb an actor may try on an application, picked at random; refusals are expected. */
  function randomAction(
    packs: PackRegistry,
    s: Subject,
    next: () => number,
    i: number,
    /** Below 1 leaves withdrawal (final, ends the application's story) out of the mix. */
    range = 1,
  ) {
    const officer = context(db, packs, { ...OFFICER, name: `Officer ${i % 3}` });
    const admin = context(db, packs, ADMIN);
    const investor = context(db, packs, INVESTOR);
    const pick = next() * range;
    const note = `Concurrent step ${i}`;
    if (pick < 0.15)
      return recordVerifications(officer, s.id, {
        path: 'capital.totalUsd',
        value: 2_000_000 + Math.floor(next() * 1000) * 1_000,
        verified: true,
        note,
      });
    if (pick < 0.25) return rescreenApplication(officer, s.id, {});
    if (pick < 0.45) return recordDecision(officer, s.id, { decision: 'approve', note });
    if (pick < 0.55) return recordDecision(officer, s.id, { decision: 'reject', note });
    if (pick < 0.65) return recordDecision(officer, s.id, { decision: 'request_info', note });
    if (pick < 0.85) return reverseDecision(admin, s.id, { note });
    if (pick < 0.95)
      return (async () =>
        resubmitApplication(
          investor,
          s.id,
          s.receipt,
          await proposal({ 'capital.totalUsd': 3_000_000 + i }),
        ))();
    return withdrawApplication(investor, s.id, s.receipt, note);
  }

  /** Runs the actions at once; each either succeeds or is refused as a conflict, nothing else. */
  async function race(actions: Promise<unknown>[]) {
    const outcomes = await Promise.allSettled(actions);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    const unexpected = failures.filter(
      (e) => !(e instanceof ServiceError && e.code === 'conflict'),
    );
    expect(unexpected).toEqual([]);
    return { done: outcomes.length - failures.length, refused: failures.length };
  }

  /**
   * The invariants: the ledger's application entries add up to the registered capital of exactly
   * the approved applications, each approval counted once (one open approval entry, net amount =
   * its capital; others net zero); the running totals equal the entries they summarise; the
   * statistics recorded are all there; the per-status counts match the applications; and the audit
   * trail and the changes match one to one — replaying the trail's statuses in order ends at each
   * application's status, every step starting where the previous ended (no decision taken twice).
   */
  async function expectConsistent(
    packId: string,
    jurisdiction: string,
    ids: string[],
    statisticsCents = 0,
  ) {
    const apps = await db.select().from(applications).where(inArray(applications.id, ids));
    const entries = await db
      .select()
      .from(fdiEntries)
      .where(eq(fdiEntries.jurisdiction, jurisdiction))
      .orderBy(asc(fdiEntries.seq));
    const appEntries = entries.filter((e) => e.sourceKind === 'application');
    const approved = apps.filter((a) => a.status === 'approved');
    const approvedCents = approved.reduce((t, a) => t + cents(a.capitalUsd), 0);
    const ledgerAppCents = appEntries.reduce((t, e) => t + cents(e.amountUsd), 0);
    expect(ledgerAppCents).toBe(approvedCents);
    const ledgerCents = entries.reduce((t, e) => t + cents(e.amountUsd), 0);
    expect(ledgerCents).toBe(approvedCents + statisticsCents);

    for (const a of apps) {
      const mine = appEntries.filter((e) => e.applicationId === a.id);
      const approvals = mine.filter((e) => e.status === 'approved');
      const reversals = mine.filter((e) => e.status === 'reversal');
      // Every reversal cancels a distinct approval of this application, for its exact amount.
      const cancelled = new Set(reversals.map((r) => r.reverses));
      expect(cancelled.size, a.id).toBe(reversals.length);
      for (const r of reversals) {
        const target = approvals.find((e) => e.id === r.reverses);
        expect(target, a.id).toBeDefined();
        expect(cents(r.amountUsd)).toBe(-cents(target?.amountUsd));
      }
      const open = approvals.filter((e) => !cancelled.has(e.id));
      expect(open.length, `${a.id} ${a.status}`).toBe(a.status === 'approved' ? 1 : 0);
      const net = mine.reduce((t, e) => t + cents(e.amountUsd), 0);
      expect(net, a.id).toBe(a.status === 'approved' ? cents(a.capitalUsd) : 0);
    }

    // Running totals: per day and flow, and per year and dimension, equal to the entries.
    const [dayTotal] = await db
      .select({ sum: sql<string>`coalesce(sum(${fdiApplicationTotals.amountUsd}), 0)` })
      .from(fdiApplicationTotals)
      .where(eq(fdiApplicationTotals.jurisdiction, jurisdiction));
    expect(cents(dayTotal?.sum)).toBe(ledgerAppCents);
    const dims = await db
      .select({
        dimension: fdiDimensionTotals.dimension,
        sum: sql<string>`sum(${fdiDimensionTotals.amountUsd})`,
        projects: sql<string>`sum(${fdiDimensionTotals.projects})`,
      })
      .from(fdiDimensionTotals)
      .where(eq(fdiDimensionTotals.jurisdiction, jurisdiction))
      .groupBy(fdiDimensionTotals.dimension);
    const projects = appEntries.reduce((t, e) => t + (e.projects ?? 0), 0);
    expect(projects).toBe(approved.length);
    for (const d of dims) {
      expect(cents(d.sum), d.dimension).toBe(ledgerAppCents);
      expect(Number(d.projects), d.dimension).toBe(projects);
    }
    if (appEntries.length > 0) expect(dims.map((d) => d.dimension).sort()).toHaveLength(4);

    // Per pack, band and status: the counts the progress page reads equal the applications.
    const counted = await db
      .select()
      .from(applicationStatusTotals)
      .where(eq(applicationStatusTotals.packId, packId));
    const expected = new Map<string, { n: number; c: number }>();
    for (const a of apps) {
      const k = `${a.band}|${a.status}`;
      const v = expected.get(k) ?? { n: 0, c: 0 };
      expected.set(k, { n: v.n + 1, c: v.c + cents(a.capitalUsd) });
    }
    const actual = new Map(
      counted
        .filter((r) => r.applications !== 0 || cents(r.capitalUsd) !== 0)
        .map((r) => [`${r.band}|${r.status}`, { n: r.applications, c: cents(r.capitalUsd) }]),
    );
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));

    // The audit trail and the changes, one to one.
    const events = await db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.applicationId, ids))
      .orderBy(asc(auditEvents.id));
    const decided = await db.select().from(decisions).where(inArray(decisions.applicationId, ids));
    const verified = await db
      .select()
      .from(verifications)
      .where(inArray(verifications.applicationId, ids));
    const screened = await db
      .select()
      .from(screenings)
      .where(inArray(screenings.applicationId, ids));
    const count = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred).length;
    for (const kind of ['approve', 'reject', 'request_info'] as const) {
      expect(
        count((e) => e.action === `decision.${kind}`),
        kind,
      ).toBe(decided.filter((d) => d.decision === kind).length);
    }
    expect(count((e) => e.action === 'fact.verified' || e.action === 'fact.corrected')).toBe(
      verified.length,
    );
    expect(count((e) => e.action === 'application.submitted')).toBe(
      screened.filter((s) => s.reason === 'submission').length,
    );
    expect(count((e) => e.action === 'application.rescreened')).toBe(
      screened.filter((s) => s.reason === 'rescreen').length,
    );
    expect(count((e) => e.action === 'application.resubmitted')).toBe(
      screened.filter((s) => s.reason === 'resubmission').length,
    );
    // Each ledger entry is named by the event of the act that made it, and each such event by one entry.
    const named = events.flatMap((e) => {
      const id = (e.after as { ledgerEntry?: { id: string } } | null)?.ledgerEntry?.id;
      return id ? [id] : [];
    });
    expect(named.sort()).toEqual(appEntries.map((e) => e.id).sort());
    expect(count((e) => e.action === 'decision.approve')).toBe(
      appEntries.filter((e) => e.status === 'approved').length,
    );

    // Replaying each application's trail: every step starts where the last one ended.
    for (const a of apps) {
      let status: string | undefined;
      for (const e of events.filter((x) => x.applicationId === a.id)) {
        const before = (e.before as { status?: string } | null)?.status;
        const after = (e.after as { status?: string } | null)?.status;
        if (before !== undefined) expect(before, `${a.id} ${e.action}`).toBe(status);
        if (after !== undefined) status = after;
      }
      expect(status, a.id).toBe(a.status);
    }
    // Screening numbers are dense per application: no rescreen overwrote another.
    for (const a of apps) {
      const seqs = screened
        .filter((s) => s.applicationId === a.id)
        .map((s) => s.seq)
        .sort((x, y) => x - y);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
    return { approved: approved.length, entries: appEntries.length };
  }

  it('keeps the ledger equal to the approved applications through rounds of mixed parallel work on 8 applications', async () => {
    const { packs, packId, jurisdiction, subjects } = await setup(8);
    const ids = subjects.map((s) => s.id);
    const next = random(20261129);
    let done = 0;
    let refused = 0;
    for (let round = 0; round < 6; round++) {
      const actions = Array.from({ length: 24 }, (_, i) =>
        randomAction(packs, subjects[Math.floor(next() * subjects.length)] as Subject, next, i),
      );
      const r = await race(actions);
      done += r.done;
      refused += r.refused;
      await expectConsistent(packId, jurisdiction, ids);
    }
    // The mix did real work and met real conflicts; otherwise the test proves nothing.
    expect(done).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(0);
  });

  it('rejects some applications while reversing the rejection of others, in parallel, without a deadlock', async () => {
    // Opposite status changes in one pack and band: the status counts once deadlocked here.
    const { packs, packId, jurisdiction, subjects } = await setup(16);
    const ids = subjects.map((s) => s.id);
    const officer = context(db, packs, OFFICER);
    const admin = context(db, packs, ADMIN);
    const [left, right] = [ids.slice(0, 8), ids.slice(8)];
    await race(left.map((id) => recordDecision(officer, id, { decision: 'reject', note: 'No.' })));
    for (let round = 0; round < 4; round++) {
      const [rejected, open] = round % 2 === 0 ? [left, right] : [right, left];
      const r = await race([
        ...rejected.map((id) => reverseDecision(admin, id, { note: `Reopened ${round}.` })),
        ...open.map((id) => recordDecision(officer, id, { decision: 'reject', note: 'No.' })),
      ]);
      expect(r).toEqual({ done: 16, refused: 0 });
      await expectConsistent(packId, jurisdiction, ids);
    }
  });

  it('decides one application once under 30 parallel verbs of every kind at once', async () => {
    const { packs, packId, jurisdiction, subjects } = await setup(1);
    const only = subjects[0] as Subject;
    const next = random(7);
    for (let round = 0; round < 4; round++) {
      await race(Array.from({ length: 30 }, (_, i) => randomAction(packs, only, next, i, 0.95)));
      await expectConsistent(packId, jurisdiction, [only.id]);
    }
    const decided = await db.select().from(decisions).where(eq(decisions.applicationId, only.id));
    expect(decided.length).toBeGreaterThan(0);
  });

  it('approves and reverses in parallel on different applications while statistics are recorded: the total is their sum', async () => {
    const { packs, packId, jurisdiction, subjects } = await setup(10);
    const ids = subjects.map((s) => s.id);
    const officer = context(db, packs, OFFICER);
    const admin = context(db, packs, ADMIN);
    const statistic = (amountUsd: number, day: string) =>
      parseStatistics({
        items: [
          {
            period: { from: `2026-${day}`, to: `2026-${day}` },
            flow: 'new',
            measure: 'registered',
            amountUsd,
            country: 'JP',
            source: { doc: 'Monthly report (fictional)' },
            status: 'preliminary',
          },
        ],
      }).rows;
    const stats = [125_000.5, 250_000.25, 375_000];
    await race([
      ...ids.map((id, i) =>
        recordDecision(officer, id, { decision: 'approve', note: `Approve ${i}` }),
      ),
      ...stats.map((amount, i) =>
        recordStatistics(admin, statistic(amount, `0${i + 3}-01`), { pack: packId }),
      ),
    ]);
    const statsCents = stats.reduce((t, a) => t + cents(a), 0);
    expect((await expectConsistent(packId, jurisdiction, ids, statsCents)).approved).toBe(10);

    // Reverse half while approving nothing new and racing a second reversal of each: one wins.
    const half = ids.slice(0, 5);
    const r = await race(
      half.flatMap((id) => [
        reverseDecision(admin, id, { note: 'Certificate withdrawn.' }),
        reverseDecision(admin, id, { note: 'Certificate withdrawn (again).' }),
      ]),
    );
    expect(r).toEqual({ done: 5, refused: 5 });
    const after = await expectConsistent(packId, jurisdiction, ids, statsCents);
    expect(after).toEqual({ approved: 5, entries: 15 });

    // Approve the reversed ones again while reversing the others: all ten change, none twice.
    await race([
      ...half.map((id) => recordDecision(officer, id, { decision: 'approve', note: 'Again.' })),
      ...ids.slice(5).map((id) => reverseDecision(admin, id, { note: 'Reversed.' })),
    ]);
    expect(await expectConsistent(packId, jurisdiction, ids, statsCents)).toEqual({
      approved: 5,
      entries: 25,
    });
  });

  it('activates a pack version while decisions and rescreens under that version run: both land, the ledger holds', async () => {
    const { packs, packId, jurisdiction, subjects } = await setup(6);
    const ids = subjects.map((s) => s.id);
    const base = packs.versionsOf(packId)[0]?.content;
    if (!base) throw new Error('no pack');
    await storeDraft(db, base, '1.1.0', {});
    const officer = context(db, packs, OFFICER);
    const admin = context(db, packs, ADMIN);
    const r = await race([
      activateVersion(admin, packId, '1.1.0', { effectiveFrom: '2026-12-01' }),
      ...ids.map((id) => rescreenApplication(officer, id, { version: '1.1.0' })),
      ...ids.map((id, i) =>
        recordDecision(officer, id, { decision: i % 2 ? 'approve' : 'reject', note: 'Decided.' }),
      ),
      activateVersion(admin, packId, '1.0.0', { effectiveFrom: '2026-12-15', note: 'Back.' }),
    ]);
    // Rescreens that come after the decision are refused; every decision and activation lands.
    expect(r.done).toBeGreaterThanOrEqual(ids.length + 2);
    const timeline = (await activationsOf(db, [packId])).map((a) => a.version);
    expect(timeline.slice(-2).sort()).toEqual(['1.0.0', '1.1.0']);
    expect((await expectConsistent(packId, jurisdiction, ids)).approved).toBe(3);
    const decided = await db
      .select()
      .from(decisions)
      .where(and(inArray(decisions.applicationId, ids)));
    expect(decided).toHaveLength(ids.length);
  });
});
