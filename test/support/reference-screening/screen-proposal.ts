/**
 * Screens a valid proposal with an engine: every criterion evaluated and explained in both
 * languages with its basis, eligibility, review, score, band, incentives and improvements.
 * Pure and deterministic: the same proposal, date and pack give a byte-identical result.
 */

import type { Lang, Text } from '../../../src/screening/i18n.js';
import { proposalField } from '../../../src/screening/proposal-fields.js';
import type { Proposal } from '../../../src/screening/proposal-schema.js';
import type {
  CriterionResult,
  Improvement,
  ScreeningResult,
} from '../../../src/screening/screening-result.js';
import { basisOf, type CompiledCriterion, type Engine, textOf } from './compile-pack.js';
import type { Facts } from './conditions.js';
import { applyDerived } from './derived-facts.js';
import { type CriterionEval, evaluateAll, type Summary, summarize } from './evaluate.js';
import { proposalFacts } from './facts.js';
import { formatValue } from './format-value.js';
import { type Candidate, findImprovements, gainOf, genericImprovement } from './improvements.js';
import { parseTemplate, renderText, type Template } from './templates.js';

export type ScreenOptions = {
  /** Paths whose values an officer has verified: criteria resting only on them are no longer "declared". */
  verified?: ReadonlySet<string>;
};

export function screenWithEngine(
  engine: Engine,
  proposal: Proposal,
  asOf: string,
  options: ScreenOptions = {},
): ScreeningResult {
  const facts = applyDerived(engine.derive, proposalFacts(proposal));
  const evals = evaluateAll(engine, facts);
  const summary = summarize(engine, evals);
  const criteria = engine.criteria.map((c) =>
    explain(engine, c, evals[c.index] as CriterionEval, facts, options.verified),
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
      describe(engine, cand, summary, facts),
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

function filler(engine: Engine, facts: Facts) {
  return (key: string, lang: Lang): string => {
    if (key.startsWith('param.'))
      return formatValue(engine.param(key.slice(6)), engine.unitOf(key), lang, engine.labels);
    return formatValue(facts[key], engine.unitOf(key), lang, engine.labels);
  };
}

function explain(
  engine: Engine,
  c: CompiledCriterion,
  e: CriterionEval,
  facts: Facts,
  verified: ReadonlySet<string> | undefined,
): CriterionResult {
  const reasonTemplate =
    e.branch >= 0
      ? (c.rules[e.branch] as CompiledCriterion['rules'][number]).reason
      : e.branch === -1
        ? c.otherwise.reason
        : e.branch === -2
          ? (c.unknown as Template)
          : (c.notApplicable as Template);
  const factValues: Record<string, unknown> = {};
  for (const key of c.reads) factValues[key] = facts[key] ?? null;
  const thresholds: Record<string, number | boolean> = {};
  for (const t of c.thresholds) thresholds[t.id] = t.value;
  return {
    id: c.def.id,
    kind: c.kind,
    outcome: e.outcome,
    points: e.points,
    maxPoints: c.maxPoints,
    facts: factValues,
    thresholds,
    declared: c.evidence.some((p) => !verified?.has(p)),
    title: c.title,
    reason: renderText(reasonTemplate, filler(engine, facts)),
    basis: c.basis,
  };
}

const fieldTemplates = new Map<string, Template>();

/** Improvement wording of a field, parsed once: its own text, or the generic one for its direction. */
function fieldTemplate(path: string, from: unknown): Template {
  const key = `${path}|${from === null || from === undefined ? 'declare' : 'change'}`;
  let t = fieldTemplates.get(key);
  if (!t) {
    t = parseTemplate(proposalField(path)?.improve ?? genericImprovement(path, from));
    fieldTemplates.set(key, t);
  }
  return t;
}

function describe(engine: Engine, cand: Candidate, before: Summary, facts: Facts): Improvement {
  const template = cand.criterion.improve ?? fieldTemplate(cand.path, cand.from);
  const unit = engine.unitOf(cand.path);
  const fill = filler(engine, facts);
  const text = renderText(template, (key, lang) => {
    if (key === 'from') return formatValue(cand.from, unit, lang, engine.labels);
    if (key === 'to') return formatValue(cand.to, unit, lang, engine.labels);
    return fill(key, lang);
  });
  return {
    criterion: cand.criterion.def.id,
    change: { path: cand.path, from: cand.from, to: cand.to },
    gain: gainOf(cand, before),
    bandAfter: cand.after.bandId,
    text,
    basis: cand.criterion.basis,
    scoreAfter: cand.after.score,
    eligibleAfter: cand.after.eligible,
    reviewRequiredAfter: cand.after.reviewRequired,
  };
}
