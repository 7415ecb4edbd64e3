/**
 * A draft pack version simulated over the stored applications: which applications would change
 * band, eligibility or review and in which direction, by how many points and because of which
 * criteria, how much registered capital changes band, what it does to the pipeline forecast —
 * with filters, cursor paging, and nothing stored — on PGlite and on PostgreSQL.
 *
 * Each test file shares one database per driver, so the applications live in a pack of their own
 * (version 1.0.0 copied under a new id and jurisdiction) and their names carry a tag of their own.
 */
import { randomUUID } from 'node:crypto';
import { count, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { recordDecision } from '../../src/applications/record-decision.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Database } from '../../src/db/client.js';
import { applications, auditEvents, packVersions, screenings } from '../../src/db/schema.js';
import {
  type SimulatedChange,
  type SimulationRequest,
  simulateVersion,
} from '../../src/packs/simulate-version.js';
import { withValueAt } from '../../src/screening/facts.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import type { PackContent } from '../../src/screening/pack-schema.js';
import { context, INVESTOR, OFFICER } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { isolatedReleasedPack, releasedPack, storeDraft } from '../support/draft-pack.js';
import { rejection } from '../support/rejection.js';

const NOW = new Date('2026-01-15T03:00:00Z');

/** Localisation thresholds raised from 40 / 30 / 20 % to 60 / 50 / 40 %. */
const RAISED = {
  'localisation.fullPct': 60,
  'localisation.partialPct': 50,
  'localisation.minimalPct': 40,
};

/**
 * The applications: a proposal whose score sits near the band cut-off of 60 (no trained workforce,
 * no renewable energy), capital per hectare kept the same so that only localisation differs.
 */
const ROWS = {
  A: { pct: 15, capital: 100e6, on: '2025-03-14' },
  B: { pct: 25, capital: 110e6, on: '2025-03-14' },
  C: { pct: 35, capital: 120e6, on: '2025-03-14' },
  D: { pct: 45, capital: 130e6, on: '2025-03-14' },
  E: { pct: 55, capital: 140e6, on: '2025-06-02' },
  F: { pct: 65, capital: 150e6, on: '2025-06-02' },
  G: { pct: 45, capital: 160e6, on: '2025-06-02', decision: 'approve' },
  H: { pct: 0, capital: 170e6, on: '2025-06-02', decision: 'reject' },
} as const;
type Key = keyof typeof ROWS;

describeEachDatabase('pack simulation', (open) => {
  let db: Database;
  let packs: PackRegistry;
  let packId: string;
  let content: PackContent;
  let tag: string;
  const ids = {} as Record<Key, string>;
  const keyOf = (id: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === id);

  beforeAll(async () => {
    db = (await open()).db;
    ({ packs, packId, content } = await isolatedReleasedPack(db));
    tag = randomUUID().slice(0, 8);
    for (const [key, row] of Object.entries(ROWS) as [Key, (typeof ROWS)[Key]][]) {
      const { id, screening } = await submit(packId, packs, key, row);
      ids[key] = id;
      expect(screening.band.id, key).toBe(
        { A: 'encouraged', B: 'encouraged', H: 'encouraged' }[key as 'A'] ?? 'priority',
      );
      if ('decision' in row) {
        await recordDecision(context(db, packs, OFFICER, NOW), id, {
          decision: row.decision,
          note: 'Decided for the simulation test.',
        });
      }
    }
    await storeDraft(db, content, '1.1.0-raised', RAISED);
    await storeDraft(db, content, '1.1.0-lowered', { 'localisation.fullPct': 20 });
    await storeDraft(db, content, '1.1.0-review', { 'usedEquipment.maxAgeYears': 5 });
    // The used-equipment rule made a gate: every application (equipment 8 years old) fails it.
    await storeDraft(db, content, '1.1.0-gate', { 'usedEquipment.maxAgeYears': 5 }, (c) => {
      const k = c.criteria.find((x) => x.id === 'used-equipment-age');
      if (!k) throw new Error('no used-equipment-age');
      k.kind = 'gate';
    });
  });

  async function submit(
    pack: string,
    registry: PackRegistry,
    key: string,
    row: { pct: number; capital: number; on: string },
  ) {
    let p = structuredClone((await releasedPack()).base);
    const values: Record<string, unknown> = {
      pack,
      submittedOn: row.on,
      'project.name': `Simulation ${tag} ${key} (fictional)`,
      'investor.name': `Simulation Investor ${tag} (fictional)`,
      'trade.localisationPct': row.pct,
      'capital.totalUsd': row.capital,
      'site.landHa': row.capital / 8e6,
      'workforce.trainedPct': 0,
      'workforce.universityPct': 0,
      'environment.renewableEnergyPct': 0,
      'technology.usedEquipmentMaxAgeYears': 8,
    };
    for (const [path, value] of Object.entries(values)) p = withValueAt(p, path, value);
    const { body } = await submitApplication(context(db, registry, INVESTOR, NOW), { body: p });
    return body;
  }

  const simulate = (version: string, more: Partial<SimulationRequest> = {}) =>
    simulateVersion(context(db, packs, { role: 'admin', name: 'Admin Test' }, NOW), {
      packId,
      version,
      filters: { q: tag },
      ...more,
      ...(more.filters ? { filters: { q: tag, ...more.filters } } : {}),
    });

  const byKey = (items: readonly SimulatedChange[]) =>
    Object.fromEntries(items.map((i) => [keyOf(i.id) as string, i]));

  it('names exactly the applications a raised localisation threshold moves down a band, with the capital they carry', async () => {
    const { summary, items, nextCursor } = await simulate('1.1.0-raised');
    expect(nextCursor).toBeNull();
    expect(summary.applications).toEqual({
      matched: 8,
      compared: 8,
      changed: 5,
      skipped: { otherPack: 0, unscreened: 0 },
    });
    const changed = byKey(items);
    expect(Object.keys(changed).sort()).toEqual(['B', 'C', 'D', 'E', 'G']);
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort());

    expect(
      Object.fromEntries(
        Object.entries(changed).map(([k, c]) => [k, [c.band.from, c.band.to, c.band.direction]]),
      ),
    ).toEqual({
      B: ['encouraged', 'encouraged', 'same'],
      C: ['priority', 'encouraged', 'down'],
      D: ['priority', 'encouraged', 'down'],
      E: ['priority', 'priority', 'same'],
      G: ['priority', 'encouraged', 'down'],
    });
    expect(Object.fromEntries(Object.entries(changed).map(([k, c]) => [k, c.score]))).toEqual({
      B: { from: 59, to: 56, delta: -3 },
      C: { from: 62, to: 56, delta: -6 },
      D: { from: 66, to: 59, delta: -7 },
      E: { from: 66, to: 62, delta: -4 },
      G: { from: 66, to: 59, delta: -7 },
    });
    // The criterion responsible, with its outcome and points before and after.
    const localisation = (k: string) =>
      changed[k]?.criteria.find((c) => c.id === 'localisation-rate');
    expect(localisation('B')).toEqual({
      id: 'localisation-rate',
      outcome: { from: 'partial', to: 'fail' },
      points: { from: 3, to: 0, delta: -3 },
    });
    expect(localisation('D')).toEqual({
      id: 'localisation-rate',
      outcome: { from: 'pass', to: 'partial' },
      points: { from: 10, to: 3, delta: -7 },
    });
    for (const c of Object.values(changed)) {
      expect(
        c.criteria.every((k) => ['localisation-rate', 'incentive-added-value'].includes(k.id)),
      ).toBe(true);
      expect(c.eligible).toEqual({ from: true, to: true });
      expect(c.reviewRequired).toEqual({ from: false, to: false });
    }
    expect(changed.C?.capitalUsd).toBe(120e6);
    expect(changed.G?.status).toBe('approved');
    expect(changed.C?.currentVersion).toBe('1.0.0');

    expect(summary.bands.changed).toBe(3);
    expect(summary.bands.up).toEqual({ applications: 0, capitalUsd: 0 });
    expect(summary.bands.down).toEqual({ applications: 3, capitalUsd: 410e6 });
    expect(summary.bands.transitions).toEqual([
      {
        from: 'priority',
        to: 'encouraged',
        direction: 'down',
        applications: 3,
        capitalUsd: 410e6,
      },
    ]);
    expect(summary.eligibility).toEqual({ gained: 0, lost: 0 });
    expect(summary.review).toEqual({ added: 0, removed: 0 });
    expect(summary.scoreDelta).toEqual(
      expect.objectContaining({ increased: 0, decreased: 5, unchanged: 3, min: -7, max: 0 }),
    );
    expect(summary.scoreDelta.mean).toBe(-3.38);
    expect(summary.criteria[0]).toEqual(
      expect.objectContaining({
        id: 'localisation-rate',
        gained: 0,
        lost: 5,
        pointsLost: 27,
        netPoints: -27,
        title: { vi: 'Tỷ lệ nội địa hóa', en: 'Localisation rate' },
      }),
    );
    expect(summary.pack).toEqual(expect.objectContaining({ id: packId, version: '1.1.0-raised' }));
  });

  it('weighs the pipeline by the bands the undecided applications would move to', async () => {
    const { summary } = await simulate('1.1.0-raised');
    const p = summary.pipeline;
    // Priority: G approved (rate 1); encouraged: H rejected (rate 0). Undecided C and D move down.
    expect(p.currentWeightedUsd).toBe(540e6);
    expect(p.simulatedWeightedUsd).toBe(290e6);
    expect(p.deltaUsd).toBe(-250e6);
    const band = (id: string) => p.byBand.find((b) => b.band === id);
    expect(band('priority')).toEqual({
      band: 'priority',
      approvalRate: 1,
      basis: 'band',
      current: { applications: 4, capitalUsd: 540e6 },
      simulated: { applications: 2, capitalUsd: 290e6 },
    });
    expect(band('encouraged')?.simulated).toEqual({ applications: 4, capitalUsd: 460e6 });
  });

  it('counts a lowered threshold as a move up, with its capital and pipeline gain', async () => {
    const { summary, items } = await simulate('1.1.0-lowered');
    const changed = byKey(items);
    expect(Object.keys(changed).sort()).toEqual(['B', 'C']);
    expect(changed.B?.band).toEqual({ from: 'encouraged', to: 'priority', direction: 'up' });
    expect(changed.C?.band).toEqual({ from: 'priority', to: 'priority', direction: 'same' });
    expect(changed.C?.score.delta).toBe(4);
    expect(summary.bands.up).toEqual({ applications: 1, capitalUsd: 110e6 });
    expect(summary.bands.down).toEqual({ applications: 0, capitalUsd: 0 });
    expect(summary.pipeline.deltaUsd).toBe(110e6);
  });

  it('counts review changes as changes even when no score or band moves', async () => {
    const { summary, items } = await simulate('1.1.0-review');
    expect(items).toHaveLength(8);
    for (const c of items) {
      expect(c.reviewRequired).toEqual({ from: false, to: true });
      expect(c.score.delta).toBe(0);
      expect(c.band.direction).toBe('same');
      expect(c.criteria.map((k) => k.id)).toEqual(['used-equipment-age']);
    }
    expect(summary.review).toEqual({ added: 8, removed: 0 });
    expect(summary.bands.changed).toBe(0);
    expect(summary.criteria).toEqual([
      expect.objectContaining({ id: 'used-equipment-age', outcomeChanged: 8, netPoints: 0 }),
    ]);
  });

  it('counts lost eligibility as a change and a move down to the ineligible band, with its capital', async () => {
    const { summary, items } = await simulate('1.1.0-gate');
    expect(items).toHaveLength(8);
    for (const c of items) {
      expect(c.eligible).toEqual({ from: true, to: false });
      expect(c.band.to).toBe(content.meta.ineligibleBand.id);
      expect(c.band.direction).toBe('down');
    }
    expect(summary.eligibility).toEqual({ gained: 0, lost: 8 });
    expect(summary.bands.down).toEqual({ applications: 8, capitalUsd: 1080e6 });
    expect(summary.bands.order.at(-1)).toBe(content.meta.ineligibleBand.id);
  });

  it('applies the filters: band, status and submission dates', async () => {
    const priority = await simulate('1.1.0-raised', { filters: { band: 'priority' } });
    expect(priority.summary.applications.matched).toBe(5);
    expect(Object.keys(byKey(priority.items)).sort()).toEqual(['C', 'D', 'E', 'G']);
    const approved = await simulate('1.1.0-raised', { filters: { status: 'approved' } });
    expect(Object.keys(byKey(approved.items))).toEqual(['G']);
    expect(approved.summary.pipeline.deltaUsd).toBe(0);
    const june = await simulate('1.1.0-raised', { filters: { from: '2025-06-01' } });
    expect(june.summary.applications.compared).toBe(4);
    expect(Object.keys(byKey(june.items)).sort()).toEqual(['E', 'G']);
    const march = await simulate('1.1.0-raised', { filters: { to: '2025-03-14' } });
    expect(Object.keys(byKey(march.items)).sort()).toEqual(['B', 'C', 'D']);
  });

  it('pages the changed applications with cursors: each exactly once, the summary the same on every page', async () => {
    const all = await simulate('1.1.0-raised');
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await simulate('1.1.0-raised', { limit: 2, ...(cursor ? { cursor } : {}) });
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.summary).toEqual(all.summary);
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(5);
  });

  it('skips and reports the applications of other packs that match the filters', async () => {
    const other = await isolatedReleasedPack(db);
    await submit(other.packId, other.packs, 'other pack', {
      pct: 35,
      capital: 1e8,
      on: '2025-03-14',
    });
    const { summary } = await simulate('1.1.0-raised');
    expect(summary.applications.matched).toBe(9);
    expect(summary.applications.compared).toBe(8);
    expect(summary.applications.skipped.otherPack).toBe(1);
    expect(summary.applications.changed).toBe(5);
  });

  it('stores nothing: applications, screenings, audit events and pack versions are as they were', async () => {
    const mine = Object.values(ids);
    const snapshot = async () => ({
      apps: await db
        .select({
          id: applications.id,
          band: applications.band,
          score: applications.score,
          status: applications.status,
          updatedAt: applications.updatedAt,
        })
        .from(applications)
        .where(inArray(applications.id, mine))
        .orderBy(applications.id),
      screenings: await db
        .select({ n: count() })
        .from(screenings)
        .where(inArray(screenings.applicationId, mine)),
      audit: await db
        .select({ n: count() })
        .from(auditEvents)
        .where(inArray(auditEvents.applicationId, mine)),
      versions: await db.select({ n: count() }).from(packVersions),
    });
    const before = await snapshot();
    await simulate('1.1.0-raised');
    await simulate('1.1.0-review', { limit: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('answers not found for an unknown version, and refuses a cursor it did not make', async () => {
    const missing = await rejection(simulate('9.9.9'));
    expect(missing.code).toBe('not_found');
    expect(missing.text.en).toContain('9.9.9');
    expect(missing.text.vi).toContain('9.9.9');
    const bad = await rejection(simulate('1.1.0-raised', { cursor: 'not-a-cursor' }));
    expect(bad.code).toBe('validation_failed');
    expect(bad.extra.issues?.[0]).toEqual(
      expect.objectContaining({ path: 'cursor', rule: 'invalid_cursor' }),
    );
  });
});
