/** The latest screening: the headline (eligible, score, band, review) and every criterion's outcome. */

import { formatNumber } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { ScreeningResult } from '../../screening/screening-result.js';
import { formatDate } from '../format-date.js';
import { KIND_LABELS, outcomeView } from '../screening-labels.js';
import { o } from './officer-texts.js';

export function ScreeningSection({ screening, lang }: { screening: ScreeningResult; lang: Lang }) {
  const s = screening;
  return (
    <section aria-labelledby="screening-heading">
      <h2 id="screening-heading">{o('screening', lang)}</h2>
      <div class="headline">
        <p class="big">
          {s.eligible ? o('eligibleYes', lang) : o('eligibleNo', lang)} ·{' '}
          {formatNumber(s.score, lang)} {o('points', lang).toLowerCase()} · {s.band.label[lang]}
        </p>
        {s.reviewRequired && <p class="outcome-partial">{o('reviewYes', lang)}</p>}
        <p class="muted">
          {o('screenedOn', lang, {
            pack: s.pack.id,
            version: s.pack.version,
            asOf: formatDate(s.asOf, lang),
          })}{' '}
          <code>{s.pack.hash.slice(0, 19)}…</code>
        </p>
      </div>
      <div class="table-wrap">
        <table class="criteria stack">
          <thead>
            <tr>
              <th scope="col">{o('criterion', lang)}</th>
              <th scope="col">{o('kind', lang)}</th>
              <th scope="col">{o('outcome', lang)}</th>
              <th scope="col" class="num">
                {o('points', lang)}
              </th>
              <th scope="col">{o('reason', lang)}</th>
              <th scope="col">{o('basis', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {s.criteria.map((c) => {
              const outcome = outcomeView(c.kind, c.outcome);
              return (
                <tr data-criterion={c.id}>
                  <th scope="row">
                    {c.title[lang]}
                    {c.declared && (
                      <>
                        {' '}
                        <span class="tag">{o('declaredMark', lang)}</span>
                      </>
                    )}
                  </th>
                  <td data-label={o('kind', lang)}>{KIND_LABELS[c.kind][lang]}</td>
                  <td class={outcome.css} data-label={o('outcome', lang)}>
                    {outcome.label[lang]}
                  </td>
                  <td class="num" data-label={o('points', lang)}>
                    {c.kind === 'score'
                      ? `${formatNumber(c.points, lang)} / ${formatNumber(c.maxPoints, lang)}`
                      : '—'}
                  </td>
                  <td data-label={o('reason', lang)}>{c.reason[lang]}</td>
                  <td data-label={o('basis', lang)}>
                    {c.basis.map((b) => `${b.doc} ${b.ref}`).join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
