/**
 * The light scoring path for what-ifs over many proposals: facts, derived facts, every criterion's
 * outcome and points, eligibility, review, score and band — no texts, no improvements. Scoring the
 * same proposal under a second engine re-evaluates only the criteria that can judge differently.
 */
import { canonicalJson } from './canonical-json.js';
import type { CompiledCriterion, Engine } from './compile-pack.js';
import { type Facts, PARAM_PREFIX, paramsRead } from './conditions.js';
import { operandsOf } from './derived-facts.js';
import {
  type CriterionEval,
  evaluateAll,
  evaluateCriterion,
  type Summary,
  summarize,
} from './evaluate.js';
import { memoByPair } from './memo.js';
import { READABLE_PATHS } from './proposal-fields.js';

export type Scored = { facts: Facts; evals: CriterionEval[]; summary: Summary };

export function scoreProposal(engine: Engine, proposal: unknown): Scored {
  const facts = engine.factsOf(proposal);
  const evals = evaluateAll(engine, facts);
  return { facts, evals, summary: summarize(engine, evals) };
}

/**
 * How to score under `next` a proposal already scored under `base`: for each criterion of `next`,
 * the index of the `base` criterion whose evaluation it would repeat exactly (or -1), and whether
 * the derived facts of `base` hold under `next` too. Worked out once per pair of engines.
 */
export type CarryOver = { sameFacts: boolean; from: readonly number[] };

/** Everything the evaluation of a criterion depends on besides the facts: not its texts. */
function logicOf(c: CompiledCriterion): string {
  return canonicalJson({
    kind: c.kind,
    inputs: c.inputs,
    applies: c.def.applies ?? null,
    rules: c.def.rules.map((r, i) => ({
      outcome: r.outcome,
      when: r.when,
      points: c.rules[i]?.points ?? 0,
    })),
    otherwise: c.def.otherwise.outcome,
    thresholds: c.thresholds,
  });
}

/** What the derived facts depend on: their definitions, the catalogues and the parameters they read. */
function derivedLogicOf(engine: Engine): string {
  const { derived, catalogues } = engine.content;
  const params: Record<string, number | boolean> = {};
  for (const def of Object.values(derived)) {
    const ids = operandsOf(def.expr)
      .filter((o) => o.startsWith(PARAM_PREFIX))
      .map((o) => o.slice(PARAM_PREFIX.length));
    if ('firstOf' in def.expr) for (const b of def.expr.firstOf) paramsRead(b.when, ids);
    for (const id of ids) params[id] = engine.param(id);
  }
  return canonicalJson({
    expressions: Object.fromEntries(Object.entries(derived).map(([id, d]) => [id, d.expr])),
    areas: catalogues.areas.map((a) => [a.id, a.tags]),
    parks: catalogues.parks.map((p) => [p.id, p.kind]),
    sectorLists: catalogues.sectorLists.map((l) => [l.id, l.group ?? null, l.prefixes]),
    params,
  });
}

export const carryOver = memoByPair((base: Engine, next: Engine): CarryOver => {
  const sameFacts = derivedLogicOf(base) === derivedLogicOf(next);
  const baseIndex = new Map(base.criteria.map((c) => [c.def.id, c]));
  const from = next.criteria.map((c) => {
    const b = baseIndex.get(c.def.id);
    if (!b || logicOf(b) !== logicOf(c)) return -1;
    // A criterion reading a derived fact judges differently when the derived facts do.
    if (!sameFacts && c.reads.some((f) => !READABLE_PATHS.has(f))) return -1;
    return b.index;
  });
  return { sameFacts, from };
});

/** The proposal scored under `next`, reusing the evaluations of `scored` (under `base`) that carry over. */
export function rescoreProposal(
  next: Engine,
  base: Engine,
  scored: Scored,
  proposal: unknown,
): Scored {
  const plan = carryOver(base, next);
  const facts = plan.sameFacts ? scored.facts : next.factsOf(proposal);
  const evals = next.criteria.map((c) => {
    const i = plan.from[c.index] as number;
    return i >= 0 ? (scored.evals[i] as CriterionEval) : evaluateCriterion(c, facts);
  });
  return { facts, evals, summary: summarize(next, evals) };
}
