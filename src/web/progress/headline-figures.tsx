/** The tracker's headline: where the total stands against the target, the pace needed, the forecasts. */

import { formatNumber } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import { formatDate } from '../format-date.js';
import { formatShare, formatUsd } from '../format-usd.js';
import type { ProgressPageData } from './load-progress.js';
import { p, RATE_BASIS, STATUS_EXPLAINED, STATUS_WORDS } from './progress-texts.js';

export function HeadlineFigures({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  const pr = data.progress;
  const usd = (n: number) => formatUsd(n, lang);
  const to = formatDate(pr.target.to, lang);
  const open = pr.yearsLeft > 0;
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">{p('headline', lang)}</h2>
      <div class="headline">
        <p class="big">
          {usd(pr.cumulativeUsd)} / {usd(pr.target.amountUsd)} (
          {formatShare(pr.shareOfTarget, lang)})
        </p>
        <p>
          <strong>
            {p('status', lang)}: {STATUS_WORDS[pr.status][lang]}.
          </strong>{' '}
          {STATUS_EXPLAINED[pr.status][lang]}
        </p>
      </div>
      <dl class="figures">
        <dt>{p('cumulative', lang)}</dt>
        <dd>
          {usd(pr.cumulativeUsd)} ({formatDate(pr.target.from, lang)} – {formatDate(pr.asOf, lang)})
        </dd>
        <dt>{p('shareOfTarget', lang)}</dt>
        <dd>
          {formatShare(pr.shareOfTarget, lang)} ({p('target', lang)} {usd(pr.target.amountUsd)},{' '}
          {formatDate(pr.target.from, lang)} – {to})
        </dd>
        <dt>{p('linearPath', lang)}</dt>
        <dd>{usd(pr.linearPathUsd)}</dd>
        <dt>{p('gap', lang)}</dt>
        <dd>
          {pr.gapToPathUsd >= 0 ? '+' : ''}
          {usd(pr.gapToPathUsd)}
        </dd>
        <dt>{p('requiredPace', lang)}</dt>
        <dd>
          {pr.requiredAnnualPaceUsd === null
            ? p('periodEnded', lang)
            : `${usd(pr.requiredAnnualPaceUsd)}${p('perYear', lang)}`}
        </dd>
        <dt>{p('yearsLeft', lang)}</dt>
        <dd>
          {formatNumber(pr.yearsLeft, lang)} {p('years', lang)}
        </dd>
        <dt>{p('observedPace', lang)}</dt>
        <dd>
          {usd(pr.forecast.observedAnnualRateUsd)}
          {p('perYear', lang)}
        </dd>
        {open && (
          <>
            <dt>
              {p('forecastTrend', lang)} ({to})
            </dt>
            <dd>
              {usd(pr.forecast.trendUsd)} (
              {formatShare(pr.forecast.trendUsd / pr.target.amountUsd, lang)})
            </dd>
            <dt>
              {p('forecastPipeline', lang)} ({to})
            </dt>
            <dd>
              {usd(pr.forecast.withPipelineUsd)} (
              {formatShare(pr.forecast.withPipelineUsd / pr.target.amountUsd, lang)})
            </dd>
          </>
        )}
      </dl>
      <PipelineRates data={data} lang={lang} />
    </section>
  );
}

function PipelineRates({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  const pipeline = data.progress.forecast.pipeline;
  const rates = Object.entries(pipeline.approvalRateByBand);
  const bandLabel = (id: string) => data.bands.find((b) => b.id === id)?.label[lang] ?? id;
  return (
    <>
      <h3>{p('pipeline', lang)}</h3>
      <p>{p('pipelineIntro', lang)}</p>
      <p>
        {p('pipelineSummary', lang, {
          n: formatNumber(pipeline.applications, lang),
          capital: formatUsd(pipeline.capitalUsd, lang),
          weighted: formatUsd(pipeline.weightedUsd, lang),
        })}
      </p>
      {rates.length === 0 ? (
        <p class="muted">{p('noPipeline', lang)}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{p('band', lang)}</th>
                <th scope="col" class="num">
                  {p('approvalRate', lang)}
                </th>
                <th scope="col">{p('rateBasis', lang)}</th>
                <th scope="col" class="num">
                  {p('approved', lang)}
                </th>
                <th scope="col" class="num">
                  {p('rejected', lang)}
                </th>
              </tr>
            </thead>
            <tbody>
              {rates.map(([band, r]) => (
                <tr>
                  <th scope="row">{bandLabel(band)}</th>
                  <td class="num">{formatShare(r.rate, lang)}</td>
                  <td>{RATE_BASIS[r.basis][lang]}</td>
                  <td class="num">{formatNumber(r.approved, lang)}</td>
                  <td class="num">{formatNumber(r.rejected, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
