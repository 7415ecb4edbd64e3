/** Chart (c): the registered capital broken down by flow, country, sector or area, as horizontal bars. */

import { formatNumber } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import { countryName } from '../country-name.js';
import { formatShare, formatUsd } from '../format-usd.js';
import {
  type HorizontalBar,
  HorizontalBarChart,
  type HorizontalBarChartSpec,
} from './horizontal-bar-chart.js';
import type { BreakdownBy, BreakdownData } from './load-progress.js';
import { FLOW_WORDS, P, p } from './progress-texts.js';

/** A chart of more rows than this gets too tall on a phone; the table keeps every row. */
export const MAX_BARS = 10;

const TITLES = { flow: P.byFlow, country: P.byCountry, sector: P.bySector, area: P.byArea };

function itemLabel(by: BreakdownBy, item: BreakdownData['items'][number], lang: Lang): string {
  if (by === 'flow') return FLOW_WORDS[item.key]?.[lang] ?? item.key;
  if (item.label)
    return by === 'sector' && item.key !== 'unspecified'
      ? `${item.key} – ${item.label[lang]}`
      : item.label[lang];
  return by === 'country' ? countryName(item.key, lang) : item.key;
}

export function BreakdownFigure({
  by,
  data,
  lang,
}: {
  by: BreakdownBy;
  data: BreakdownData;
  lang: Lang;
}) {
  const title = TITLES[by][lang];
  // Flows keep their fixed order; a flow with nothing in it says nothing.
  const items = data.items.filter((i) => i.amountUsd !== 0);
  const rows = items.map((i) => ({ ...i, text: itemLabel(by, i, lang) }));
  const shown = by === 'flow' ? rows : rows.slice(0, MAX_BARS);
  const bars: HorizontalBar[] = shown.map((r) => ({
    key: r.key,
    label: r.text,
    value: r.amountUsd,
    valueLabel: formatUsd(r.amountUsd, lang),
  }));
  const spec: HorizontalBarChartSpec = {
    id: `chart-${by}`,
    title: `${title} (${p('amount', lang).toLowerCase()})`,
    description: p('breakdownDesc', lang, {
      title,
      total: formatUsd(data.totalUsd, lang),
      list: shown.map((r) => `${r.text}: ${formatUsd(r.amountUsd, lang)}`).join('; '),
    }),
    bars,
  };
  const headingId = `breakdown-${by}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p class="muted">{p('noBreakdown', lang)}</p>
      ) : (
        <>
          <figure>
            <HorizontalBarChart spec={spec} />
            {rows.length > shown.length && (
              <figcaption>{p('moreInTable', lang, { n: String(MAX_BARS) })}</figcaption>
            )}
          </figure>
          <div class="table-wrap">
            <table>
              <caption>{p('figures', lang)}</caption>
              <thead>
                <tr>
                  <th scope="col">{p('item', lang)}</th>
                  <th scope="col" class="num">
                    {p('amount', lang)}
                  </th>
                  <th scope="col" class="num">
                    {p('share', lang)}
                  </th>
                  {by !== 'flow' && (
                    <th scope="col" class="num">
                      {p('projects', lang)}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <th scope="row">{r.text}</th>
                    <td class="num">{formatUsd(r.amountUsd, lang)}</td>
                    <td class="num">
                      {data.totalUsd === 0 ? '—' : formatShare(r.amountUsd / data.totalUsd, lang)}
                    </td>
                    {by !== 'flow' && (
                      <td class="num">
                        {r.projects === null ? '—' : formatNumber(r.projects, lang)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{p('total', lang)}</th>
                  <td class="num">{formatUsd(data.totalUsd, lang)}</td>
                  <td />
                  {by !== 'flow' && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
