/** Chart (a): cumulative registered capital against the target, its straight path and the forecasts. */
import type { Lang } from '../../screening/i18n.js';
import { formatDate } from '../format-date.js';
import { formatShare, formatUsd, formatUsdShort } from '../format-usd.js';
import { niceTicks } from './chart-scale.js';
import { cumulativeSeries } from './cumulative-series.js';
import { LineChart, type LineChartSpec, LineLegend, type LineSeries } from './line-chart.js';
import type { ProgressPageData } from './load-progress.js';
import { p } from './progress-texts.js';
import { periodText } from './yearly-figure.js';

const periodOf = (y: ProgressPageData['progress']['years'][number] | undefined, lang: Lang) =>
  y ? periodText(y, lang) : '';

export function CumulativeFigure({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  const pr = data.progress;
  const s = cumulativeSeries(pr);
  const usd = (n: number) => formatUsd(n, lang);
  const series: LineSeries[] = [
    { id: 'target', label: p('seriesTarget', lang), style: 'target', points: s.target },
    { id: 'path', label: p('seriesPath', lang), style: 'path', points: s.path },
    { id: 'trend', label: p('seriesTrend', lang), style: 'trend', points: s.trend },
    { id: 'pipeline', label: p('seriesPipeline', lang), style: 'pipeline', points: s.pipeline },
    { id: 'cumulative', label: p('seriesActual', lang), style: 'actual', points: s.actual },
  ].filter((x) => x.points.length > 0) as LineSeries[];
  const top = Math.max(
    pr.target.amountUsd,
    pr.cumulativeUsd,
    ...s.trend.map((pt) => pt.y),
    ...s.pipeline.map((pt) => pt.y),
  );
  const bottom = Math.min(0, ...s.actual.map((pt) => pt.y));
  const yTicks = niceTicks(bottom, top, 5);
  const firstYear = Math.floor(s.xMin);
  const lastYear = Math.ceil(s.xMax) - 1;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const to = formatDate(pr.target.to, lang);
  const spec: LineChartSpec = {
    id: 'chart-cumulative',
    title: p('cumulativeChart', lang),
    description: p('cumulativeDesc', lang, {
      from: formatDate(pr.target.from, lang),
      asOf: formatDate(pr.asOf, lang),
      to,
      cumulative: usd(pr.cumulativeUsd),
      share: formatShare(pr.shareOfTarget, lang),
      target: usd(pr.target.amountUsd),
      path: usd(pr.linearPathUsd),
      trend: usd(pr.forecast.trendUsd),
      pipeline: usd(pr.forecast.withPipelineUsd),
    }),
    x: {
      min: s.xMin,
      max: s.xMax,
      // A year's label sits in the middle of its span; the gridlines mark the years' ends.
      ticks: years.map((y) => ({ value: y + 0.5, label: String(y) })),
      grid: years.slice(1).map((y) => y),
    },
    y: {
      min: yTicks[0] ?? 0,
      max: yTicks.at(-1) ?? top,
      ticks: yTicks.map((v) => ({ value: v, label: formatUsdShort(v, lang) })),
    },
    series,
  };
  return (
    <section aria-labelledby="cumulative-heading">
      <h2 id="cumulative-heading">{spec.title}</h2>
      <figure>
        <LineChart spec={spec} />
        <LineLegend series={series} />
        <figcaption>{spec.description}</figcaption>
      </figure>
      <div class="table-wrap">
        <table>
          <caption>{p('figures', lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{p('year', lang)}</th>
              <th scope="col">{p('period', lang)}</th>
              <th scope="col" class="num">
                {p('inYear', lang)}
              </th>
              <th scope="col" class="num">
                {p('cumulativeCol', lang)}
              </th>
              <th scope="col" class="num">
                {p('pathCol', lang)}
              </th>
              <th scope="col" class="num">
                {p('shareOfTarget', lang)}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r, i) => (
              <tr>
                <th scope="row">{r.year}</th>
                <td>{periodOf(pr.years[i], lang)}</td>
                <td class="num">{usd(r.registeredUsd)}</td>
                <td class="num">{usd(r.cumulativeUsd)}</td>
                <td class="num">{usd(r.linearPathUsd)}</td>
                <td class="num">{formatShare(r.cumulativeUsd / pr.target.amountUsd, lang)}</td>
              </tr>
            ))}
          </tbody>
          {s.trend.length > 0 && (
            <tfoot>
              <tr>
                <th scope="row">{p('forecastRow', lang, { to })}</th>
                <td>{p('seriesTrend', lang)}</td>
                <td />
                <td class="num">{usd(pr.forecast.trendUsd)}</td>
                <td class="num">{usd(pr.target.amountUsd)}</td>
                <td class="num">{formatShare(pr.forecast.trendUsd / pr.target.amountUsd, lang)}</td>
              </tr>
              <tr>
                <th scope="row">{p('forecastRow', lang, { to })}</th>
                <td>{p('seriesPipeline', lang)}</td>
                <td />
                <td class="num">{usd(pr.forecast.withPipelineUsd)}</td>
                <td class="num">{usd(pr.target.amountUsd)}</td>
                <td class="num">
                  {formatShare(pr.forecast.withPipelineUsd / pr.target.amountUsd, lang)}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}
