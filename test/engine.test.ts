/**
 * The screening engine's behaviour that users rely on: the pack version chosen by date, outcomes
 * as values (no short-circuit), unknown and not-applicable criteria, declared facts, the pack hash.
 */
import { describe, expect, it } from 'vitest';
import { hashContent } from '../src/screening/canonical-json.js';
import { withValueAt } from '../src/screening/facts.js';
import { compileVersion, PackRegistry } from '../src/screening/pack-registry.js';
import type { PackContent } from '../src/screening/pack-schema.js';
import { screenProposal } from '../src/screening/screen-proposal.js';
import { validateProposal } from '../src/screening/validate-proposal.js';
import { PACK_ID, repoPacks, screen } from './support/packs.js';

const { packs, registry } = await repoPacks();
const built = packs.find(
  (p) => p.content.meta.id === PACK_ID && p.content.meta.version === '1.0.0',
);
if (!built) throw new Error('pack 1.0.0 missing');
const base = { ...built.base, submittedOn: '2025-03-14' };

/** A copy of the pack's content with a change applied, as a new version. */
function variant(
  change: (c: PackContent) => void,
  version: string,
  effectiveFrom: string,
): PackContent {
  const c = structuredClone(built?.content) as PackContent;
  c.meta.version = version;
  c.meta.effectiveFrom = effectiveFrom;
  for (const p of Object.values(c.parameters))
    for (const v of p.values) if (v.from < effectiveFrom) v.from = effectiveFrom;
  change(c);
  return c;
}

describe('choosing the pack version', () => {
  const later = variant(
    (c) => {
      const p = c.parameters['localisation.fullPct'];
      if (p?.values[0]) p.values[0].value = 50;
    },
    '9.0.0',
    '2026-06-01',
  );
  const two = new PackRegistry(
    [compileVersion(built.content, built.hash), compileVersion(later, hashContent(later))],
    PACK_ID,
  );

  it('judges a proposal by the version in force on its submission date, whatever today is', () => {
    const onEve = screen(
      two,
      {
        ...base,
        submittedOn: '2026-05-31',
        trade: { ...(built.base.trade as object), localisationPct: 45 },
      },
      '2027-01-01',
    );
    const onDay = screen(
      two,
      {
        ...base,
        submittedOn: '2026-06-01',
        trade: { ...(built.base.trade as object), localisationPct: 45 },
      },
      '2025-01-01',
    );
    expect(onEve.pack.version).toBe('1.0.0');
    expect(onEve.criteria.find((c) => c.id === 'localisation-rate')?.outcome).toBe('pass');
    expect(onDay.pack.version).toBe('9.0.0');
    expect(onDay.criteria.find((c) => c.id === 'localisation-rate')?.outcome).toBe('partial');
  });

  it('uses today, in the pack time zone, when the proposal gives no date', () => {
    const { submittedOn: _, ...undated } = base;
    expect(screen(two, undated, '2026-06-01').pack.version).toBe('9.0.0');
    expect(screen(two, undated, '2026-05-31').asOf).toBe('2026-05-31');
  });

  it('refuses a date before the first version, naming submittedOn and the earliest date', () => {
    const v = validateProposal(registry, { ...base, submittedOn: '2024-12-12' }, '2026-11-29');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues).toEqual([
      expect.objectContaining({ path: 'submittedOn', rule: 'no_pack_in_force' }),
    ]);
    expect(v.issues[0]?.message.en).toContain('2024-12-13');
    expect(v.issues[0]?.message.vi).toContain('2024-12-13');
  });

  it('applies a dated parameter from its date within one version (special procedure from 15 Jan 2025)', () => {
    const before = screen(registry, { ...base, submittedOn: '2025-01-14' });
    const after = screen(registry, { ...base, submittedOn: '2025-01-15' });
    expect(before.pack.hash).toBe(after.pack.hash);
    expect(before.incentives.map((i) => i.id)).not.toContain(
      'incentive-special-investment-procedure',
    );
    expect(after.incentives.map((i) => i.id)).toContain('incentive-special-investment-procedure');
  });
});

describe('outcomes as values', () => {
  it('marks a project in a prohibited line not eligible, and still evaluates and scores every other criterion', () => {
    const strict = variant(
      (c) => {
        const list = c.catalogues.sectorLists.find((l) => l.id === 'prohibited-lines');
        if (list) list.prefixes = ['2610'];
      },
      '1.0.1',
      built.content.meta.effectiveFrom,
    );
    const reg = new PackRegistry([compileVersion(strict, hashContent(strict))], PACK_ID);
    const r = screen(reg, base);
    const normal = screen(registry, base);
    expect(r.eligible).toBe(false);
    expect(r.band.id).toBe('not-eligible');
    expect(r.criteria.find((c) => c.id === 'prohibited-business-line')?.outcome).toBe('fail');
    expect(r.criteria).toHaveLength(normal.criteria.length);
    expect(r.score).toBe(normal.score);
  });

  it('gives a criterion whose data is missing the outcome unknown and no points, and says so', () => {
    const { localSupplierCount: _, ...transfer } = built.base.transfer as Record<string, unknown>;
    const r = screen(registry, { ...base, transfer });
    const c = r.criteria.find((x) => x.id === 'supplier-linkage');
    expect(c?.outcome).toBe('unknown');
    expect(c?.points).toBe(0);
    expect(c?.facts).toEqual({ 'transfer.localSupplierCount': null });
    expect(c?.reason.en).toContain('not declared');
    expect(r.score).toBeLessThan(screen(registry, base).score);
  });

  it('leaves a criterion that does not apply out of the score', () => {
    const r = screen(registry, withValueAt(base, 'site.landHa', 0));
    const c = r.criteria.find((x) => x.id === 'capital-per-hectare');
    expect(c?.outcome).toBe('not_applicable');
    const scored = r.criteria.filter((x) => x.kind === 'score' && x.outcome !== 'not_applicable');
    const earned = scored.reduce((s, x) => s + x.points, 0);
    const available = scored.reduce((s, x) => s + x.maxPoints, 0);
    expect(r.score).toBe(Math.round((earned / available) * 1000) / 10);
  });

  it('marks criteria resting on declarations as declared, until an officer verifies the facts', () => {
    const v = validateProposal(registry, base, '2026-11-29');
    if (!v.ok) throw new Error('invalid');
    const declared = screenProposal(v.version, v.proposal, v.asOf);
    expect(declared.criteria.find((c) => c.id === 'localisation-rate')?.declared).toBe(true);
    expect(declared.criteria.find((c) => c.id === 'priority-sector')?.declared).toBe(false);
    const verified = screenProposal(v.version, v.proposal, v.asOf, {
      verified: new Set(['trade.localisationPct']),
    });
    expect(verified.criteria.find((c) => c.id === 'localisation-rate')?.declared).toBe(false);
  });

  it('reports the thresholds a criterion compared against and the facts it read', () => {
    const r = screen(registry, base);
    const c = r.criteria.find((x) => x.id === 'localisation-rate');
    expect(c?.facts).toEqual({ 'trade.localisationPct': 25 });
    expect(c?.thresholds).toEqual({
      'localisation.fullPct': 40,
      'localisation.partialPct': 30,
      'localisation.minimalPct': 20,
    });
    expect(c?.reason).toEqual({
      vi: 'Tỷ lệ nội địa hóa 25% đạt mức 20% nhưng chưa đạt 30%.',
      en: 'Localisation rate 25% meets 20% but not 30%.',
    });
  });
});

describe('the pack hash', () => {
  it('is a sha256 of the canonical content: the same for reordered keys, different for any changed number', () => {
    const content = built.content;
    const reordered = Object.fromEntries(Object.entries(content).reverse());
    expect(hashContent(reordered)).toBe(built.hash);
    expect(built.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const changed = structuredClone(content);
    const p = changed.parameters['localisation.fullPct'];
    if (p?.values[0]) p.values[0].value = 41;
    expect(hashContent(changed)).not.toBe(built.hash);
  });
});

describe('dated notices', () => {
  it('tells a proposal dated after the law the version encodes was replaced, and not one dated before', () => {
    // 2.0.0 now judges proposals from 2026-03-01; a registry of 1.0.0 alone is what an officer's
    // rescreen pinned to 1.0.0 (or a deployment without 2.0.0) uses on such a date.
    const only1 = new PackRegistry([compileVersion(built.content, built.hash)], PACK_ID);
    const before = screen(only1, { ...base, submittedOn: '2026-02-28' });
    const after = screen(only1, { ...base, submittedOn: '2026-03-01' });
    expect(after.pack.version).toBe('1.0.0');
    expect(before.notices.map((n) => n.text.en).join(' ')).not.toContain('143/2025');
    expect(
      after.notices.some(
        (n) => n.text.en.includes('143/2025/QH15') && n.text.vi.includes('143/2025/QH15'),
      ),
    ).toBe(true);
    expect(screen(registry, base).notices).toEqual([]);
  });
});
