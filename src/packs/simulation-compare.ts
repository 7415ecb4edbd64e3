/**
 * One application judged twice — by its current screening's pack version and by the simulated one —
 * compared: band move (by the simulated pack's band order), eligibility, review, score, and the
 * criteria whose outcome or points differ. Pure: no database, no texts.
 */
import type { Engine } from '../screening/compile-pack.js';
import { type CriterionEval, roundScore } from '../screening/evaluate.js';
import { memoByPair } from '../screening/memo.js';
import type { Outcome } from '../screening/pack-schema.js';
import type { Scored } from '../screening/score-proposal.js';

export type Direction = 'up' | 'down' | 'same';

export type CriterionChange = {
  id: string;
  /** null: the criterion is not in that version. */
  outcome: { from: Outcome | null; to: Outcome | null };
  points: { from: number; to: number; delta: number };
};

export type Comparison = {
  band: { from: string; to: string; direction: Direction };
  eligible: { from: boolean; to: boolean };
  reviewRequired: { from: boolean; to: boolean };
  score: { from: number; to: number; delta: number };
  criteria: CriterionChange[];
  changed: boolean;
};

/** The criteria of both versions matched by id: the simulated version's order, then those it dropped. */
type Alignment = { pairs: [number, number, string][]; rank: (band: string) => number };

const align = memoByPair((base: Engine, next: Engine): Alignment => {
  const baseIndex = new Map(base.criteria.map((c) => [c.def.id, c.index]));
  const pairs: [number, number, string][] = next.criteria.map((c) => [
    baseIndex.get(c.def.id) ?? -1,
    c.index,
    c.def.id,
  ]);
  const inNext = new Set(next.criteria.map((c) => c.def.id));
  for (const c of base.criteria) if (!inNext.has(c.def.id)) pairs.push([c.index, -1, c.def.id]);
  // Best first, the ineligible band last; a band only the current version has ranks after those.
  const order = [
    ...next.bands.map((b) => b.id),
    next.content.meta.ineligibleBand.id,
    ...base.bands.map((b) => b.id),
    base.content.meta.ineligibleBand.id,
  ];
  const ranks = new Map<string, number>();
  for (const [i, id] of order.entries()) if (!ranks.has(id)) ranks.set(id, i);
  return { pairs, rank: (band) => ranks.get(band) ?? order.length };
});

/** The band order used for up and down: the simulated version's bands, best first. */
export function bandOrder(base: Engine, next: Engine): string[] {
  const { rank } = align(base, next);
  const ids = new Set([
    ...next.bands.map((b) => b.id),
    next.content.meta.ineligibleBand.id,
    ...base.bands.map((b) => b.id),
    base.content.meta.ineligibleBand.id,
  ]);
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

export function compareScorings(
  base: Engine,
  before: Scored,
  next: Engine,
  after: Scored,
): Comparison {
  const { pairs, rank } = align(base, next);
  const criteria: CriterionChange[] = [];
  for (const [b, n, id] of pairs) {
    const from = b >= 0 ? (before.evals[b] as CriterionEval) : undefined;
    const to = n >= 0 ? (after.evals[n] as CriterionEval) : undefined;
    // A criterion carried over unchanged is the very same evaluation: nothing to compare.
    if (from === to) continue;
    const pf = from?.points ?? 0;
    const pt = to?.points ?? 0;
    if (pf === pt && from?.outcome === to?.outcome) continue;
    criteria.push({
      id,
      outcome: { from: from?.outcome ?? null, to: to?.outcome ?? null },
      points: { from: pf, to: pt, delta: pt - pf },
    });
  }
  const s0 = before.summary;
  const s1 = after.summary;
  const r0 = rank(s0.bandId);
  const r1 = rank(s1.bandId);
  const delta = roundScore(s1.score - s0.score);
  return {
    band: { from: s0.bandId, to: s1.bandId, direction: r1 < r0 ? 'up' : r1 > r0 ? 'down' : 'same' },
    eligible: { from: s0.eligible, to: s1.eligible },
    reviewRequired: { from: s0.reviewRequired, to: s1.reviewRequired },
    score: { from: s0.score, to: s1.score, delta },
    criteria,
    changed:
      criteria.length > 0 ||
      s0.bandId !== s1.bandId ||
      s0.eligible !== s1.eligible ||
      s0.reviewRequired !== s1.reviewRequired ||
      delta !== 0,
  };
}
