/**
 * Conditions in json-rules-engine's JSON format, compiled to plain closures. Parameters are
 * resolved at compile time (`{ fact: "param.<id>" }` becomes the value in force), so evaluating a
 * condition is a few comparisons. The semantics copy json-rules-engine's default operators exactly;
 * `reference-evaluator.ts` runs the same conditions through json-rules-engine and a differential
 * test holds the two to the same answers.
 */
import type { Condition, LeafCondition, Literal } from './pack-schema.js';

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

export function compileCondition(c: Condition, param: ParamLookup): Predicate {
  // Loops rather than every/some callbacks: conditions run for every criterion of every screening.
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, param));
    if (parts.length === 1) return parts[0] as Predicate;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as Predicate)(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, param));
    if (parts.length === 1) return parts[0] as Predicate;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as Predicate)(f)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, param);
    return (f) => !inner(f);
  }
  const op = OPS[c.operator];
  const fact = c.fact;
  const v = c.value;
  const p = paramRef(v);
  if (fact.startsWith(PARAM_PREFIX)) {
    // A parameter in the fact position is constant for the engine's dates: decide it now.
    const left = param(fact.slice(PARAM_PREFIX.length));
    const right = p !== undefined ? param(p) : v;
    const result = op(left, right);
    return () => result;
  }
  if (p !== undefined) return compareWith(c.operator, fact, param(p));
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const other = v.fact;
    return (f) => op(f[fact], f[other]);
  }
  return compareWith(c.operator, fact, v);
}

/** A fact against a constant: the common comparisons written out, the rest through `OPS`. */
function compareWith(
  operator: LeafCondition['operator'],
  fact: string,
  value: Literal | Literal[] | number | boolean,
): Predicate {
  switch (operator) {
    case 'equal':
      return (f) => f[fact] === value;
    case 'notEqual':
      return (f) => f[fact] !== value;
    case 'lessThan':
      return (f) => {
        const a = f[fact];
        return isNumeric(a) && (a as number) < (value as number);
      };
    case 'lessThanInclusive':
      return (f) => {
        const a = f[fact];
        return isNumeric(a) && (a as number) <= (value as number);
      };
    case 'greaterThan':
      return (f) => {
        const a = f[fact];
        return isNumeric(a) && (a as number) > (value as number);
      };
    case 'greaterThanInclusive':
      return (f) => {
        const a = f[fact];
        return isNumeric(a) && (a as number) >= (value as number);
      };
    default: {
      const op = OPS[operator];
      return (f) => op(f[fact], value);
    }
  }
}
