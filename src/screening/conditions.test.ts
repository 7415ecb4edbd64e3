import { describe, expect, it } from 'vitest';
import { compileCondition, factsRead, paramsRead } from './conditions.js';
import type { Condition } from './pack-schema.js';

const params = (id: string) => ({ 'x.min': 10, 'x.on': true })[id] as number | boolean;

describe('compiled conditions', () => {
  it('compare like json-rules-engine: numeric operators are false for non-numbers', () => {
    const ge = compileCondition(
      { fact: 'a', operator: 'greaterThanInclusive', value: { fact: 'param.x.min' } },
      params,
    );
    expect(ge({ a: 10 })).toBe(true);
    expect(ge({ a: 9.99 })).toBe(false);
    expect(ge({ a: null })).toBe(false);
    expect(ge({})).toBe(false);
    expect(ge({ a: true })).toBe(false);
  });

  it('treat contains as false when the fact is not a list, and equal as strict', () => {
    const has = compileCondition({ fact: 'tags', operator: 'contains', value: 'south' }, params);
    expect(has({ tags: ['south'] })).toBe(true);
    expect(has({ tags: 'south' })).toBe(false);
    const isNull = compileCondition({ fact: 'park', operator: 'equal', value: null }, params);
    expect(isNull({ park: null })).toBe(true);
    expect(isNull({})).toBe(false);
  });

  it('combine with all, any and not, and decide a parameter in the fact position at compile time', () => {
    const c: Condition = {
      all: [
        { fact: 'param.x.on', operator: 'equal', value: true },
        {
          any: [
            { fact: 'a', operator: 'in', value: [1, 2] },
            { not: { fact: 'b', operator: 'equal', value: true } },
          ],
        },
      ],
    };
    const p = compileCondition(c, params);
    expect(p({ a: 1, b: true })).toBe(true);
    expect(p({ a: 3, b: true })).toBe(false);
    expect(p({ a: 3, b: false })).toBe(true);
    expect(factsRead(c)).toEqual(['a', 'b']);
    expect(paramsRead(c)).toEqual(['x.on']);
  });
});
