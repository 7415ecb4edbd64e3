/**
 * Properties every screening must have (shared/contract/screening-result.md): complete,
 * deterministic, monotone in the inputs an investor can improve, and honest about improvements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundScore } from '../src/screening/evaluate.js';
import { valueAt, withValueAt } from '../src/screening/facts.js';
import { PROPOSAL_FIELDS } from '../src/screening/proposal-fields.js';
import type { Proposal } from '../src/screening/proposal-schema.js';
import { arbitraryProposal } from './support/arbitrary-proposal.js';
import { repoPacks, screen } from './support/packs.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const { registry } = await repoPacks();
const version = registry.versionsOf('binh-duong-7099')[0];
if (!version) throw new Error('no pack');
const content = version.content;
const proposals = arbitraryProposal(content, {
  from: content.meta.effectiveFrom,
  to: '2026-11-29',
});

/** A value of `path` that is at least as good as `current`, never the same kind of change twice. */
function improvedValue(p: Proposal, path: string, pick: number): unknown {
  const better = PROPOSAL_FIELDS.find((f) => f.path === path)?.better;
  const current = valueAt(p, path);
  if (!better) return current;
  switch (better.kind) {
    case 'boolean':
      return better.to;
    case 'order': {
      const at = better.worstToBest.indexOf(current as string);
      return better.worstToBest[Math.min(better.worstToBest.length - 1, at + 1 + (pick % 3))];
    }
    case 'park':
      return current ?? content.catalogues.parks[pick % content.catalogues.parks.length]?.id;
    case 'higher': {
      const cap = better.atMostField
        ? Math.min(better.max, valueAt(p, better.atMostField) as number)
        : better.max;
      const from = typeof current === 'number' ? current : 0;
      return Math.min(cap, from + (pick % 50));
    }
    case 'lower': {
      if (current === null || current === undefined) return current;
      const next = (current as number) - (pick % 20);
      if (next <= better.minExclusive) return better.bestIsNull ? null : current;
      return next;
    }
  }
}

const changeable = PROPOSAL_FIELDS.filter((f) => f.better).map((f) => f.path);

describe('the screening engine', () => {
  it('screens every valid proposal without crashing, evaluating every criterion in the pack order', () => {
    fc.assert(
      fc.property(proposals, (p) => {
        const r = screen(registry, p);
        expect(r.criteria.map((c) => c.id)).toEqual(
          registry.inForce(r.pack.id, r.asOf)?.content.meta.criteria,
        );
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const c of r.criteria) {
          expect(c.reason.vi.length).toBeGreaterThan(0);
          expect(c.reason.en.length).toBeGreaterThan(0);
          expect(c.reason.vi + c.reason.en).not.toMatch(/\{[a-zA-Z.]+\}|undefined|NaN/);
          expect(c.basis.length).toBeGreaterThan(0);
          expect(c.points).toBeLessThanOrEqual(c.maxPoints);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers the score when an investor improves a changeable input', () => {
    fc.assert(
      fc.property(proposals, fc.constantFrom(...changeable), fc.nat(), (p, path, pick) => {
        const after = withValueAt(p, path, improvedValue(p, path, pick));
        expect(screen(registry, after).score).toBeGreaterThanOrEqual(screen(registry, p).score);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('raises the score by exactly the gain, and reaches the band, of each improvement applied alone', () => {
    fc.assert(
      fc.property(proposals, (p) => {
        const before = screen(registry, p);
        for (const imp of before.improvements) {
          expect(imp.gain, imp.criterion).toBeGreaterThanOrEqual(0);
          const after = screen(registry, withValueAt(p, imp.change.path, imp.change.to));
          expect(after.score, `${imp.change.path} → ${imp.change.to}`).toBe(
            roundScore(before.score + imp.gain),
          );
          expect(after.score).toBe(imp.scoreAfter);
          expect(after.band.id).toBe(imp.bandAfter);
          expect(after.eligible).toBe(imp.eligibleAfter);
          expect(after.reviewRequired).toBe(imp.reviewRequiredAfter);
          expect(imp.text.vi + imp.text.en).not.toMatch(/\{[a-zA-Z.]+\}|undefined|NaN/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('suggests only changes of inputs an investor can change, never sector, area, country or form', () => {
    fc.assert(
      fc.property(proposals, (p) => {
        for (const imp of screen(registry, p).improvements) {
          expect(changeable).toContain(imp.change.path);
          expect(imp.change.path).not.toMatch(/^(project\.|site\.area|investor\.country)/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives byte-identical results for the same proposal, date and pack, even from a fresh engine', async () => {
    const { loadRulesDir } = await import('../src/screening/load-packs.js');
    const { compileVersion, PackRegistry } = await import('../src/screening/pack-registry.js');
    const { RULES_DIR } = await import('./support/packs.js');
    const fresh = new PackRegistry(
      (await loadRulesDir(RULES_DIR)).map((b) => compileVersion(b.content, b.hash)),
      'binh-duong-7099',
    );
    fc.assert(
      fc.property(proposals, (p) => {
        const a = JSON.stringify(screen(registry, p));
        expect(JSON.stringify(screen(registry, p))).toBe(a);
        expect(JSON.stringify(screen(fresh, structuredClone(p)))).toBe(a);
      }),
      { numRuns: RUNS },
    );
  });
});
