/** The charts' arithmetic: scales, round ticks, paths. */
import { describe, expect, it } from 'vitest';
import { linearScale, niceStep, niceTicks, pathData } from './chart-scale.js';

describe('chart scales', () => {
  it('map a domain onto a range linearly, flipped when the range is', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(225);
  });

  it('map an empty domain to the start of the range instead of dividing by zero', () => {
    expect(linearScale([5, 5], [10, 20])(5)).toBe(10);
  });

  it('cut a span into round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(21e9, 5)).toBe(5e9);
    expect(niceStep(3.13e9, 4)).toBe(1e9);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceTicks(0, 21e9, 5)).toEqual([0, 5e9, 10e9, 15e9, 20e9, 25e9]);
    expect(niceTicks(-45e6, 805e6, 4)).toEqual([-500e6, 0, 500e6, 1000e6]);
  });

  it('draw a path as a move and straight lines, to two decimals', () => {
    expect(
      pathData([
        { x: 1, y: 2 },
        { x: 3.14567, y: 4 },
      ]),
    ).toBe('M1 2 L3.15 4');
  });
});
