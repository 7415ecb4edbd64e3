/** Chart (b): registered capital by year, each bar marked by where its figure comes from. */
import type { Lang } from '../../screening/i18n.js';
import { formatDate, formatDayMonth } from '../format-date.js';
import { formatUsd, formatUsdShort } from '../format-usd.js';
import { type Bar, BarChart, type BarChartSpec, type BarKind, BarLegend } from './bar-chart.js';
import { niceTicks } from './chart-scale.js';
import type { ProgressData, ProgressPageData } from './load-progress.js';
import { P, p } from './progress-texts.js';

type YearFigure = ProgressData['years'][number];

const KIND: Record<YearFigure['source'], BarKind> = {
  official_statistic: 'official',
  partial_statistic: 'partial',
  applications: 'applications',
  none: 'none',
};

const SOURCE_WORDS = {
  official: P.sourceOfficial,
  partial: P.sourcePartial,
  applications: P.sourceApplications,
  none: P.sourceNone,
} as const;

/** Where a year's figure comes from, in words. */
export function sourceWord(source: YearFigure['source'], lang: Lang): string {
  return SOURCE_WORDS[KIND[source]][lang];
}

/** The period a year's figure covers, said in words: the whole year, or up to a cut-off. */
export function periodText(y: YearFigure, lang: Lang): string {
  return `${formatDate(y.period.from, lang)} – ${formatDate(y.period.to, lang)}`;
}

export function YearlyFigure({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  const years = data.progress.years;
  const bars: Bar[] = years.map((y) => {
    const kind = KIND[y.source];
    return {
      key: String(y.year),
      label: String(y.year),
      value: y.registeredUsd,
      kind,
      valueLabel: kind === 'none' ? '—' : formatUsdShort(y.registeredUsd, lang),
      ...(kind === 'partial'
        ? { note: p('cutOff', lang, { date: formatDayMonth(y.period.to, lang) }) }
        : {}),
    };
  });
  const values = years.map((y) => y.registeredUsd);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(1, ...values), 4);
  const list = years
    .map(
      (y) =>
        `${y.year}: ${y.source === 'none' ? '—' : formatUsd(y.registeredUsd, lang)} (${sourceWord(y.source, lang)}${
          y.source === 'partial_statistic'
            ? `, ${p('cutOff', lang, { date: formatDate(y.period.to, lang) })}`
            : ''
        })`,
    )
    .join('; ');
  const spec: BarChartSpec = {
    id: 'chart-yearly',
    title: p('yearlyChart', lang),
    description: p('yearlyDesc', lang, { list }),
    y: {
      min: ticks[0] ?? 0,
      max: ticks.at(-1) ?? 1,
      ticks: ticks.map((v) => ({ value: v, label: formatUsdShort(v, lang) })),
    },
    bars,
  };
  return (
    <section aria-labelledby="yearly-heading">
      <h2 id="yearly-heading">{spec.title}</h2>
      <figure>
        <BarChart spec={spec} />
        <BarLegend
          id="legend-yearly"
          items={(['official', 'applications', 'partial'] as const).map((kind) => ({
            kind,
            label: SOURCE_WORDS[kind][lang],
          }))}
        />
        <figcaption>{p('measureRegistered', lang)}</figcaption>
      </figure>
      <div class="table-wrap">
        <table>
          <caption>{p('figures', lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{p('year', lang)}</th>
              <th scope="col" class="num">
                {p('amount', lang)}
              </th>
              <th scope="col">{p('source', lang)}</th>
              <th scope="col">{p('period', lang)}</th>
              <th scope="col" class="num">
                {p('applicationsCol', lang)}
              </th>
              <th scope="col" class="num">
                {p('disbursed', lang)}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr data-year={y.year} data-source={y.source}>
                <th scope="row">{y.year}</th>
                <td class="num">{formatUsd(y.registeredUsd, lang)}</td>
                <td>{sourceWord(y.source, lang)}</td>
                <td>{periodText(y, lang)}</td>
                <td class="num">{formatUsd(y.applicationsUsd, lang)}</td>
                <td class="num">
                  {y.disbursedUsd === null ? p('unknown', lang) : formatUsd(y.disbursedUsd, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
