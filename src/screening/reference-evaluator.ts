/**
 * The same criteria evaluated by json-rules-engine itself: the reference against which the compiled
 * evaluator (`conditions.ts`) is proven identical in a differential test, and the baseline of the
 * benchmark. Every condition of a criterion (its `applies` and each rule's `when`) is its own
 * json-rules-engine rule, all of equal priority, so nothing short-circuits; parameters are facts.
 */
import { type RuleProperties, Engine as RulesEngine } from 'json-rules-engine';
import type { Engine } from './compile-pack.js';
import type { Facts } from './conditions.js';
import { type CriterionEval, NOT_APPLICABLE, OTHERWISE, UNKNOWN } from './evaluate.js';
import type { Condition } from './pack-schema.js';

type Tag = { criterion: number; part: 'applies' | number };

export type ReferenceEvaluator = { evaluate(facts: Facts): Promise<CriterionEval[]> };

const wrap = (c: Condition): RuleProperties['conditions'] =>
  ('fact' in c ? { all: [c] } : c) as RuleProperties['conditions'];

export function createReferenceEvaluator(engine: Engine): ReferenceEvaluator {
  const rules = new RulesEngine([], { allowUndefinedFacts: true });
  engine.criteria.forEach((c, i) => {
    const add = (cond: Condition, part: Tag['part']) =>
      rules.addRule({
        conditions: wrap(cond),
        event: { type: 'holds', params: { criterion: i, part } },
        priority: 1,
      });
    if (c.def.applies) add(c.def.applies, 'applies');
    for (const [j, r] of c.def.rules.entries()) add(r.when, j);
  });
  const params: Facts = {};
  for (const id of Object.keys(engine.content.parameters)) params[`param.${id}`] = engine.param(id);

  return {
    async evaluate(facts: Facts): Promise<CriterionEval[]> {
      const holds = new Set<string>();
      const { events } = await rules.run({ ...params, ...facts });
      for (const e of events) {
        const t = e.params as Tag;
        holds.add(`${t.criterion}:${t.part}`);
      }
      return engine.criteria.map((c, i): CriterionEval => {
        if (c.inputs.some((p) => facts[p] === undefined))
          return { outcome: 'unknown', points: 0, branch: UNKNOWN };
        if (c.def.applies && !holds.has(`${i}:applies`))
          return { outcome: 'not_applicable', points: 0, branch: NOT_APPLICABLE };
        const j = c.rules.findIndex((_, k) => holds.has(`${i}:${k}`));
        if (j >= 0) {
          const rule = c.rules[j] as (typeof c.rules)[number];
          return { outcome: rule.outcome, points: rule.points, branch: j };
        }
        return { outcome: c.otherwise.outcome, points: 0, branch: OTHERWISE };
      });
    },
  };
}
