/** The lines of the cumulative chart, from the progress figures. */
import { describe, expect, it } from 'vitest';
import { cumulativeSeries } from './cumulative-series.js';

const input = {
  asOf: '2025-06-02',
  target: { amountUsd: 21e9, from: '2021-01-01', to: '2030-12-31' },
  cumulativeUsd: 6e9,
  years: [
    { year: 2021, registeredUsd: 1e9 },
    { year: 2022, registeredUsd: 2e9 },
    { year: 2023, registeredUsd: 0 },
    { year: 2024, registeredUsd: 2.5e9 },
    { year: 2025, registeredUsd: 0.5e9 },
  ],
  forecast: { trendUsd: 14e9, withPipelineUsd: 15e9 },
};

describe('the cumulative series', () => {
  it('adds the years up, each at the end of its year, the current one at the as-of date', () => {
    const s = cumulativeSeries(input);
    expect(s.xMin).toBe(2021);
    expect(s.xMax).toBe(2031);
    expect(s.actual.map((p) => p.y)).toEqual([0, 1e9, 3e9, 3e9, 5.5e9, 6e9]);
    expect(s.actual.slice(0, 5).map((p) => p.x)).toEqual([2021, 2022, 2023, 2024, 2025]);
    // The end of 2 June 2025: 153 days of 365.
    expect(s.actual[5]?.x).toBeCloseTo(2025 + 153 / 365, 10);
  });

  it('runs the straight path from nothing at the start to the target at the end', () => {
    const s = cumulativeSeries(input);
    expect(s.path).toEqual([
      { x: 2021, y: 0 },
      { x: 2031, y: 21e9 },
    ]);
    expect(s.target.every((p) => p.y === 21e9)).toBe(true);
    // By the end of 2022, 730 of the period's 3652 days have passed.
    expect(s.rows[1]?.linearPathUsd).toBeCloseTo((21e9 * 730) / 3652, 0);
  });

  it('draws both forecasts from today’s figure to the period’s end, and none once it has ended', () => {
    const s = cumulativeSeries(input);
    expect(s.trend[0]).toEqual(s.actual.at(-1));
    expect(s.trend[1]).toEqual({ x: 2031, y: 14e9 });
    expect(s.pipeline[1]).toEqual({ x: 2031, y: 15e9 });
    const ended = cumulativeSeries({ ...input, asOf: '2031-02-01' });
    expect(ended.trend).toEqual([]);
    expect(ended.pipeline).toEqual([]);
  });
});
