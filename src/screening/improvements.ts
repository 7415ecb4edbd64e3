/**
 * Counterfactual self-check: for each criterion short of full points (or a gate or review that
 * fails), the smallest change to one changeable input that earns more, with its exact effect when
 * applied alone. Candidates come from the criterion's own thresholds, so the search tries a handful
 * of values and re-evaluates only the criteria that read the changed input — never the whole engine.
 */

import type { CompiledCriterion, Engine } from './compile-pack.js';
import type { Facts } from './conditions.js';
import { forEachLeaf, paramRef } from './conditions.js';
import { applyDerived, type DeriveStep } from './derived-facts.js';
import {
  bandFor,
  type CriterionEval,
  evaluateCriterion,
  roundScore,
  type Summary,
  summarize,
} from './evaluate.js';
import type { Text } from './i18n.js';
import { memoByObject } from './memo.js';
import type { LeafCondition } from './pack-schema.js';
import { type Better, proposalField } from './proposal-fields.js';

export type Candidate = {
  criterion: CompiledCriterion;
  path: string;
  from: unknown;
  to: unknown;
  after: Summary;
};

/**
 * Where a criterion's comparisons on an input flip: the threshold itself, or — for a ratio or
 * product derived from the input — the input value that puts the derived fact on the threshold.
 * A direct threshold does not depend on the proposal, so its candidate values are snapped once.
 */
type Lever =
  | { via: 'direct'; values: number[] }
  | { via: 'divisor'; numerator: string; t: number }
  | { via: 'numerator'; divisor: string; t: number }
  | { via: 'factor'; other: string; t: number };

/** A changeable input of a criterion, with everything about it that does not depend on the proposal. */
type Lead = {
  path: string;
  better: Better;
  /** Criteria to re-evaluate and derive steps to redo when the input changes. */
  readers: readonly number[];
  steps: readonly DeriveStep[];
  levers: Lever[];
  step: number;
};

/** Per engine, built on first use: the search's constant part, so a screening only compares. */
type SearchPlan = {
  leads: Lead[][];
  /** Whether totals of points can be updated by difference and stay exact (see `sumsAreExact`). */
  exactSums: boolean;
  parkOfArea: ReadonlyMap<unknown, string>;
};

const searchPlan = memoByObject(buildPlan);

function buildPlan(engine: Engine): SearchPlan {
  const leads = engine.criteria.map((c) => {
    const out: Lead[] = [];
    for (const path of c.inputs) {
      const better = proposalField(path)?.better;
      if (!better) continue;
      const step = better.kind === 'higher' || better.kind === 'lower' ? better.step : 0;
      out.push({
        path,
        better,
        readers: engine.criteriaReading.get(path) ?? [],
        steps: engine.derivedReading.get(path) ?? [],
        levers:
          better.kind === 'higher'
            ? leversOf(engine, c, path, step, 'up')
            : better.kind === 'lower'
              ? leversOf(engine, c, path, step, 'down')
              : [],
        step,
      });
    }
    return out;
  });
  const parkOfArea = new Map<unknown, string>();
  for (const p of engine.content.catalogues.parks)
    if (!parkOfArea.has(p.area)) parkOfArea.set(p.area, p.id);
  return { leads, exactSums: sumsAreExact(engine), parkOfArea };
}

/**
 * Whether sums of points come out exactly whatever the order of adding and subtracting: every
 * value a multiple of 1/1024 (whole points, halves, quarters…) and all of them together far below
 * 2^53/1024, so every partial sum is representable. Then updating the totals by difference gives
 * the very number the summary's in-order sum gives; otherwise the search sums in order.
 */
function sumsAreExact(engine: Engine): boolean {
  const SCALE = 1024;
  let bound = 0;
  for (const c of engine.criteria) {
    if (!Number.isInteger(c.maxPoints * SCALE)) return false;
    let most = Math.abs(c.maxPoints);
    for (const r of c.rules) {
      if (!Number.isInteger(r.points * SCALE)) return false;
      most = Math.max(most, Math.abs(r.points));
    }
    bound += most;
  }
  return bound * SCALE < 2 ** 52;
}

/** The state of the proposal as screened, and a scratch copy of its evaluations to try changes on. */
type Search = {
  engine: Engine;
  plan: SearchPlan;
  facts: Facts;
  evals: readonly CriterionEval[];
  trial: CriterionEval[];
  before: Summary;
  totals: Totals;
  /** Candidates so far, each change of an input once (the first criterion to find it keeps it). */
  found: Candidate[];
};

/** What the summary adds up: counted so that a change updates them by difference. */
type Totals = { gateFails: number; reviewFails: number; earned: number; available: number };

function totalsOf(engine: Engine, evals: readonly CriterionEval[]): Totals {
  const t: Totals = { gateFails: 0, reviewFails: 0, earned: 0, available: 0 };
  for (const c of engine.criteria) addTo(t, c, evals[c.index] as CriterionEval, 1);
  return t;
}

function addTo(t: Totals, c: CompiledCriterion, e: CriterionEval, sign: 1 | -1): void {
  if (c.kind === 'gate') {
    if (e.outcome === 'fail') t.gateFails += sign;
  } else if (c.kind === 'review') {
    if (e.outcome === 'fail') t.reviewFails += sign;
  } else if (c.kind === 'score' && e.outcome !== 'not_applicable') {
    t.earned += sign * e.points;
    if (!c.def.bonus) t.available += sign * c.maxPoints;
  }
}

export function findImprovements(
  engine: Engine,
  facts: Facts,
  evals: readonly CriterionEval[],
  before: Summary,
): Candidate[] {
  const plan = searchPlan(engine);
  const found: Candidate[] = [];
  let search: Search | undefined;
  for (const c of engine.criteria) {
    const e = evals[c.index] as CriterionEval;
    const wanted =
      c.kind === 'score'
        ? e.outcome !== 'not_applicable' && e.points < c.maxPoints
        : (c.kind === 'gate' || c.kind === 'review') && e.outcome === 'fail';
    if (!wanted) continue;
    // The search changes `facts` (and `trial`) in place and restores them; callers see no change.
    search ??= {
      engine,
      plan,
      facts,
      evals,
      trial: evals.slice(),
      before,
      totals: plan.exactSums
        ? totalsOf(engine, evals)
        : { gateFails: 0, reviewFails: 0, earned: 0, available: 0 },
      found,
    };
    for (const lead of plan.leads[c.index] as Lead[]) improvementsOn(search, c, lead);
  }
  return found.length > 1 ? found.sort(byRank(before)) : found;
}

function byRank(before: Summary): (a: Candidate, b: Candidate) => number {
  return (a, b) =>
    restoresEligibility(a, before) - restoresEligibility(b, before) ||
    b.after.score - a.after.score ||
    clearsReview(a, before) - clearsReview(b, before) ||
    a.criterion.index - b.criterion.index;
}

function restoresEligibility(x: Candidate, before: Summary): number {
  return !before.eligible && x.after.eligible ? 0 : 1;
}

function clearsReview(x: Candidate, before: Summary): number {
  return before.reviewRequired && !x.after.reviewRequired ? 0 : 1;
}

/**
 * Adds to `s.found` the smallest improving change of the lead's input for criterion `c`, and the
 * smallest reaching full points, unless the same change of the input was found already.
 */
function improvementsOn(s: Search, c: CompiledCriterion, lead: Lead): void {
  const current = s.facts[lead.path];
  const base = s.evals[c.index] as CriterionEval;
  let kept = 0;
  const values = candidateValues(s, lead, current);
  for (let v = 0; v < values.length; v++) {
    const to = values[v];
    tryChange(s, lead, to);
    const e = s.trial[c.index] as CriterionEval;
    const improved = c.kind === 'score' ? e.points > base.points : e.outcome === 'pass';
    const after = improved ? trialSummary(s, lead) : undefined;
    untry(s, lead);
    if (!after) continue;
    const worthIt =
      after.score > s.before.score ||
      after.eligible !== s.before.eligible ||
      after.reviewRequired !== s.before.reviewRequired;
    if (!worthIt) continue;
    const full = c.kind !== 'score' || e.points === c.maxPoints;
    if (kept === 0 || full) {
      kept++;
      // Values are JSON primitives, so `===` tells the same values apart as their JSON does.
      if (!foundAlready(s.found, lead.path, to))
        s.found.push({ criterion: c, path: lead.path, from: current ?? null, to, after });
    }
    if (full) break;
  }
}

function foundAlready(found: readonly Candidate[], path: string, to: unknown): boolean {
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Candidate;
    if (f.to === to && f.path === path) return true;
  }
  return false;
}

/**
 * Applies one change, re-evaluates the criteria that read the input into `trial`, and puts the
 * facts back as they were. `untry` puts `trial` back.
 */
function tryChange(s: Search, lead: Lead, to: unknown): void {
  const { facts, engine, trial } = s;
  const steps = lead.steps;
  const path = lead.path;
  const old = facts[path];
  if (steps.length === 0) {
    facts[path] = to;
    for (const i of lead.readers)
      trial[i] = evaluateCriterion(engine.criteria[i] as CompiledCriterion, facts);
    facts[path] = old;
    return;
  }
  const saved = new Array<unknown>(steps.length);
  for (let i = 0; i < steps.length; i++) saved[i] = facts[(steps[i] as DeriveStep).id];
  facts[path] = to;
  applyDerived(steps, facts);
  for (const i of lead.readers)
    trial[i] = evaluateCriterion(engine.criteria[i] as CompiledCriterion, facts);
  facts[path] = old;
  for (let i = 0; i < steps.length; i++) facts[(steps[i] as DeriveStep).id] = saved[i];
}

function untry(s: Search, lead: Lead): void {
  for (const i of lead.readers) s.trial[i] = s.evals[i] as CriterionEval;
}

/** The summary with the change applied: by difference on the totals when that is exact. */
function trialSummary(s: Search, lead: Lead): Summary {
  if (!s.plan.exactSums) return summarize(s.engine, s.trial);
  let { gateFails, reviewFails, earned, available } = s.totals;
  const readers = lead.readers;
  for (let r = 0; r < readers.length; r++) {
    const i = readers[r] as number;
    const c = s.engine.criteria[i] as CompiledCriterion;
    const was = s.evals[i] as CriterionEval;
    const now = s.trial[i] as CriterionEval;
    if (was === now) continue;
    if (c.kind === 'gate')
      gateFails += Number(now.outcome === 'fail') - Number(was.outcome === 'fail');
    else if (c.kind === 'review')
      reviewFails += Number(now.outcome === 'fail') - Number(was.outcome === 'fail');
    else if (c.kind === 'score') {
      if (was.outcome !== 'not_applicable') {
        earned -= was.points;
        if (!c.def.bonus) available -= c.maxPoints;
      }
      if (now.outcome !== 'not_applicable') {
        earned += now.points;
        if (!c.def.bonus) available += c.maxPoints;
      }
    }
  }
  const eligible = gateFails === 0;
  const score = available > 0 ? roundScore(Math.min(100, (earned / available) * 100)) : 0;
  return {
    eligible,
    reviewRequired: reviewFails > 0,
    score,
    bandId: bandFor(s.engine, s.trial, eligible, score),
  };
}

/**
 * Sorts a few distinct numbers in place by insertion, up or down: for distinct values the order is
 * the one `sort((a, b) => a - b)` gives, without its set-up cost on arrays of one to three.
 */
function sortNumbers<T extends unknown[]>(values: T, dir: 1 | -1): T {
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && ((values[j] as number) - v) * dir > 0) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
  return values;
}

function candidateValues(s: Search, lead: Lead, current: unknown): unknown[] {
  const better = lead.better;
  switch (better.kind) {
    case 'boolean':
      return current === better.to ? [] : [better.to];
    case 'order': {
      const at = better.worstToBest.indexOf(current as string);
      return at < 0 ? [] : better.worstToBest.slice(at + 1);
    }
    case 'park': {
      if (current !== null) return [];
      const park = s.plan.parkOfArea.get(s.facts['site.area']);
      return park !== undefined ? [park] : [];
    }
    case 'higher': {
      const cap = better.atMostField
        ? Math.min(better.max, s.facts[better.atMostField] as number)
        : better.max;
      const cur = typeof current === 'number' ? current : Number.NEGATIVE_INFINITY;
      return sortNumbers(thresholdsWithin(s, lead, cur, cap, true), 1);
    }
    case 'lower': {
      if (typeof current !== 'number') return [];
      const values: unknown[] = sortNumbers(
        thresholdsWithin(s, lead, better.minExclusive, current, false),
        -1,
      );
      if (better.bestIsNull) values.push(null);
      return values;
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

function leversOf(
  engine: Engine,
  c: CompiledCriterion,
  path: string,
  step: number,
  dir: 'up' | 'down',
): Lever[] {
  const found: Lever[] = [];
  const visit = (leaf: LeafCondition) => {
    const p = paramRef(leaf.value);
    const t = p !== undefined ? engine.param(p) : leaf.value;
    if (typeof t !== 'number') return;
    if (leaf.fact === path) {
      // Whether the threshold itself or the next step passes depends on which side the rule
      // rewards; offer both and let the search keep the nearest that improves.
      const values = [snap(t, step, dir)];
      if (leaf.operator === 'greaterThan' || leaf.operator === 'lessThan')
        values.push(snap(dir === 'up' ? t + step : t - step, step, dir));
      found.push({ via: 'direct', values: values.filter((v) => Number.isFinite(v)) });
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
  return found;
}

/**
 * The candidate values the lead's levers give for this proposal, in lever order, finite, each
 * once, strictly above `low` and — up to `high` inclusive when `upTo`, strictly below it otherwise.
 */
function thresholdsWithin(
  s: Search,
  lead: Lead,
  low: number,
  high: number,
  upTo: boolean,
): number[] {
  const out: number[] = [];
  const step = lead.step;
  for (const l of lead.levers) {
    if (l.via === 'direct') {
      for (const x of l.values) keep(out, x, low, high, upTo);
      continue;
    }
    if (l.via === 'divisor') {
      const a = operandValue(s, l.numerator);
      if (a !== undefined) keep(out, snap(a / l.t, step, 'down'), low, high, upTo);
    } else if (l.via === 'numerator') {
      const b = operandValue(s, l.divisor);
      if (b !== undefined) keep(out, snap(l.t * b, step, 'up'), low, high, upTo);
    } else {
      const o = operandValue(s, l.other);
      if (o !== undefined && o > 0) keep(out, snap(l.t / o, step, 'up'), low, high, upTo);
    }
  }
  return out;
}

function keep(out: number[], v: number, low: number, high: number, upTo: boolean): void {
  if (Number.isFinite(v) && v > low && (upTo ? v <= high : v < high) && !out.includes(v))
    out.push(v);
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
