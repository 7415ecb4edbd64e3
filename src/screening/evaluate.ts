/**
 * Evaluates every criterion of an engine against a proposal's facts — no short-circuit: a failed
 * gate does not stop the others — and turns the outcomes into eligibility, review, score and band.
 */

import type { CompiledBand, CompiledCriterion, Engine } from './compile-pack.js';
import {
  compileSource,
  conditionExpr,
  type Facts,
  factExpr,
  literal,
  newSource,
  type ParamLookup,
} from './conditions.js';
import type { Condition, Outcome } from './pack-schema.js';

/** Which branch decided: a rule's index, or one of the fallbacks. */
export const OTHERWISE = -1;
export const UNKNOWN = -2;
export const NOT_APPLICABLE = -3;

export type CriterionEval = { outcome: Outcome; points: number; branch: number };

/**
 * The few results a criterion can have, made once and shared (frozen: nobody may change one): a
 * screening evaluates every criterion, and the improvement search many of them again.
 */
const UNKNOWN_EVAL: CriterionEval = Object.freeze({
  outcome: 'unknown',
  points: 0,
  branch: UNKNOWN,
});
const NOT_APPLICABLE_EVAL: CriterionEval = Object.freeze({
  outcome: 'not_applicable',
  points: 0,
  branch: NOT_APPLICABLE,
});
const OTHERWISE_EVALS = {
  pass: Object.freeze({ outcome: 'pass', points: 0, branch: OTHERWISE }),
  fail: Object.freeze({ outcome: 'fail', points: 0, branch: OTHERWISE }),
} satisfies Record<string, CriterionEval>;

/** A rule's result, to be made once when the rule is compiled. */
export function ruleEval(
  rule: { outcome: Outcome; points: number },
  branch: number,
): CriterionEval {
  return Object.freeze({ outcome: rule.outcome, points: rule.points, branch });
}

/**
 * A criterion's evaluation as one generated function: any input undefined → unknown; `applies`
 * false → not applicable; else the first rule whose condition holds, or `otherwise`. Same order
 * and answers as json-rules-engine's reference (see `reference-evaluator.ts`).
 */
export function criterionEvaluator(def: {
  inputs: readonly string[];
  applies?: Condition;
  rules: readonly { when: Condition; result: CriterionEval }[];
  otherwise: 'pass' | 'fail';
  param: ParamLookup;
}): (facts: Facts) => CriterionEval {
  const src = newSource();
  const lines: string[] = [];
  if (def.inputs.length > 0)
    lines.push(
      `if (${def.inputs.map((p) => `${factExpr(p)} === undefined`).join(' || ')}) return ${literal(UNKNOWN_EVAL, src)};`,
    );
  if (def.applies)
    lines.push(
      `if (!${conditionExpr(def.applies, def.param, src)}) return ${literal(NOT_APPLICABLE_EVAL, src)};`,
    );
  for (const r of def.rules)
    lines.push(`if (${conditionExpr(r.when, def.param, src)}) return ${literal(r.result, src)};`);
  lines.push(`return ${literal(OTHERWISE_EVALS[def.otherwise], src)};`);
  return compileSource<(facts: Facts) => CriterionEval>('f', `{\n${lines.join('\n')}\n}`, src);
}

export function evaluateCriterion(c: CompiledCriterion, facts: Facts): CriterionEval {
  return c.evaluate(facts);
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

/** The band of a score: the first whose minimum it reaches and whose requirement (if any) holds. */
export function bandFor(
  engine: Engine,
  evals: readonly CriterionEval[],
  eligible: boolean,
  score: number,
): string {
  if (!eligible) return engine.content.meta.ineligibleBand.id;
  // Loops rather than find/some callbacks: this runs for every candidate the improvement search tries.
  const bands = engine.bands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as CompiledBand;
    if (score >= b.minScore && (!b.requiresAny || requirementMet(b.requiresAny, evals)))
      return b.id;
  }
  return (bands[bands.length - 1] as CompiledBand).id;
}

function requirementMet(
  requiresAny: NonNullable<CompiledBand['requiresAny']>,
  evals: readonly CriterionEval[],
): boolean {
  for (const r of requiresAny)
    if (r.outcomes.includes((evals[r.index] as CriterionEval).outcome)) return true;
  return false;
}
