/**
 * Screens a valid proposal with an engine: every criterion evaluated and explained in both
 * languages with its basis, eligibility, review, score, band, incentives and improvements.
 * Pure and deterministic: the same proposal, date and pack give a byte-identical result.
 */

import { basisOf, type CompiledCriterion, type Engine, textOf } from './compile-pack.js';
import { compileSource, type Facts, factExpr, literalKey, newSource } from './conditions.js';
import { type CriterionEval, evaluateAll, type Summary, summarize } from './evaluate.js';
import { formatValue, type ValueFormatter, valueFormatter } from './format-value.js';
import type { Lang, Text } from './i18n.js';
import { type Candidate, findImprovements, gainOf, genericImprovement } from './improvements.js';
import { memoByObject } from './memo.js';
import { engineOn, type PackVersion } from './pack-registry.js';
import { proposalField } from './proposal-fields.js';
import type { Proposal } from './proposal-schema.js';
import type { CriterionResult, Improvement, ScreeningResult } from './screening-result.js';
import {
  type Binder,
  type BoundSlot,
  type BoundTemplate,
  bindTemplate,
  parseTemplate,
  renderBound,
  type Template,
} from './templates.js';

export type ScreenOptions = {
  /** Paths whose values an officer has verified: criteria resting only on them are no longer "declared". */
  verified?: ReadonlySet<string>;
};

export function screenProposal(
  version: PackVersion,
  proposal: Proposal,
  asOf: string,
  options: ScreenOptions = {},
): ScreeningResult {
  return screenWithEngine(engineOn(version, asOf), proposal, asOf, options);
}

export function screenWithEngine(
  engine: Engine,
  proposal: Proposal,
  asOf: string,
  options: ScreenOptions = {},
): ScreeningResult {
  const facts = engine.factsOf(proposal);
  const evals = evaluateAll(engine, facts);
  const summary = summarize(engine, evals);
  const plan = textPlan(engine);
  const criteria = engine.criteria.map((c) =>
    explain(plan, c, evals[c.index] as CriterionEval, facts, options.verified),
  );
  const meta = engine.content.meta;
  return {
    pack: {
      id: meta.id,
      version: meta.version,
      effectiveFrom: meta.effectiveFrom,
      hash: engine.hash,
    },
    asOf,
    eligible: summary.eligible,
    reviewRequired: summary.reviewRequired,
    score: summary.score,
    band: { id: summary.bandId, label: bandLabel(engine, summary.bandId) },
    criteria,
    incentives: criteria
      .filter((c) => c.kind === 'incentive' && c.outcome === 'pass')
      .map((c) => ({ id: c.id, title: c.title, basis: c.basis })),
    improvements: findImprovements(engine, facts, evals, summary).map((cand) =>
      describe(engine, plan, cand, summary, facts),
    ),
    notices: (meta.notices ?? [])
      .filter((n) => n.from <= asOf && (!n.to || asOf <= n.to))
      .map((n) => ({ text: textOf(n.text), basis: n.basis.map(basisOf) })),
  };
}

export function bandLabel(engine: Engine, id: string): Text {
  return (
    engine.bands.find((b) => b.id === id)?.label ?? textOf(engine.content.meta.ineligibleBand.label)
  );
}

/**
 * Per engine, built on first use: every text template bound to the engine — parameters formatted
 * once (they are constant over the engine's dates), each fact slot holding its formatter — so a
 * screening only formats its own facts and concatenates.
 */
type TextPlan = {
  /** Per criterion, its reasons bound on first use, by branch + 3 (see `evaluate.ts`). */
  reasons: (BoundTemplate | undefined)[][];
  /** Per criterion, the parts of its explanation that do not depend on the proposal. */
  shapes: (CriterionShape | undefined)[];
  /** Per criterion, its own improvement wording bound on first use; null when it has none. */
  improves: (BoundTemplate | null | undefined)[];
  /** Improvement wording of fields without a criterion text: to declare a value, or to change it. */
  fieldTexts: Map<string, { declare?: BoundTemplate; change?: BoundTemplate }>;
  /** How `{from}` and `{to}` of a change of a path are formatted. */
  changeFormats: Map<string, ValueFormatter>;
  binders: { reason: Binder; improve: Binder };
};

const textPlan = memoByObject(buildTextPlan);

function buildTextPlan(engine: Engine): TextPlan {
  const factFormats = new Map<string, ValueFormatter>();
  const factSlot = (key: string): BoundSlot => {
    let format = factFormats.get(key);
    if (!format) {
      format = valueFormatter(engine.unitOf(key), engine.labels);
      factFormats.set(key, format);
    }
    return { source: 'fact', key, format };
  };
  const reason: Binder = (key, lang) => {
    if (!key.startsWith('param.')) return factSlot(key);
    const fill = (l: Lang) =>
      formatValue(engine.param(key.slice(6)), engine.unitOf(key), l, engine.labels);
    try {
      return fill(lang);
    } catch {
      // A parameter without a value on the engine's dates: fail when the text is rendered, as before.
      return { source: 'late', fill };
    }
  };
  const improve: Binder = (key, lang) =>
    key === 'from' || key === 'to' ? { source: key } : reason(key, lang);
  return {
    reasons: engine.criteria.map(() => []),
    shapes: [],
    improves: [],
    fieldTexts: new Map(),
    changeFormats: new Map(),
    binders: { reason, improve },
  };
}

/** The reason text of the branch that decided, bound the first time it is needed. */
function reasonText(plan: TextPlan, c: CompiledCriterion, branch: number): BoundTemplate {
  const texts = plan.reasons[c.index] as (BoundTemplate | undefined)[];
  let bound = texts[branch + 3];
  if (!bound) {
    const template =
      branch >= 0
        ? (c.rules[branch] as CompiledCriterion['rules'][number]).reason
        : branch === -1
          ? c.otherwise.reason
          : branch === -2
            ? (c.unknown as Template)
            : (c.notApplicable as Template);
    bound = bindTemplate(template, plan.binders.reason);
    texts[branch + 3] = bound;
  }
  return bound;
}

function explain(
  plan: TextPlan,
  c: CompiledCriterion,
  e: CriterionEval,
  facts: Facts,
  verified: ReadonlySet<string> | undefined,
): CriterionResult {
  const reason = reasonText(plan, c, e.branch);
  const shape = plan.shapes[c.index] ?? criterionShape(plan, c);
  let declared = c.evidence.length > 0;
  if (declared && verified) {
    declared = false;
    for (const p of c.evidence)
      if (!verified.has(p)) {
        declared = true;
        break;
      }
  }
  return {
    id: c.def.id,
    kind: c.kind,
    outcome: e.outcome,
    points: e.points,
    maxPoints: c.maxPoints,
    facts: shape.factValues(facts),
    thresholds: shape.thresholds,
    declared,
    title: c.title,
    reason: { vi: renderBound(reason.vi, 'vi', facts), en: renderBound(reason.en, 'en', facts) },
    basis: c.basis,
  };
}

/**
 * What a criterion's explanation holds that does not depend on the proposal, made once per engine:
 * its thresholds (one frozen object shared by every result), and a function copying the facts it
 * reads, generated as an object literal of fixed keys so every copy gets one fast shape.
 */
type CriterionShape = {
  thresholds: Readonly<Record<string, number | boolean>>;
  factValues: (facts: Facts) => Record<string, unknown>;
};

function criterionShape(plan: TextPlan, c: CompiledCriterion): CriterionShape {
  const thresholds: Record<string, number | boolean> = {};
  for (const t of c.thresholds) thresholds[t.id] = t.value;
  const factValues = compileSource<CriterionShape['factValues']>(
    'f',
    `({${c.reads.map((k) => `${literalKey(k)}: ${factExpr(k)} ?? null`).join(', ')}})`,
    newSource(),
  );
  const shape = {
    thresholds: Object.freeze(thresholds),
    factValues,
  };
  plan.shapes[c.index] = shape;
  return shape;
}

const fieldTemplates = new Map<string, Template>();

/** Improvement wording of a field, parsed once: its own text, or the generic one for its direction. */
function fieldTemplate(key: string, path: string, from: unknown): Template {
  let t = fieldTemplates.get(key);
  if (!t) {
    t = parseTemplate(proposalField(path)?.improve ?? genericImprovement(path, from));
    fieldTemplates.set(key, t);
  }
  return t;
}

function improveText(plan: TextPlan, cand: Candidate): BoundTemplate {
  const c = cand.criterion;
  let own = plan.improves[c.index];
  if (own === undefined) {
    own = c.improve ? bindTemplate(c.improve, plan.binders.improve) : null;
    plan.improves[c.index] = own;
  }
  if (own) return own;
  const mode = cand.from === null || cand.from === undefined ? 'declare' : 'change';
  let texts = plan.fieldTexts.get(cand.path);
  if (!texts) {
    texts = {};
    plan.fieldTexts.set(cand.path, texts);
  }
  let bound = texts[mode];
  if (!bound) {
    const key = `${cand.path}|${mode}`;
    bound = bindTemplate(fieldTemplate(key, cand.path, cand.from), plan.binders.improve);
    texts[mode] = bound;
  }
  return bound;
}

function describe(
  engine: Engine,
  plan: TextPlan,
  cand: Candidate,
  before: Summary,
  facts: Facts,
): Improvement {
  const template = improveText(plan, cand);
  let format = plan.changeFormats.get(cand.path);
  if (!format) {
    format = valueFormatter(engine.unitOf(cand.path), engine.labels);
    plan.changeFormats.set(cand.path, format);
  }
  const change = { from: cand.from, to: cand.to, format };
  return {
    criterion: cand.criterion.def.id,
    change: { path: cand.path, from: cand.from, to: cand.to },
    gain: gainOf(cand, before),
    bandAfter: cand.after.bandId,
    text: {
      vi: renderBound(template.vi, 'vi', facts, change),
      en: renderBound(template.en, 'en', facts, change),
    },
    basis: cand.criterion.basis,
    scoreAfter: cand.after.score,
    eligibleAfter: cand.after.eligible,
    reviewRequiredAfter: cand.after.reviewRequired,
  };
}
