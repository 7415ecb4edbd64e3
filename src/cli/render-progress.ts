/** FDI progress as a readable terminal table, in Vietnamese or English. */
import type { fdiProgress } from '../fdi/fdi-progress.js';
import type { FlowKey, YearSource } from '../fdi/progress.js';
import { formatNumber } from '../screening/format-value.js';
import type { Lang } from '../screening/i18n.js';

export type FdiProgress = Awaited<ReturnType<typeof fdiProgress>>;
type Status = FdiProgress['status'];

const WORDS = {
  vi: {
    title: 'Tiến độ thu hút FDI',
    asOf: 'tính đến ngày',
    target: 'Mục tiêu',
    registered: 'vốn đăng ký',
    disbursed: 'vốn thực hiện',
    pack: 'Bộ tiêu chí',
    columns: ['Năm', 'Số vốn (USD)', 'Nguồn', 'Kỳ số liệu', 'Hồ sơ chấp thuận (USD)'],
    cumulative: 'Lũy kế',
    ofTarget: 'so với mục tiêu',
    linearPath: 'Lộ trình tuyến tính',
    gap: 'Chênh lệch so với lộ trình',
    pace: 'Nhịp độ cần đạt',
    perYearFor: (years: string) => `mỗi năm trong ${years} năm còn lại`,
    periodOver: 'không còn (kỳ mục tiêu đã kết thúc)',
    status: 'Tình trạng',
    forecast: 'Dự báo đến',
    observed: 'Nhịp độ bình quân',
    observedOver: (years: string) => `mỗi năm, trên ${years} năm có số liệu`,
    trend: 'Theo xu hướng',
    withPipeline: 'Kể cả hồ sơ đang xét',
    pipeline: (n: number, capital: string, weighted: string) =>
      `${n} hồ sơ chưa quyết định, vốn ${capital}, quy theo tỷ lệ chấp thuận ${weighted}`,
    byFlow: 'Theo dòng vốn',
    sources: 'Nguồn số liệu',
  },
  en: {
    title: 'FDI progress',
    asOf: 'as of',
    target: 'Target',
    registered: 'registered capital',
    disbursed: 'disbursed capital',
    pack: 'Rule pack',
    columns: ['Year', 'Amount (USD)', 'Source', 'Period', 'Approved applications (USD)'],
    cumulative: 'Cumulative',
    ofTarget: 'of the target',
    linearPath: 'Linear path',
    gap: 'Gap to the path',
    pace: 'Required pace',
    perYearFor: (years: string) => `a year over the ${years} years left`,
    periodOver: 'none (the target period is over)',
    status: 'Status',
    forecast: 'Forecast to',
    observed: 'Observed pace',
    observedOver: (years: string) => `a year, over ${years} years covered by data`,
    trend: 'Trend',
    withPipeline: 'With the pipeline',
    pipeline: (n: number, capital: string, weighted: string) =>
      `${n} undecided applications, ${capital}, weighted by approval rate ${weighted}`,
    byFlow: 'By flow',
    sources: 'Sources',
  },
} as const;

const SOURCES: Record<YearSource, Record<Lang, string>> = {
  official_statistic: { vi: 'số liệu chính thức cả năm', en: 'official full-year statistic' },
  partial_statistic: { vi: 'số liệu chính thức một phần năm', en: 'official part-year statistic' },
  applications: { vi: 'hồ sơ được chấp thuận', en: 'approved applications' },
  none: { vi: 'chưa có số liệu', en: 'no data' },
};

const STATUSES: Record<Status, Record<Lang, string>> = {
  ahead: {
    vi: 'vượt lộ trình: theo nhịp độ đã ghi nhận sẽ đạt mục tiêu, và lũy kế đã trên lộ trình tuyến tính',
    en: 'ahead: at the pace seen so far the target is reached, and the cumulative figure is above the linear path',
  },
  on_track: {
    vi: 'đúng tiến độ: theo nhịp độ đã ghi nhận sẽ đạt mục tiêu',
    en: 'on track: at the pace seen so far the target is reached',
  },
  behind: {
    vi: 'chậm tiến độ: theo nhịp độ đã ghi nhận sẽ không đạt mục tiêu',
    en: 'behind: at the pace seen so far the target is missed',
  },
};

const FLOWS: Record<FlowKey, Record<Lang, string>> = {
  new: { vi: 'cấp mới', en: 'new' },
  capital_increase: { vi: 'tăng vốn', en: 'capital increase' },
  capital_contribution: { vi: 'góp vốn, mua cổ phần', en: 'capital contribution' },
  capital_reduction: { vi: 'giảm vốn', en: 'capital reduction' },
  unspecified: { vi: 'không tách theo dòng vốn', en: 'not split by flow' },
};

const SOURCE_STATUSES: Record<string, Record<Lang, string>> = {
  final: { vi: 'chính thức', en: 'final' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
};

/** Whole dollars: cents on billions are noise in a report (the JSON keeps them). */
const dollars = (n: number, lang: Lang) => formatNumber(Math.round(n), lang);
const usd = (n: number, lang: Lang) =>
  lang === 'vi' ? `${dollars(n, lang)} USD` : `USD ${dollars(n, lang)}`;

/** Columns padded to their widest cell; the numeric ones aligned right. */
function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) =>
        rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

export function renderProgress(p: FdiProgress, lang: Lang): string {
  const w = WORDS[lang];
  const money = (n: number) => usd(n, lang);
  const num = (n: number) => formatNumber(n, lang);
  const basis = p.target.basis.map((b) => `${b.doc} ${b.ref}`).join('; ');
  const years = table(
    [
      [...w.columns],
      ...p.years.map((y) => [
        String(y.year),
        dollars(y.registeredUsd, lang),
        SOURCES[y.source][lang],
        `${y.period.from} – ${y.period.to}`,
        dollars(y.applicationsUsd, lang),
      ]),
    ],
    new Set([1, 4]),
  );
  const f = p.forecast;
  const facts: [string, string][] = [
    [
      w.cumulative,
      `${money(p.cumulativeUsd)} (${num(Math.round(p.shareOfTarget * 10_000) / 100)} % ${w.ofTarget})`,
    ],
    [w.linearPath, money(p.linearPathUsd)],
    [w.gap, money(p.gapToPathUsd)],
    [
      w.pace,
      p.requiredAnnualPaceUsd === null
        ? w.periodOver
        : `${money(p.requiredAnnualPaceUsd)} ${w.perYearFor(num(p.yearsLeft))}`,
    ],
    [w.status, STATUSES[p.status][lang]],
  ];
  const forecasts: [string, string][] = [
    [w.observed, `${money(f.observedAnnualRateUsd)} ${w.observedOver(num(f.coveredYears))}`],
    [w.trend, money(f.trendUsd)],
    [
      w.withPipeline,
      `${money(f.withPipelineUsd)} (${w.pipeline(f.pipeline.applications, money(f.pipeline.capitalUsd), money(f.pipeline.weightedUsd))})`,
    ],
  ];
  // Forecasts are indented by two under their heading: their labels need two more columns.
  const labelWidth = Math.max(
    ...facts.map(([k]) => k.length),
    ...forecasts.map(([k]) => k.length + 2),
  );
  const flows = (Object.entries(p.byFlow) as [FlowKey, number][])
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${FLOWS[k][lang]} ${money(v)}`);
  const sources = p.years.flatMap((y) =>
    y.sources.map(
      (s) =>
        `  ${y.year}  ${s.doc ?? '-'} (${SOURCE_STATUSES[s.status]?.[lang] ?? s.status}${s.date ? `, ${s.date}` : ''})${s.url ? ` ${s.url}` : ''}`,
    ),
  );
  return [
    `${w.title}: ${p.jurisdiction.name[lang]} (${p.jurisdiction.id}), ${w.asOf} ${p.asOf}`,
    `${w.target}: ${money(p.target.amountUsd)} ${w[p.measure]}, ${p.target.from} – ${p.target.to} (${basis})`,
    `${w.pack}: ${p.pack.id} ${p.pack.version}`,
    '',
    ...years,
    '',
    ...facts.map(([k, v]) => `${k.padEnd(labelWidth)}  ${v}`),
    `${w.forecast} ${p.target.to}:`,
    ...forecasts.map(([k, v]) => `  ${k.padEnd(labelWidth - 2)}  ${v}`),
    ...(flows.length > 0 ? ['', `${w.byFlow}: ${flows.join('; ')}`] : []),
    ...(sources.length > 0 ? ['', `${w.sources}:`, ...sources] : []),
  ].join('\n');
}
