/**
 * Two dated versions of one pack and a second, illustrative pack: a proposal is judged by the
 * version in force on its submission date (with that version's legal bases), an example pack
 * screens its own proposals but is never the default, and the published pack says what changed.
 */
import { describe, expect, it } from 'vitest';
import { chooseDefaultPack, loadRegistry, PackSetupError } from '../src/screening/load-registry.js';
import type { PackVersion } from '../src/screening/pack-registry.js';
import { publishPack } from '../src/screening/publish-pack.js';
import type { ScreeningResult } from '../src/screening/screening-result.js';
import { PACK_ID, RULES_DIR, repoPacks, screen } from './support/packs.js';

const { packs, registry } = await repoPacks();
const DEMO_ID = 'demo-coastal-province';
const builtOf = (id: string, version: string) => {
  const b = packs.find((p) => p.content.meta.id === id && p.content.meta.version === version);
  if (!b) throw new Error(`pack ${id} ${version} missing`);
  return b;
};
const v1 = builtOf(PACK_ID, '1.0.0');
const v2 = builtOf(PACK_ID, '2.0.0');
const demo = builtOf(DEMO_ID, '1.0.0');

const docs = (r: ScreeningResult, criterion: string) =>
  (r.criteria.find((c) => c.id === criterion)?.basis ?? []).map((b) => b.doc);

describe('the version in force on the submission date judges a proposal', () => {
  // The same proposal, submitted the day before and the day after the new investment law.
  const proposal = { ...v1.base, pack: PACK_ID };
  const before = screen(registry, { ...proposal, submittedOn: '2026-02-28' });
  const after = screen(registry, { ...proposal, submittedOn: '2026-03-02' });

  it('judges 28 Feb 2026 under 1.0.0 and 2 Mar 2026 under 2.0.0, each with its own hash', () => {
    expect(before.pack).toMatchObject({ version: '1.0.0', effectiveFrom: '2024-12-13' });
    expect(after.pack).toMatchObject({ version: '2.0.0', effectiveFrom: '2026-03-01' });
    expect(before.pack.hash).toBe(v1.hash);
    expect(after.pack.hash).toBe(v2.hash);
  });

  it('explains the same incentive by Decree 31/2021 before and by Decree 96/2026 after', () => {
    expect(docs(before, 'incentive-special-sector-high-tech')).toContain('Decree 31/2021/NĐ-CP');
    expect(docs(after, 'incentive-special-sector-high-tech')).toContain('Decree 96/2026/NĐ-CP');
    expect(docs(after, 'incentive-special-sector-high-tech')).not.toContain('Decree 31/2021/NĐ-CP');
    expect(docs(before, 'incentive-large-project')).toContain('Law 61/2020/QH14');
    expect(docs(after, 'incentive-large-project')).toContain('Law 143/2025/QH15');
  });

  it('applies the foreign-investor market-access criteria and the park incentive area only from 2.0.0', () => {
    const ids = (r: ScreeningResult) => r.criteria.map((c) => c.id);
    expect(ids(before)).not.toContain('market-access-closed');
    expect(after.criteria.find((c) => c.id === 'market-access-closed')?.outcome).toBe('pass');
    expect(after.incentives.map((i) => i.id)).toContain('incentive-area-industrial-zone');
    expect(before.incentives.map((i) => i.id)).not.toContain('incentive-area-industrial-zone');
  });

  it('refuses a foreign marine-fishing project from 2 Mar 2026 but not on 28 Feb 2026', () => {
    const fishing = {
      ...proposal,
      project: { ...(v1.base.project as object), sectorCodes: ['0311'] },
    };
    expect(screen(registry, { ...fishing, submittedOn: '2026-02-28' }).eligible).toBe(true);
    const r = screen(registry, { ...fishing, submittedOn: '2026-03-02' });
    expect(r.eligible).toBe(false);
    expect(docs(r, 'market-access-closed')).toContain('Decree 96/2026/NĐ-CP');
  });

  it('tells a screening from 1 Jul 2026 about the new Law on High Technology, and not before', () => {
    const noticeDocs = (r: ScreeningResult) => r.notices.flatMap((n) => n.basis.map((b) => b.doc));
    expect(noticeDocs(after)).not.toContain('Law on High Technology (2025)');
    const july = screen(registry, { ...proposal, submittedOn: '2026-07-01' });
    expect(noticeDocs(july)).toContain('Law on High Technology (2025)');
    expect(noticeDocs(july)).toContain('Decision 36/2025/QĐ-TTg');
  });
});

describe('the illustrative pack', () => {
  it('screens a proposal of its own with its own criteria, bands and basis', () => {
    const r = screen(registry, { ...demo.base, pack: DEMO_ID, submittedOn: '2026-05-01' });
    expect(r.pack).toMatchObject({ id: DEMO_ID, version: '1.0.0' });
    expect(r.score).toBe(64.3);
    expect(r.band.id).toBe('supported');
    expect(docs(r, 'blue-economy-sector')).toEqual(['Demo guideline DG-1']);
    expect(r.criteria.map((c) => c.id)).not.toContain('localisation-rate');
    expect(r.notices.map((n) => n.text.en).join(' ')).toContain('ILLUSTRATIVE');
  });

  it('refuses an area of the other pack: catalogues belong to their pack', () => {
    expect(() =>
      screen(registry, {
        ...demo.base,
        pack: DEMO_ID,
        site: { area: 'tan-uyen', industrialPark: null, landHa: 5, relocationFromSouth: false },
      }),
    ).toThrow(/site\.area/);
  });
});

describe('publishing what changed', () => {
  it('publishes 2.0.0 changes with the criteria and dates they affect, and none for 1.0.0', () => {
    const published = publishPack(registry.version(PACK_ID, '2.0.0') as PackVersion, '2026-03-02');
    expect(published.illustrative).toBe(false);
    expect(published.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'added',
          criteria: ['market-access-closed'],
          datesAffected: { from: '2026-03-01', to: null },
        }),
        expect.objectContaining({
          kind: 'notice',
          datesAffected: { from: '2026-03-01', to: '2026-03-30' },
        }),
      ]),
    );
    const first = publishPack(registry.version(PACK_ID, '1.0.0') as PackVersion, '2025-01-01');
    expect(first.changes).toEqual([]);
  });

  it('labels the example pack illustrative', () => {
    const published = publishPack(registry.version(DEMO_ID, '1.0.0') as PackVersion, '2026-01-01');
    expect(published.illustrative).toBe(true);
  });
});

describe('choosing the default pack', () => {
  const real = { id: PACK_ID, illustrative: false };
  const example = { id: DEMO_ID, illustrative: true };

  it('chooses the only real pack when an illustrative pack is loaded beside it', () => {
    expect(chooseDefaultPack(undefined, [example, real])).toBe(PACK_ID);
  });

  it('chooses the illustrative pack only when DEFAULT_PACK names it, or it is the only pack', () => {
    expect(chooseDefaultPack(DEMO_ID, [example, real])).toBe(DEMO_ID);
    expect(chooseDefaultPack(undefined, [example])).toBe(DEMO_ID);
  });

  it('refuses two real packs without DEFAULT_PACK, and a DEFAULT_PACK that is not loaded', () => {
    const other = { id: 'other-province', illustrative: false };
    expect(() => chooseDefaultPack(undefined, [real, other, example])).toThrow(PackSetupError);
    expect(() => chooseDefaultPack(undefined, [example, { ...example, id: 'demo-2' }])).toThrow(
      /set DEFAULT_PACK/,
    );
    expect(() => chooseDefaultPack('nowhere', [real, example])).toThrow(/"nowhere" is not loaded/);
  });

  it('starts with the repository packs and no DEFAULT_PACK on the real pack', async () => {
    const loaded = await loadRegistry(RULES_DIR, undefined);
    expect(loaded.defaultPackId).toBe(PACK_ID);
  });
});
