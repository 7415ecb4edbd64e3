/**
 * The lines of the cumulative chart, from the progress figures: what was attracted by the end of
 * each year (or by the as-of date in the current year), the target level, the straight path from
 * nothing at the period's start to the target at its end, and the two forecasts from today to the
 * period's end. Pure: the chart draws these, the table under it lists them.
 */
import type { Point } from './chart-scale.js';
import { daysBetween, earlier, endOf, startOf } from './time-axis.js';

export type CumulativeInput = {
  asOf: string;
  target: { amountUsd: number; from: string; to: string };
  cumulativeUsd: number;
  years: readonly { year: number; registeredUsd: number }[];
  forecast: { trendUsd: number; withPipelineUsd: number };
};

export type CumulativeRow = {
  year: number;
  /** The last day the row covers: 31 December, or the as-of date in the current year. */
  until: string;
  registeredUsd: number;
  cumulativeUsd: number;
  /** Where the straight path to the target stands on that day. */
  linearPathUsd: number;
};

export type CumulativeSeries = {
  xMin: number;
  xMax: number;
  rows: CumulativeRow[];
  actual: Point[];
  target: Point[];
  path: Point[];
  /** Empty once the period has ended: there is nothing left to forecast. */
  trend: Point[];
  pipeline: Point[];
};

export function cumulativeSeries(p: CumulativeInput): CumulativeSeries {
  const { target } = p;
  const xMin = startOf(target.from);
  const xMax = endOf(target.to);
  const totalDays = daysBetween(target.from, target.to);
  const pathAt = (until: string) =>
    Math.round(((target.amountUsd * daysBetween(target.from, until)) / totalDays) * 100) / 100;

  let running = 0;
  const rows = p.years.map((y) => {
    running += y.registeredUsd;
    const until = earlier(earlier(`${y.year}-12-31`, p.asOf), target.to);
    return {
      year: y.year,
      until,
      registeredUsd: y.registeredUsd,
      cumulativeUsd: Math.round(running * 100) / 100,
      linearPathUsd: pathAt(until),
    };
  });
  const actual = [
    { x: xMin, y: 0 },
    ...rows.map((r) => ({ x: endOf(r.until), y: r.cumulativeUsd })),
  ];
  const open = p.asOf < target.to;
  const now = { x: endOf(earlier(p.asOf, target.to)), y: p.cumulativeUsd };
  return {
    xMin,
    xMax,
    rows,
    actual,
    target: [
      { x: xMin, y: target.amountUsd },
      { x: xMax, y: target.amountUsd },
    ],
    path: [
      { x: xMin, y: 0 },
      { x: xMax, y: target.amountUsd },
    ],
    trend: open ? [now, { x: xMax, y: p.forecast.trendUsd }] : [],
    pipeline: open ? [now, { x: xMax, y: p.forecast.withPipelineUsd }] : [],
  };
}
