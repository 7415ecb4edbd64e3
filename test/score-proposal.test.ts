/**
 * The simulation's fast path must judge exactly as a full screening does: `rescoreProposal` reuses
 * the evaluations of criteria a draft leaves alone, so for many generated proposals and drafts that
 * change thresholds, points, band cut-offs, a derived fact's parameter, a criterion's logic and the
 * criteria list itself, its outcome must equal a fresh `screenWithEngine` under the draft.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashContent } from '../src/screening/canonical-json.js';
import { loadPackDir } from '../src/screening/load-packs.js';
import { compileVersion, engineOn } from '../src/screening/pack-registry.js';
import type { PackContent } from '../src/screening/pack-schema.js';
import { carryOver, rescoreProposal, scoreProposal } from '../src/screening/score-proposal.js';
import { screenWithEngine } from '../src/screening/screen-proposal.js';
import { arbitraryProposal } from './support/arbitrary-proposal.js';
import { PACK_ID, RULES_DIR } from './support/packs.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
// The released version alone: the suite is about it, whatever other versions the folder holds.
const loaded = await loadPackDir(join(RULES_DIR, PACK_ID, '1.0.0'));
if (!loaded.ok) throw new Error(`pack 1.0.0 is invalid: ${JSON.stringify(loaded.problems)}`);
const base = compileVersion(loaded.pack.content, loaded.pack.hash);
const START = base.content.meta.effectiveFrom;

/** A draft: the base content with parameter values replaced (every dated value) and other edits. */
function draft(
  values: Record<string, number | boolean>,
  edit: (c: PackContent) => void = () => {},
) {
  const content = structuredClone(base.content);
  content.meta.version = '9.9.9-test';
  for (const [id, value] of Object.entries(values)) {
    const p = content.parameters[id];
    if (!p) throw new Error(`no parameter ${id}`);
    for (const v of p.values) v.value = value;
  }
  edit(content);
  return compileVersion(content, hashContent(content));
}

const DRAFTS = {
  'localisation thresholds raised': draft({
    'localisation.fullPct': 50,
    'localisation.partialPct': 40,
    'localisation.minimalPct': 30,
  }),
  'localisation points changed': draft({ 'localisation.points.full': 12 }),
  'band cut-offs moved': draft({ 'bands.strategicMin': 70, 'bands.acceptableMin': 30 }),
  'exchange rate (a derived fact) changed': draft({ 'fx.usdVnd': 10_000 }),
  'a criterion dropped': draft({}, (c) => {
    c.criteria = c.criteria.filter((k) => k.id !== 'localisation-rate');
    c.meta.criteria = c.meta.criteria.filter((id) => id !== 'localisation-rate');
  }),
  'a rule made stricter in the file': draft({}, (c) => {
    const k = c.criteria.find((x) => x.id === 'localisation-rate');
    if (!k) throw new Error('no localisation-rate');
    k.rules = k.rules.slice(0, 1);
  }),
  'nothing changed': draft({}),
};

const proposals = arbitraryProposal(base.content, { from: START, to: '2026-02-28' });

describe('rescoreProposal (the simulation fast path)', () => {
  for (const [name, next] of Object.entries(DRAFTS)) {
    it(`scores like a full screening under the draft: ${name}`, () => {
      fc.assert(
        fc.property(proposals, (p) => {
          const on = p.submittedOn ?? START;
          const b = engineOn(base, on);
          const n = engineOn(next, on);
          const fast = rescoreProposal(n, b, scoreProposal(b, p), p);
          const full = screenWithEngine(n, p, on);
          expect(fast.summary).toEqual({
            eligible: full.eligible,
            reviewRequired: full.reviewRequired,
            score: full.score,
            bandId: full.band.id,
          });
          expect(
            n.criteria.map((c) => [
              c.def.id,
              fast.evals[c.index]?.outcome,
              fast.evals[c.index]?.points,
            ]),
          ).toEqual(full.criteria.map((c) => [c.id, c.outcome, c.points]));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('re-evaluates only what a draft can change: a localisation draft reuses every criterion not reading a localisation threshold', () => {
    const b = engineOn(base, START);
    const n = engineOn(DRAFTS['localisation thresholds raised'], START);
    const plan = carryOver(b, n);
    expect(plan.sameFacts).toBe(true);
    const redone = n.criteria
      .filter((c) => (plan.from[c.index] as number) < 0)
      .map((c) => c.def.id);
    const reading = n.criteria
      .filter((c) => c.thresholds.some((t) => t.id.startsWith('localisation.')))
      .map((c) => c.def.id);
    expect(redone).toContain('localisation-rate');
    expect(redone).toEqual(reading);
  });

  it('re-derives the facts when a derived fact changes, and re-evaluates the criteria reading them', () => {
    const b = engineOn(base, START);
    const n = engineOn(DRAFTS['exchange rate (a derived fact) changed'], START);
    const plan = carryOver(b, n);
    expect(plan.sameFacts).toBe(false);
    expect(plan.from.some((i) => i < 0)).toBe(true);
    expect(plan.from.some((i) => i >= 0)).toBe(true);
  });
});
