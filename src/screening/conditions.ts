/**
 * Conditions in json-rules-engine's JSON format, compiled to generated JavaScript functions. Parameters are
 * resolved at compile time (`{ fact: "param.<id>" }` becomes the value in force), so evaluating a
 * condition is a few comparisons. The semantics copy json-rules-engine's default operators exactly;
 * `reference-evaluator.ts` runs the same conditions through json-rules-engine and a differential
 * test holds the two to the same answers.
 */
import type { Condition, LeafCondition } from './pack-schema.js';

export type Facts = Record<string, unknown>;
export type Predicate = (facts: Facts) => boolean;

export const PARAM_PREFIX = 'param.';

export function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

export function paramRef(value: LeafCondition['value']): string | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return value.fact.startsWith(PARAM_PREFIX) ? value.fact.slice(PARAM_PREFIX.length) : undefined;
  }
  return undefined;
}

/** Visits every leaf, in document order. */
export function forEachLeaf(
  c: Condition,
  visit: (leaf: LeafCondition, path: string) => void,
  path = '',
): void {
  if ('all' in c) {
    for (const [i, x] of c.all.entries()) forEachLeaf(x, visit, `${path}.all[${i}]`);
  } else if ('any' in c) {
    for (const [i, x] of c.any.entries()) forEachLeaf(x, visit, `${path}.any[${i}]`);
  } else if ('not' in c) forEachLeaf(c.not, visit, `${path}.not`);
  else visit(c, path);
}

/** Facts a condition reads (not parameters), in order of first use. */
export function factsRead(c: Condition, into: string[] = []): string[] {
  forEachLeaf(c, (leaf) => {
    if (!leaf.fact.startsWith(PARAM_PREFIX) && !into.includes(leaf.fact)) into.push(leaf.fact);
    const v = leaf.value;
    if (
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      !paramRef(v) &&
      !into.includes(v.fact)
    ) {
      into.push(v.fact);
    }
  });
  return into;
}

/** Parameter ids a condition reads, as a fact or as the value compared with, in order of first use. */
export function paramsRead(c: Condition, into: string[] = []): string[] {
  forEachLeaf(c, (leaf) => {
    if (leaf.fact.startsWith(PARAM_PREFIX)) {
      const id = leaf.fact.slice(PARAM_PREFIX.length);
      if (!into.includes(id)) into.push(id);
    }
    const p = paramRef(leaf.value);
    if (p && !into.includes(p)) into.push(p);
  });
  return into;
}

/** json-rules-engine's test; for a number it comes down to "not NaN", without the string round trip. */
const isNumeric = (v: unknown): boolean =>
  typeof v === 'number' ? !Number.isNaN(v) : Number.parseFloat(v as string).toString() !== 'NaN';

type Compare = (a: unknown, b: unknown) => boolean;
const OPS: Record<LeafCondition['operator'], Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

export type ParamLookup = (id: string) => number | boolean;

/**
 * Conditions are compiled to JavaScript source, one expression per condition, and made into
 * functions once per engine. Written out with each fact's name as a literal, every property load
 * is one the engine sees always on the same shape of facts object (see `factsMaker`), instead of
 * a generic keyed lookup shared by all closures — the largest cost of evaluation before.
 * Only JSON-quoted names and literals go into the source; any other constant is passed in `k`.
 */
export type Source = { consts: unknown[] };

export function newSource(): Source {
  return { consts: [] };
}

/** A JavaScript expression reading `f`, true when the condition holds. */
export function conditionExpr(c: Condition, param: ParamLookup, src: Source): string {
  if ('all' in c) {
    if (c.all.length === 0) return 'true';
    return `(${c.all.map((x) => conditionExpr(x, param, src)).join(' && ')})`;
  }
  if ('any' in c) {
    if (c.any.length === 0) return 'false';
    return `(${c.any.map((x) => conditionExpr(x, param, src)).join(' || ')})`;
  }
  if ('not' in c) return `!${conditionExpr(c.not, param, src)}`;
  const v = c.value;
  const p = paramRef(v);
  if (c.fact.startsWith(PARAM_PREFIX)) {
    // A parameter in the fact position is constant for the engine's dates: decide it now.
    const left = param(c.fact.slice(PARAM_PREFIX.length));
    const right = p !== undefined ? param(p) : v;
    return String(OPS[c.operator](left, right));
  }
  const a = factExpr(c.fact);
  if (p !== undefined) return compareExpr(c.operator, a, literal(param(p), src));
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    return `${opRef(c.operator)}(${a}, ${factExpr(v.fact)})`;
  return compareExpr(c.operator, a, literal(v, src));
}

export function factExpr(fact: string): string {
  return `f[${JSON.stringify(fact)}]`;
}

/**
 * A key of a generated object literal. Fact keys are dotted paths or `derived.<id>`; `__proto__`,
 * which would set the literal's prototype instead of a property, is refused outright.
 */
export function literalKey(key: string): string {
  if (key === '__proto__') throw new Error('__proto__ cannot be a fact');
  return JSON.stringify(key);
}

/** A constant as source: JSON for strings, finite numbers, booleans and null; else `k[i]`. */
export function literal(value: unknown, src: Source): string {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
  )
    return JSON.stringify(value);
  src.consts.push(value);
  return `k[${src.consts.length - 1}]`;
}

function compareExpr(operator: LeafCondition['operator'], a: string, b: string): string {
  switch (operator) {
    case 'equal':
      return `(${a} === ${b})`;
    case 'notEqual':
      return `(${a} !== ${b})`;
    case 'lessThan':
      return `(isNumeric(${a}) && ${a} < ${b})`;
    case 'lessThanInclusive':
      return `(isNumeric(${a}) && ${a} <= ${b})`;
    case 'greaterThan':
      return `(isNumeric(${a}) && ${a} > ${b})`;
    case 'greaterThanInclusive':
      return `(isNumeric(${a}) && ${a} >= ${b})`;
    default:
      return `${opRef(operator)}(${a}, ${b})`;
  }
}

/** An operator of `OPS` by its quoted name; the pack schema admits only those names. */
function opRef(operator: string): string {
  if (!Object.hasOwn(OPS, operator)) throw new Error(`unknown operator ${operator}`);
  return `ops[${JSON.stringify(operator)}]`;
}

/**
 * Makes the function `(<params>) => <body>` of generated source, with its constants and helpers.
 * Every generated function of an engine (conditions, facts, fact copies) is made here.
 */
export function compileSource<T>(params: string, body: string, src: Source): T {
  const make = new Function('k', 'ops', 'isNumeric', `return (${params}) => ${body};`);
  return make(src.consts, OPS, isNumeric) as T;
}

export function compileCondition(c: Condition, param: ParamLookup): Predicate {
  const src = newSource();
  const expr = conditionExpr(c, param, src);
  return compileSource<Predicate>('f', expr, src);
}
