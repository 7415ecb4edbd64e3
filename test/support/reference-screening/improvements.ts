/**
 * Counterfactual self-check: for each criterion short of full points (or a gate or review that
 * fails), the smallest change to one changeable input that earns more, with its exact effect when
 * applied alone. Candidates come from the criterion's own thresholds, so the search tries a handful
 * of values and re-evaluates only the criteria that read the changed input — never the whole engine.
 */

import type { Text } from '../../../src/screening/i18n.js';
import type { LeafCondition } from '../../../src/screening/pack-schema.js';
import { type Better, proposalField } from '../../../src/screening/proposal-fields.js';
import type { CompiledCriterion, Engine } from './compile-pack.js';
import type { Facts } from './conditions.js';
import { forEachLeaf, paramRef } from './conditions.js';
import { applyDerived } from './derived-facts.js';
import {
  type CriterionEval,
  evaluateCriterion,
  roundScore,
  type Summary,
  summarize,
} from './evaluate.js';

export type Candidate = {
  criterion: CompiledCriterion;
  path: string;
  from: unknown;
  to: unknown;
  after: Summary;
};

type Search = { engine: Engine; facts: Facts; evals: readonly CriterionEval[]; before: Summary };

export function findImprovements(
  engine: Engine,
  facts: Facts,
  evals: readonly CriterionEval[],
  before: Summary,
): Candidate[] {
  // The search changes `facts` in place and restores them; callers see them unchanged.
  const search: Search = { engine, facts, evals, before };
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of engine.criteria) {
    const e = evals[c.index] as CriterionEval;
    const wanted =
      c.kind === 'score'
        ? e.outcome !== 'not_applicable' && e.points < c.maxPoints
        : (c.kind === 'gate' || c.kind === 'review') && e.outcome === 'fail';
    if (!wanted) continue;
    for (const path of c.inputs) {
      const better = proposalField(path)?.better;
      if (!better) continue;
      for (const cand of improvementsOn(search, c, path, better)) {
        const key = `${path}=${JSON.stringify(cand.to)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(cand);
      }
    }
  }
  return found.sort((a, b) => rank(a, b, before));
}

function rank(a: Candidate, b: Candidate, before: Summary): number {
  const restores = (x: Candidate) => (!before.eligible && x.after.eligible ? 0 : 1);
  const clears = (x: Candidate) => (before.reviewRequired && !x.after.reviewRequired ? 0 : 1);
  return (
    restores(a) - restores(b) ||
    b.after.score - a.after.score ||
    clears(a) - clears(b) ||
    a.criterion.index - b.criterion.index
  );
}

/** The smallest improving change of `path` for criterion `c`, and the smallest reaching full points. */
function improvementsOn(
  s: Search,
  c: CompiledCriterion,
  path: string,
  better: Better,
): Candidate[] {
  const current = s.facts[path];
  const base = s.evals[c.index] as CriterionEval;
  const out: Candidate[] = [];
  for (const to of candidateValues(s, c, path, better, current)) {
    const trial = tryChange(s, path, to);
    const e = trial.evals[c.index] as CriterionEval;
    const improved = c.kind === 'score' ? e.points > base.points : e.outcome === 'pass';
    if (!improved) continue;
    const after = trial.summary;
    const worthIt =
      after.score > s.before.score ||
      after.eligible !== s.before.eligible ||
      after.reviewRequired !== s.before.reviewRequired;
    if (!worthIt) continue;
    if (out.length === 0 || c.kind !== 'score' || e.points === c.maxPoints) {
      out.push({ criterion: c, path, from: current ?? null, to, after });
    }
    if (c.kind !== 'score' || e.points === c.maxPoints) break;
  }
  return out;
}

/** Applies one change in place, evaluates what it touches, and puts the facts back as they were. */
function tryChange(
  s: Search,
  path: string,
  to: unknown,
): { evals: CriterionEval[]; summary: Summary } {
  const steps = s.engine.derivedReading.get(path) ?? [];
  const saved = steps.map((step) => s.facts[step.id]);
  const old = s.facts[path];
  s.facts[path] = to;
  applyDerived(steps, s.facts);
  const evals = s.evals.slice();
  for (const i of s.engine.criteriaReading.get(path) ?? []) {
    evals[i] = evaluateCriterion(s.engine.criteria[i] as CompiledCriterion, s.facts);
  }
  s.facts[path] = old;
  steps.forEach((step, i) => {
    s.facts[step.id] = saved[i];
  });
  return { evals, summary: summarize(s.engine, evals) };
}

function candidateValues(
  s: Search,
  c: CompiledCriterion,
  path: string,
  better: Better,
  current: unknown,
): unknown[] {
  switch (better.kind) {
    case 'boolean':
      return current === better.to ? [] : [better.to];
    case 'order': {
      const at = better.worstToBest.indexOf(current as string);
      return at < 0 ? [] : better.worstToBest.slice(at + 1);
    }
    case 'park': {
      if (current !== null) return [];
      const park = s.engine.content.catalogues.parks.find((p) => p.area === s.facts['site.area']);
      return park ? [park.id] : [];
    }
    case 'higher': {
      const cap = better.atMostField
        ? Math.min(better.max, s.facts[better.atMostField] as number)
        : better.max;
      const cur = typeof current === 'number' ? current : Number.NEGATIVE_INFINITY;
      const values = thresholdsFor(s, c, path, better.step, 'up').filter(
        (v) => v > cur && v <= cap,
      );
      return [...new Set(values)].sort((a, b) => a - b);
    }
    case 'lower': {
      if (typeof current !== 'number') return [];
      const values = thresholdsFor(s, c, path, better.step, 'down').filter(
        (v) => v < current && v > better.minExclusive,
      );
      const sorted: unknown[] = [...new Set(values)].sort((a, b) => b - a);
      if (better.bestIsNull) sorted.push(null);
      return sorted;
    }
  }
}

const decimalsOf = (step: number) => (String(step).split('.')[1] ?? '').length;
const snap = (v: number, step: number, dir: 'up' | 'down') => {
  const d = decimalsOf(step);
  const k = v / step;
  const n = dir === 'up' ? Math.ceil(k - 1e-9) : Math.floor(k + 1e-9);
  return Number((n * step).toFixed(d));
};

/**
 * Where a criterion's comparisons on an input flip: the threshold itself, or — for a ratio or
 * product derived from the input — the input value that puts the derived fact on the threshold.
 */
type Lever =
  | { via: 'direct'; t: number; strict: boolean }
  | { via: 'divisor'; numerator: string; t: number }
  | { via: 'numerator'; divisor: string; t: number }
  | { via: 'factor'; other: string; t: number };

const leverCache = new WeakMap<Engine, Map<string, Lever[]>>();

function leversOf(engine: Engine, c: CompiledCriterion, path: string): Lever[] {
  let byKey = leverCache.get(engine);
  if (!byKey) {
    byKey = new Map();
    leverCache.set(engine, byKey);
  }
  const key = `${c.index}|${path}`;
  let levers = byKey.get(key);
  if (levers) return levers;
  levers = [];
  const found = levers;
  const visit = (leaf: LeafCondition) => {
    const p = paramRef(leaf.value);
    const t = p !== undefined ? engine.param(p) : leaf.value;
    if (typeof t !== 'number') return;
    if (leaf.fact === path) {
      found.push({
        via: 'direct',
        t,
        strict: leaf.operator === 'greaterThan' || leaf.operator === 'lessThan',
      });
      return;
    }
    const expr = engine.content.derived[leaf.fact]?.expr;
    if (!expr) return;
    if ('divide' in expr) {
      const [a, b] = expr.divide;
      if (b === path && t > 0) found.push({ via: 'divisor', numerator: a, t });
      if (a === path) found.push({ via: 'numerator', divisor: b, t });
    } else if ('multiply' in expr) {
      const [a, b] = expr.multiply;
      if (a === path) found.push({ via: 'factor', other: b, t });
      else if (b === path) found.push({ via: 'factor', other: a, t });
    }
  };
  for (const cond of [...(c.def.applies ? [c.def.applies] : []), ...c.def.rules.map((r) => r.when)])
    forEachLeaf(cond, visit);
  byKey.set(key, levers);
  return levers;
}

function thresholdsFor(
  s: Search,
  c: CompiledCriterion,
  path: string,
  step: number,
  dir: 'up' | 'down',
): number[] {
  const out: number[] = [];
  for (const l of leversOf(s.engine, c, path)) {
    if (l.via === 'direct') {
      // Whether the threshold itself or the next step passes depends on which side the rule
      // rewards; offer both and let the search keep the nearest that improves.
      out.push(snap(l.t, step, dir));
      if (l.strict) out.push(snap(dir === 'up' ? l.t + step : l.t - step, step, dir));
    } else if (l.via === 'divisor') {
      const a = operandValue(s, l.numerator);
      if (a !== undefined) out.push(snap(a / l.t, step, 'down'));
    } else if (l.via === 'numerator') {
      const b = operandValue(s, l.divisor);
      if (b !== undefined) out.push(snap(l.t * b, step, 'up'));
    } else {
      const o = operandValue(s, l.other);
      if (o !== undefined && o > 0) out.push(snap(l.t / o, step, 'up'));
    }
  }
  return out.filter((v) => Number.isFinite(v));
}

function operandValue(s: Search, name: string): number | undefined {
  const v = name.startsWith('param.') ? s.engine.param(name.slice(6)) : s.facts[name];
  return typeof v === 'number' ? v : undefined;
}

export function gainOf(cand: Candidate, before: Summary): number {
  return roundScore(cand.after.score - before.score);
}

/** Wording for a changeable input without a text of its own. */
export function genericImprovement(path: string, from: unknown): Text {
  const label = proposalField(path)?.label ?? { vi: path, en: path };
  if (from === null || from === undefined) {
    return {
      vi: `${label.vi}: khai báo từ {to} trở lên.`,
      en: `${label.en}: declare at least {to}.`,
    };
  }
  if (proposalField(path)?.better?.kind === 'lower') {
    return {
      vi: `${label.vi}: giảm từ {from} xuống {to}.`,
      en: `${label.en}: reduce from {from} to {to}.`,
    };
  }
  return {
    vi: `${label.vi}: nâng từ {from} lên {to}.`,
    en: `${label.en}: raise from {from} to {to}.`,
  };
}
