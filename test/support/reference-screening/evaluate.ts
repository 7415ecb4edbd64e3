/**
 * Evaluates every criterion of an engine against a proposal's facts — no short-circuit: a failed
 * gate does not stop the others — and turns the outcomes into eligibility, review, score and band.
 */

import type { Outcome } from '../../../src/screening/pack-schema.js';
import type { CompiledBand, CompiledCriterion, Engine } from './compile-pack.js';
import type { Facts } from './conditions.js';

/** Which branch decided: a rule's index, or one of the fallbacks. */
export const OTHERWISE = -1;
export const UNKNOWN = -2;
export const NOT_APPLICABLE = -3;

export type CriterionEval = { outcome: Outcome; points: number; branch: number };

export function evaluateCriterion(c: CompiledCriterion, facts: Facts): CriterionEval {
  for (const p of c.inputs)
    if (facts[p] === undefined) return { outcome: 'unknown', points: 0, branch: UNKNOWN };
  if (c.applies && !c.applies(facts))
    return { outcome: 'not_applicable', points: 0, branch: NOT_APPLICABLE };
  for (let i = 0; i < c.rules.length; i++) {
    const r = c.rules[i] as (typeof c.rules)[number];
    if (r.when(facts)) return { outcome: r.outcome, points: r.points, branch: i };
  }
  return { outcome: c.otherwise.outcome, points: 0, branch: OTHERWISE };
}

export function evaluateAll(engine: Engine, facts: Facts): CriterionEval[] {
  return engine.criteria.map((c) => evaluateCriterion(c, facts));
}

export type Summary = { eligible: boolean; reviewRequired: boolean; score: number; bandId: string };

/** Scores carry one decimal; the band is decided on the score as shown. */
export function roundScore(x: number): number {
  return Math.round(x * 10) / 10;
}

export function summarize(engine: Engine, evals: readonly CriterionEval[]): Summary {
  let eligible = true;
  let reviewRequired = false;
  let earned = 0;
  let available = 0;
  for (const c of engine.criteria) {
    const e = evals[c.index] as CriterionEval;
    if (c.kind === 'gate' && e.outcome === 'fail') eligible = false;
    if (c.kind === 'review' && e.outcome === 'fail') reviewRequired = true;
    if (c.kind === 'score' && e.outcome !== 'not_applicable') {
      earned += e.points;
      if (!c.def.bonus) available += c.maxPoints;
    }
  }
  const score = available > 0 ? roundScore(Math.min(100, (earned / available) * 100)) : 0;
  return { eligible, reviewRequired, score, bandId: bandFor(engine, evals, eligible, score) };
}

function bandFor(
  engine: Engine,
  evals: readonly CriterionEval[],
  eligible: boolean,
  score: number,
): string {
  if (!eligible) return engine.content.meta.ineligibleBand.id;
  const met = (b: CompiledBand) =>
    score >= b.minScore &&
    (!b.requiresAny ||
      b.requiresAny.some((r) => r.outcomes.includes((evals[r.index] as CriterionEval).outcome)));
  const band = engine.bands.find(met) ?? engine.bands[engine.bands.length - 1];
  return (band as CompiledBand).id;
}
