/**
 * Compiles one pack version, for one stretch of dates over which its parameters are constant, into
 * an engine: closures for every condition, parameters resolved, texts parsed, and the maps the
 * improvement search needs (which criteria read which input). Built once, reused for every screening.
 */

import { type Facts, factsRead, paramsRead } from './conditions.js';
import {
  applyDerived,
  compileDerived,
  type DeriveStep,
  derivedOrder,
  derivedReads,
} from './derived-facts.js';
import { type CriterionEval, criterionEvaluator, ruleEval } from './evaluate.js';
import { factsMaker } from './facts.js';
import type { Labels } from './format-value.js';
import type { Text } from './i18n.js';
import type { Basis, Criterion, CriterionKind, PackContent } from './pack-schema.js';
import { parameterValueAt } from './parameters.js';
import { proposalField, READABLE_PATHS } from './proposal-fields.js';
import { parseTemplate, type Template } from './templates.js';

export type CompiledRule = {
  outcome: 'pass' | 'partial' | 'fail';
  points: number;
  reason: Template;
  /** The evaluation this rule gives, made once and shared (see `criterionEvaluator`). */
  result: CriterionEval;
};

export type CompiledCriterion = {
  def: Criterion;
  index: number;
  kind: CriterionKind;
  /** Title and basis with their keys in a fixed order, so results serialise the same byte for byte. */
  title: Text;
  basis: Basis[];
  /** Facts the conditions read, inputs and derived, in order of first use. */
  reads: string[];
  /** Proposal paths the criterion depends on, directly or through derived facts. */
  inputs: string[];
  /** Inputs that rest on a declaration needing evidence. */
  evidence: string[];
  thresholds: { id: string; value: number | boolean }[];
  rules: CompiledRule[];
  /** The whole evaluation, generated once (see `criterionEvaluator`). */
  evaluate: (facts: Facts) => CriterionEval;
  otherwise: { outcome: 'pass' | 'fail'; reason: Template };
  notApplicable?: Template;
  unknown?: Template;
  improve?: Template;
  maxPoints: number;
};

export type CompiledBand = {
  id: string;
  label: Text;
  minScore: number;
  requiresAny?: { index: number; outcomes: string[] }[];
};

export type Engine = {
  content: PackContent;
  hash: string;
  segmentStart: string;
  param: (id: string) => number | boolean;
  derive: DeriveStep[];
  /** A proposal's facts, inputs and derived, in one object of a fixed shape (see `factsMaker`). */
  factsOf: (proposal: unknown) => Facts;
  criteria: CompiledCriterion[];
  bands: CompiledBand[];
  labels: Labels;
  /** The unit of a fact or `param.<id>`, to format it. */
  unitOf: (key: string) => string;
  /** Indexes of the criteria that depend on an input path. */
  criteriaReading: ReadonlyMap<string, number[]>;
  /** The derive steps to redo, in order, when an input path changes. */
  derivedReading: ReadonlyMap<string, DeriveStep[]>;
};

const DEFAULT_UNKNOWN: Text = {
  vi: 'Chưa đủ dữ liệu để đánh giá tiêu chí này.',
  en: 'Not enough data to assess this criterion.',
};

export function compileEngine(content: PackContent, hash: string, segmentStart: string): Engine {
  const param = (id: string): number | boolean => {
    const p = content.parameters[id];
    const v = p && parameterValueAt(p, segmentStart);
    if (!v) throw new Error(`parameter ${id} has no value on ${segmentStart}`);
    return v.value;
  };

  // Which proposal paths each derived fact depends on, following derived-on-derived references.
  const derivedInputs = new Map<string, string[]>();
  for (const id of derivedOrder(content)) {
    derivedInputs.set(
      id,
      inputsOf(
        derivedReads((content.derived[id] as PackContent['derived'][string]).expr),
        derivedInputs,
      ),
    );
  }

  const criteria = content.criteria.map((def, index): CompiledCriterion => {
    const reads: string[] = [];
    const params: string[] = [];
    for (const c of [...(def.applies ? [def.applies] : []), ...def.rules.map((r) => r.when)]) {
      factsRead(c, reads);
      paramsRead(c, params);
    }
    const inputs = inputsOf(reads, derivedInputs);
    const rules = def.rules.map((r, branch): CompiledRule => {
      const points = r.points ? Number(param(r.points)) : 0;
      return {
        outcome: r.outcome,
        points,
        reason: parseTemplate(r.reason),
        result: ruleEval({ outcome: r.outcome, points }, branch),
      };
    });
    return {
      def,
      index,
      kind: def.kind,
      title: textOf(def.title),
      basis: def.basis.map(basisOf),
      reads,
      inputs,
      evidence: inputs.filter((p) => proposalField(p)?.evidence),
      thresholds: params.map((id) => ({ id, value: param(id) })),
      rules,
      evaluate: criterionEvaluator({
        inputs,
        ...(def.applies ? { applies: def.applies } : {}),
        rules: def.rules.map((r, i) => ({
          when: r.when,
          result: (rules[i] as CompiledRule).result,
        })),
        otherwise: def.otherwise.outcome,
        param,
      }),
      otherwise: { outcome: def.otherwise.outcome, reason: parseTemplate(def.otherwise.reason) },
      ...(def.notApplicable ? { notApplicable: parseTemplate(def.notApplicable) } : {}),
      unknown: parseTemplate(def.unknown ?? DEFAULT_UNKNOWN),
      ...(def.improve ? { improve: parseTemplate(def.improve) } : {}),
      maxPoints: def.kind === 'score' ? Math.max(0, ...rules.map((r) => r.points)) : 0,
    };
  });

  const indexOf = new Map(criteria.map((c) => [c.def.id, c.index]));
  const bands = content.meta.bands.map(
    (b): CompiledBand => ({
      id: b.id,
      label: textOf(b.label),
      minScore: Number(param(b.minScore)),
      ...(b.requiresAny
        ? {
            requiresAny: b.requiresAny.map((r) => ({
              index: indexOf.get(r.criterion) as number,
              outcomes: r.outcomes,
            })),
          }
        : {}),
    }),
  );

  const criteriaReading = new Map<string, number[]>();
  for (const c of criteria) {
    for (const p of c.inputs) criteriaReading.set(p, [...(criteriaReading.get(p) ?? []), c.index]);
  }

  const derive = compileDerived(content, param);
  const derivedReading = new Map<string, DeriveStep[]>();
  for (const step of derive) {
    for (const p of derivedInputs.get(step.id) ?? [])
      derivedReading.set(p, [...(derivedReading.get(p) ?? []), step]);
  }
  const units = new Map<string, string>();
  const makeFacts = factsMaker(derive.map((s) => s.id));

  return {
    content,
    hash,
    segmentStart,
    param,
    derive,
    factsOf: (proposal) => applyDerived(derive, makeFacts(proposal)),
    criteria,
    bands,
    labels: catalogueLabels(content),
    unitOf: (key) => {
      let u = units.get(key);
      if (u === undefined) {
        u = unitOf(content, key);
        units.set(key, u);
      }
      return u;
    },
    criteriaReading,
    derivedReading,
  };
}

/**
 * Copies with keys in one fixed order: a pack read back from the database (JSONB) has its object
 * keys reordered, and results must not depend on where the pack came from.
 */
export function textOf(t: Text): Text {
  return { vi: t.vi, en: t.en };
}

export function basisOf(b: Basis): Basis {
  return b.url === undefined ? { doc: b.doc, ref: b.ref } : { doc: b.doc, ref: b.ref, url: b.url };
}

function inputsOf(
  facts: readonly string[],
  derivedInputs: ReadonlyMap<string, string[]>,
): string[] {
  const out: string[] = [];
  for (const f of facts) {
    const via = READABLE_PATHS.has(f) ? [f] : (derivedInputs.get(f) ?? []);
    for (const p of via) if (!out.includes(p)) out.push(p);
  }
  return out;
}

function unitOf(content: PackContent, key: string): string {
  if (key.startsWith('param.')) return content.parameters[key.slice(6)]?.unit ?? 'text';
  const derived = content.derived[key];
  if (derived)
    return derived.unit === 'kind' || derived.unit === 'tier' ? `derived:${key}` : derived.unit;
  const field = proposalField(key);
  if (field?.values) return `field:${key}`;
  return field?.unit ?? 'text';
}

function catalogueLabels(content: PackContent): Labels {
  const areas = new Map(content.catalogues.areas.map((a) => [a.id, a.name]));
  const parks = new Map(content.catalogues.parks.map((p) => [p.id, p.name]));
  const lists = new Map(content.catalogues.sectorLists.map((l) => [l.id, l.name]));
  return {
    label(unit, value) {
      if (unit === 'area') return areas.get(value);
      if (unit === 'park') return parks.get(value);
      if (unit === 'lists') return lists.get(value);
      if (unit.startsWith('derived:')) return content.derived[unit.slice(8)]?.labels?.[value];
      if (unit.startsWith('field:')) return proposalField(unit.slice(6))?.values?.[value];
      return undefined;
    },
    // The same answers as `label`, with the unit's branch taken once per formatter.
    labelsOf(unit) {
      if (unit === 'area') return (value) => areas.get(value);
      if (unit === 'park') return (value) => parks.get(value);
      if (unit === 'lists') return (value) => lists.get(value);
      if (unit.startsWith('derived:')) {
        const labels = content.derived[unit.slice(8)]?.labels;
        return (value) => labels?.[value];
      }
      if (unit.startsWith('field:')) {
        const values = proposalField(unit.slice(6))?.values;
        return (value) => values?.[value];
      }
      return () => undefined;
    },
  };
}
