import { describe, expect, it } from 'vitest';
import { computeProgress, type StatisticRow } from './progress.js';

const target = { amountUsd: 100_000, from: '2021-01-01', to: '2030-12-31', basis: [] };
const stat = (over: Partial<StatisticRow>): StatisticRow => ({
  year: 2021,
  periodFrom: '2021-01-01',
  periodTo: '2021-12-31',
  fullYear: true,
  flow: 'all',
  measure: 'registered',
  amountUsd: 0,
  projects: null,
  source: { doc: 'Report', url: null, date: null, status: 'final' },
  batch: 'b1',
  seq: 1,
  ...over,
});

describe('progress arithmetic, on a case computed by hand', () => {
  // Target 100,000 over 2021-2030 (3,652 days). On 31 Dec 2025, 1,826 days have passed: the linear
  // path is exactly half, 50,000. Figures: 2021 10,000 (full year), 2022 20,000 (full year),
  // 2023 6,000 for the first half (181 of 365 days), 2024 nothing, 2025 14,000 in approved
  // applications. Cumulative 50,000: on the path. 1,826 days left = 4.9993 years → 5 years:
  // required pace (100,000 − 50,000) / 5 = 10,000 a year. Covered: 1 + 1 + 181/365 + 0 + 1 =
  // 3.4959 years, observed pace 50,000 / 3.4959 = 14,302.5; trend 50,000 + 14,302.5 × 5 = 121,512.7
  // ≥ target and cumulative ≥ path → ahead.
  const p = computeProgress({
    target,
    asOf: '2025-12-31',
    statistics: [
      stat({ amountUsd: 10_000 }),
      stat({ year: 2022, periodFrom: '2022-01-01', periodTo: '2022-12-31', amountUsd: 20_000 }),
      stat({
        year: 2023,
        periodFrom: '2023-01-01',
        periodTo: '2023-06-30',
        fullYear: false,
        amountUsd: 6_000,
      }),
    ],
    applications: [
      { year: 2025, measure: 'registered', flow: 'new', amountUsd: 14_000, projects: 2 },
    ],
    pipeline: [],
  });

  it('adds each year once, from the source that counts for it', () => {
    expect(p.years.map((y) => [y.year, y.registeredUsd, y.source])).toEqual([
      [2021, 10_000, 'official_statistic'],
      [2022, 20_000, 'official_statistic'],
      [2023, 6_000, 'partial_statistic'],
      [2024, 0, 'none'],
      [2025, 14_000, 'applications'],
    ]);
    expect(p.years[2]?.period).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(p.cumulativeUsd).toBe(50_000);
    expect(p.shareOfTarget).toBe(0.5);
  });

  it('computes the linear path, the gap, the years left and the pace still required', () => {
    expect(p.linearPathUsd).toBe(50_000);
    expect(p.gapToPathUsd).toBe(0);
    expect(p.yearsLeft).toBe(5);
    expect(p.requiredAnnualPaceUsd).toBe(10_000);
  });

  it('forecasts from the observed pace, and says ahead when the target is reached and the path met', () => {
    expect(p.forecast.coveredYears).toBe(3.5);
    expect(p.forecast.observedAnnualRateUsd).toBeCloseTo(14_302.5, 0);
    expect(p.forecast.trendUsd).toBeCloseTo(121_512.7, 0);
    expect(p.status).toBe('ahead');
  });

  it('weights the pipeline by each band’s approval rate, falling back to the overall rate', () => {
    const q = computeProgress({
      target,
      asOf: '2025-12-31',
      statistics: [],
      applications: [],
      pipeline: [
        { band: 'a', applications: 2, capitalUsd: 1_000, approved: 3, rejected: 1 },
        { band: 'b', applications: 1, capitalUsd: 500, approved: 0, rejected: 0 },
      ],
    });
    // Band a: 3 of 4 approved → 750. Band b has no history: the overall rate, 3 of 4 → 375.
    expect(q.forecast.pipeline.approvalRateByBand).toEqual({
      a: { rate: 0.75, basis: 'band', approved: 3, rejected: 1 },
      b: { rate: 0.75, basis: 'overall', approved: 0, rejected: 0 },
    });
    expect(q.forecast.pipeline.weightedUsd).toBe(1_125);
    expect(q.forecast.withPipelineUsd).toBe(q.forecast.trendUsd + 1_125);
    expect(q.status).toBe('behind');
  });

  it('prefers a full year to any partial period, and the latest cut-off among partial periods', () => {
    const q = computeProgress({
      target,
      asOf: '2025-12-31',
      statistics: [
        stat({
          year: 2024,
          periodFrom: '2024-01-01',
          periodTo: '2024-06-30',
          fullYear: false,
          amountUsd: 800,
        }),
        stat({
          year: 2024,
          periodFrom: '2024-01-01',
          periodTo: '2024-09-30',
          fullYear: false,
          amountUsd: 1_500,
        }),
        stat({
          year: 2023,
          periodFrom: '2023-01-01',
          periodTo: '2023-09-30',
          fullYear: false,
          amountUsd: 1_000,
        }),
        stat({
          year: 2023,
          periodFrom: '2023-01-01',
          periodTo: '2023-12-31',
          fullYear: true,
          amountUsd: 1_200,
        }),
      ],
      applications: [
        { year: 2024, measure: 'registered', flow: 'new', amountUsd: 9_999, projects: 1 },
      ],
      pipeline: [],
    });
    const byYear = Object.fromEntries(q.years.map((y) => [y.year, y]));
    expect(byYear[2023]).toEqual(
      expect.objectContaining({ registeredUsd: 1_200, source: 'official_statistic' }),
    );
    expect(byYear[2024]).toEqual(
      expect.objectContaining({
        registeredUsd: 1_500,
        source: 'partial_statistic',
        applicationsUsd: 9_999,
      }),
    );
    expect(byYear[2024]?.period).toEqual({ from: '2024-01-01', to: '2024-09-30' });
  });

  it('lets a later batch for the same period replace the earlier one, flows and all', () => {
    const q = computeProgress({
      target,
      asOf: '2025-12-31',
      statistics: [
        stat({
          year: 2022,
          periodFrom: '2022-01-01',
          periodTo: '2022-12-31',
          amountUsd: 3_000,
          batch: 'old',
          seq: 1,
        }),
        stat({
          year: 2022,
          periodFrom: '2022-01-01',
          periodTo: '2022-12-31',
          flow: 'new',
          amountUsd: 2_000,
          batch: 'new',
          seq: 2,
        }),
        stat({
          year: 2022,
          periodFrom: '2022-01-01',
          periodTo: '2022-12-31',
          flow: 'capital_reduction',
          amountUsd: -100,
          batch: 'new',
          seq: 2,
        }),
      ],
      applications: [],
      pipeline: [],
    });
    expect(q.years.find((y) => y.year === 2022)?.registeredUsd).toBe(1_900);
    expect(q.byFlow).toEqual(
      expect.objectContaining({ new: 2_000, capital_reduction: -100, unspecified: 0 }),
    );
  });

  it('ignores statistics whose period ends after the date asked for', () => {
    const q = computeProgress({
      target,
      asOf: '2022-06-30',
      statistics: [
        stat({ year: 2022, periodFrom: '2022-01-01', periodTo: '2022-12-31', amountUsd: 5_000 }),
      ],
      applications: [],
      pipeline: [],
    });
    expect(q.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(q.cumulativeUsd).toBe(0);
  });
});
