/**
 * Progress toward an FDI target, computed from ledger aggregates: per year the source that counts
 * (a full-year official statistic, else the latest partial-period statistic, else approved
 * applications — never two of them added up), the cumulative figure, the linear path, the pace
 * still required, and two forecasts. Pure arithmetic: the queries live in `ledger-queries.ts`.
 */

/** `all`: a total its source does not split by flow; progress reports it as `unspecified`. */
export type Flow =
  | 'new'
  | 'capital_increase'
  | 'capital_contribution'
  | 'capital_reduction'
  | 'all';
export type FlowKey = Exclude<Flow, 'all'> | 'unspecified';
export const FLOW_KEYS: readonly FlowKey[] = [
  'new',
  'capital_increase',
  'capital_contribution',
  'capital_reduction',
  'unspecified',
];
export const flowKey = (f: Flow): FlowKey => (f === 'all' ? 'unspecified' : f);
export type Measure = 'registered' | 'disbursed';

export type SourceRef = {
  doc: string | null;
  url: string | null;
  date: string | null;
  status: string;
};

/** One official statistic: a total (not a breakdown by country or sector) of one recorded batch. */
export type StatisticRow = {
  year: number;
  periodFrom: string;
  periodTo: string;
  fullYear: boolean;
  flow: Flow;
  measure: Measure;
  amountUsd: number;
  projects: number | null;
  source: SourceRef;
  batch: string;
  /** Recording order: for a period and measure the latest batch replaces earlier ones. */
  seq: number;
};

/** Approved applications' entries (approvals and their reversals) summed per year and flow. */
export type ApplicationTotal = {
  year: number;
  measure: Measure;
  flow: Flow;
  amountUsd: number;
  projects: number;
};

export type Target = {
  amountUsd: number;
  from: string;
  to: string;
  basis: { doc: string; ref: string }[];
};

/** Applications awaiting a decision in a band, and the band's past decisions. */
export type PipelineBand = {
  band: string;
  applications: number;
  capitalUsd: number;
  approved: number;
  rejected: number;
};

export type YearSource = 'official_statistic' | 'partial_statistic' | 'applications' | 'none';

export type YearFigure = {
  year: number;
  registeredUsd: number;
  disbursedUsd: number | null;
  source: YearSource;
  sourceRef: SourceRef | null;
  sources: SourceRef[];
  applicationsUsd: number;
  period: { from: string; to: string };
  byFlow: Record<FlowKey, number>;
};

export const money = (x: number) => Math.round(x * 100) / 100;
const DAY = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
const zeroFlows = (): Record<FlowKey, number> => ({
  new: 0,
  capital_increase: 0,
  capital_contribution: 0,
  capital_reduction: 0,
  unspecified: 0,
});

type Chosen = {
  total: number;
  byFlow: Record<FlowKey, number>;
  source: YearSource;
  refs: SourceRef[];
  period: { from: string; to: string };
  rows: StatisticRow[];
};

/** Of one period's statistics, the latest recorded batch, whole (a correction replaces, never adds). */
function latestBatch(rows: readonly StatisticRow[]): StatisticRow[] {
  let last: StatisticRow | undefined;
  for (const r of rows) if (!last || r.seq > last.seq) last = r;
  return last ? rows.filter((r) => r.batch === last.batch) : [];
}

/** The statistics that count for a year and measure: a full year first, else the latest cut-off. */
export function officialFor(
  stats: readonly StatisticRow[],
  year: number,
  measure: Measure,
  asOf: string,
): Chosen | undefined {
  const mine = stats.filter((s) => s.year === year && s.measure === measure && s.periodTo <= asOf);
  let chosen = mine.filter((s) => s.fullYear);
  let source: YearSource = 'official_statistic';
  if (chosen.length === 0) {
    let latest: string | undefined;
    for (const s of mine) if (!latest || s.periodTo > latest) latest = s.periodTo;
    if (!latest) return undefined;
    const atLatest = mine.filter((s) => s.periodTo === latest);
    let from = latest;
    for (const s of atLatest) if (s.periodFrom < from) from = s.periodFrom;
    chosen = atLatest.filter((s) => s.periodFrom === from);
    source = 'partial_statistic';
  }
  chosen = latestBatch(chosen);
  const byFlow = zeroFlows();
  for (const s of chosen) byFlow[flowKey(s.flow)] += s.amountUsd;
  const first = chosen[0] as StatisticRow;
  return {
    total: money(chosen.reduce((a, s) => a + s.amountUsd, 0)),
    byFlow,
    source,
    refs: [...new Map(chosen.map((s) => [JSON.stringify(s.source), s.source])).values()],
    period: { from: first.periodFrom, to: first.periodTo },
    rows: chosen,
  };
}

export function yearFigures(input: {
  target: Target;
  asOf: string;
  statistics: readonly StatisticRow[];
  applications: readonly ApplicationTotal[];
}): YearFigure[] {
  const { target, asOf } = input;
  const firstYear = Number(target.from.slice(0, 4));
  const lastYear = Math.min(Number(target.to.slice(0, 4)), Number(asOf.slice(0, 4)));
  const out: YearFigure[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const apps = input.applications.filter((a) => a.year === year && a.measure === 'registered');
    const appsByFlow = zeroFlows();
    for (const a of apps) appsByFlow[flowKey(a.flow)] += a.amountUsd;
    const applicationsUsd = money(apps.reduce((s, a) => s + a.amountUsd, 0));
    const yearEnd = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const official = officialFor(input.statistics, year, 'registered', asOf);
    const chosen: Chosen = official ?? {
      total: applicationsUsd,
      byFlow: appsByFlow,
      source: apps.some((a) => a.projects !== 0 || a.amountUsd !== 0) ? 'applications' : 'none',
      refs: [],
      period: { from: `${year}-01-01`, to: yearEnd },
      rows: [],
    };
    const disbursed = officialFor(input.statistics, year, 'disbursed', asOf);
    out.push({
      year,
      registeredUsd: chosen.total,
      disbursedUsd: disbursed ? disbursed.total : null,
      source: chosen.source,
      sourceRef: chosen.refs[chosen.refs.length - 1] ?? null,
      sources: chosen.refs,
      applicationsUsd,
      period: chosen.period,
      byFlow: Object.fromEntries(
        Object.entries(chosen.byFlow).map(([k, v]) => [k, money(v)]),
      ) as Record<FlowKey, number>,
    });
  }
  return out;
}

/** How much of a year a figure covers, for the observed pace: a partial period its share of the year. */
function coveredYears(f: YearFigure): number {
  if (f.source === 'none') return 0;
  return days(f.period.from, f.period.to) / days(`${f.year}-01-01`, `${f.year}-12-31`);
}

export type ApprovalRate = {
  rate: number;
  basis: 'band' | 'overall' | 'none';
  approved: number;
  rejected: number;
};

/**
 * A band's historical approval rate: its own decisions, else (a band nobody has decided yet) the
 * rate over every band, else none. Exported so that a pack simulation weighs bands the same way.
 */
export function approvalRates(pipeline: readonly PipelineBand[]): (band: string) => ApprovalRate {
  const approved = pipeline.reduce((s, b) => s + b.approved, 0);
  const decided = pipeline.reduce((s, b) => s + b.approved + b.rejected, 0);
  const overall = decided > 0 ? approved / decided : null;
  const byBand = new Map(pipeline.map((b) => [b.band, b]));
  return (band) => {
    const b = byBand.get(band);
    const own = b && b.approved + b.rejected > 0 ? b.approved / (b.approved + b.rejected) : null;
    return {
      rate: own ?? overall ?? 0,
      basis: own !== null ? 'band' : overall !== null ? 'overall' : 'none',
      approved: b?.approved ?? 0,
      rejected: b?.rejected ?? 0,
    };
  };
}

/** Undecided capital weighted by each band's approval rate (rates shown rounded, used exact). */
export function weighPipeline(
  pipeline: readonly PipelineBand[],
  rateOf: (band: string) => ApprovalRate = approvalRates(pipeline),
) {
  const approvalRateByBand: Record<string, ApprovalRate> = {};
  let weightedUsd = 0;
  for (const b of pipeline) {
    const r = rateOf(b.band);
    approvalRateByBand[b.band] = { ...r, rate: Math.round(r.rate * 1000) / 1000 };
    weightedUsd += b.capitalUsd * r.rate;
  }
  return { approvalRateByBand, weightedUsd };
}

export type Progress = ReturnType<typeof computeProgress>;

export function computeProgress(input: {
  target: Target;
  asOf: string;
  statistics: readonly StatisticRow[];
  applications: readonly ApplicationTotal[];
  pipeline: readonly PipelineBand[];
}) {
  const { target, asOf } = input;
  const years = yearFigures(input);
  const cumulativeUsd = money(years.reduce((s, y) => s + y.registeredUsd, 0));
  const byFlow = zeroFlows();
  for (const y of years) for (const f of FLOW_KEYS) byFlow[f] = money(byFlow[f] + y.byFlow[f]);

  const totalDays = days(target.from, target.to);
  const until = [asOf, target.to].sort()[0] as string; // ISO dates: Math.min would give NaN
  const elapsedDays = asOf < target.from ? 0 : days(target.from, until);
  const linearPathUsd = money((target.amountUsd * elapsedDays) / totalDays);
  const gapToPathUsd = money(cumulativeUsd - linearPathUsd);
  const yearsLeft = Math.round(((totalDays - elapsedDays) / 365.25) * 100) / 100;
  const remaining = Math.max(0, target.amountUsd - cumulativeUsd);
  const requiredAnnualPaceUsd = yearsLeft > 0 ? money(remaining / yearsLeft) : null;

  const covered = years.reduce((s, y) => s + coveredYears(y), 0);
  const observedAnnualRateUsd = covered > 0 ? money(cumulativeUsd / covered) : 0;
  const trendUsd = money(cumulativeUsd + observedAnnualRateUsd * yearsLeft);
  // Behind: at the pace seen in the data the target is missed. On track: it is reached. Ahead:
  // it is reached and the cumulative figure is already above the linear path. No tolerance to tune.
  const status: 'ahead' | 'on_track' | 'behind' =
    trendUsd < target.amountUsd ? 'behind' : cumulativeUsd >= linearPathUsd ? 'ahead' : 'on_track';

  const { approvalRateByBand, weightedUsd: weighted } = weighPipeline(input.pipeline);

  return {
    cumulativeUsd,
    shareOfTarget: Math.round((cumulativeUsd / target.amountUsd) * 10_000) / 10_000,
    years,
    byFlow,
    linearPathUsd,
    gapToPathUsd,
    requiredAnnualPaceUsd,
    yearsLeft,
    status,
    forecast: {
      observedAnnualRateUsd,
      coveredYears: Math.round(covered * 100) / 100,
      trendUsd,
      withPipelineUsd: money(trendUsd + weighted),
      pipeline: {
        applications: input.pipeline.reduce((s, b) => s + b.applications, 0),
        capitalUsd: money(input.pipeline.reduce((s, b) => s + b.capitalUsd, 0)),
        weightedUsd: money(weighted),
        approvalRateByBand,
      },
    },
  };
}
