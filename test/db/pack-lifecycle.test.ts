/**
 * Pack versions and their activations in the database: start-up seeding activates a file version
 * once (a restart does not undo a rollback), the timeline picks the version by date, the registry
 * built from it judges by it, the activation table is append-only, and a pinned request keeps its
 * registry while another is swapped in.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activateVersion } from '../../src/packs/activate-version.js';
import { PackHolder } from '../../src/packs/pack-holder.js';
import { activationsOf, statusesOn } from '../../src/packs/pack-timeline.js';
import { registryFromDatabase } from '../../src/packs/stored-registry.js';
import { RULES_ACTOR, syncPackVersions } from '../../src/packs/stored-versions.js';
import { lastActivationId, pollActivations } from '../../src/packs/watch-activations.js';
import { expectAppendOnlyRefusal } from '../support/append-only.js';
import { context } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { storeDraft } from '../support/draft-pack.js';
import { isolatedPack } from '../support/isolated-pack.js';

describeEachDatabase('pack lifecycle in the database', (open) => {
  it('activates a file version once at its date, and a restart keeps a rollback', async () => {
    const { db } = await open();
    const { packs, packId } = await isolatedPack(db);
    const base = packs.versionsOf(packId)[0]?.content;
    if (!base) throw new Error('no pack');
    const seeded = await activationsOf(db, [packId]);
    expect(seeded).toMatchObject([
      { version: '1.0.0', effectiveFrom: base.meta.effectiveFrom, activatedBy: RULES_ACTOR },
    ]);

    await storeDraft(db, base, '1.1.0', { 'localisation.fullPct': 50 });
    const ctx = context(db, packs, { role: 'admin', name: 'Admin Test' });
    await activateVersion(ctx, packId, '1.1.0', { effectiveFrom: '2026-12-01' });
    await activateVersion(ctx, packId, '1.0.0', { effectiveFrom: '2026-12-15', note: 'rollback' });
    // A restart syncs the files again: 1.0.0 already has activations, so none is added.
    await syncPackVersions(db, packs, 'test');
    const timeline = (await activationsOf(db, [packId])).map((a) => [a.version, a.effectiveFrom]);
    expect(timeline).toEqual([
      ['1.0.0', base.meta.effectiveFrom],
      ['1.1.0', '2026-12-01'],
      ['1.0.0', '2026-12-15'],
    ]);

    const registry = await registryFromDatabase(db, packId);
    const on = (date: string) => registry.inForce(packId, date)?.content.meta.version;
    expect([on('2026-11-30'), on('2026-12-01'), on('2026-12-14'), on('2026-12-15')]).toEqual([
      '1.0.0',
      '1.1.0',
      '1.1.0',
      '1.0.0',
    ]);
    expect(on('2024-01-01')).toBeUndefined();
  });

  it('keeps the activation timeline append-only', async () => {
    const { db } = await open();
    const { packId } = await isolatedPack(db);
    await expectAppendOnlyRefusal(
      db.execute(sql`update pack_activations set version = '9.9.9' where pack_id = ${packId}`),
    );
    await expectAppendOnlyRefusal(
      db.execute(sql`delete from pack_activations where pack_id = ${packId}`),
    );
    await expectAppendOnlyRefusal(db.execute(sql`truncate pack_activations`));
    expect(await activationsOf(db, [packId])).toHaveLength(1);
  });

  it('refuses to activate a stored version whose content no longer validates, storing nothing', async () => {
    const { db } = await open();
    const { packs, packId } = await isolatedPack(db);
    const base = packs.versionsOf(packId)[0]?.content;
    if (!base) throw new Error('no pack');
    const broken = structuredClone(base);
    broken.meta.criteria = [...broken.meta.criteria, 'no-such-criterion'];
    await storeDraft(db, broken, '1.2.0', {});
    const ctx = context(db, packs, { role: 'admin', name: 'Admin Test' });
    await expect(
      activateVersion(ctx, packId, '1.2.0', { effectiveFrom: '2027-01-01' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await activationsOf(db, [packId])).toHaveLength(1);
  });

  it('gives a pinned request the registry it started with while another is swapped in', async () => {
    const { db } = await open();
    const { packs, packId } = await isolatedPack(db);
    const holder = new PackHolder(packs);
    const next = await registryFromDatabase(db, packId);
    const seen = await holder.pin(async () => {
      const first = holder.view.snapshot();
      await holder.update(async () => next);
      return [first, holder.view.snapshot()];
    });
    expect(seen[0]).toBe(packs);
    expect(seen[1]).toBe(packs);
    expect(holder.view.snapshot()).toBe(next);
  });

  it('brings an activation made by one instance to another sharing the database at its next poll', async () => {
    const { db } = await open();
    const { packs, packId } = await isolatedPack(db);
    const base = packs.versionsOf(packId)[0]?.content;
    if (!base) throw new Error('no pack');
    // Two processes on one database: each holds its own registry, built at its start.
    const first = new PackHolder(await registryFromDatabase(db, packId));
    const second = new PackHolder(await registryFromDatabase(db, packId));
    const seen = await lastActivationId(db);
    await storeDraft(db, base, '1.1.0', { 'localisation.fullPct': 50 });
    const ctx = context(db, first.view, { role: 'admin', name: 'Admin Test' });
    await activateVersion(ctx, packId, '1.1.0', { effectiveFrom: '2026-12-01' });
    const version = (h: PackHolder) =>
      h.current.inForce(packId, '2026-12-02')?.content.meta.version;
    expect(version(second)).toBe('1.0.0');
    const after = await pollActivations(db, second, seen);
    expect(after).toBeGreaterThan(seen);
    expect(version(second)).toBe('1.1.0');
    expect(second.current.inForce(packId, '2026-11-30')?.content.meta.version).toBe('1.0.0');
    // Nothing new: the next poll changes nothing and keeps the registry it has.
    const kept = second.current;
    expect(await pollActivations(db, second, after)).toBe(after);
    expect(second.current).toBe(kept);
  });
});

it('derives statuses from the timeline: in force today or later is active, superseded retired', () => {
  const timeline = [
    { version: '1.0.0', from: '2025-01-01' },
    { version: '1.1.0', from: '2025-06-01' },
    { version: '1.2.0', from: '2026-01-01' },
    { version: '1.3.0', from: '2026-01-01' },
  ];
  expect(Object.fromEntries(statusesOn(timeline, '2025-07-01'))).toEqual({
    '1.0.0': 'retired',
    '1.1.0': 'active',
    '1.2.0': 'retired',
    '1.3.0': 'active',
  });
});
