/** The source of each year's figure: the document, its date and status, or the applications. */
import type { Lang } from '../../screening/i18n.js';
import { formatDate } from '../format-date.js';
import type { ProgressPageData } from './load-progress.js';
import { p } from './progress-texts.js';
import { periodText, sourceWord } from './yearly-figure.js';

function statusWord(status: string, lang: Lang): string {
  return status === 'final'
    ? p('final', lang)
    : status === 'preliminary'
      ? p('preliminary', lang)
      : status;
}

export function SourcesTable({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{p('sources', lang)}</h2>
      <div class="table-wrap">
        <table class="sources">
          <thead>
            <tr>
              <th scope="col">{p('year', lang)}</th>
              <th scope="col">{p('source', lang)}</th>
              <th scope="col">{p('document', lang)}</th>
              <th scope="col">{p('date', lang)}</th>
              <th scope="col">{p('statusCol', lang)}</th>
              <th scope="col">{p('period', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {data.progress.years.map((y) => {
              const kind = sourceWord(y.source, lang);
              if (y.sources.length === 0) {
                return (
                  <tr data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{kind}</td>
                    <td colspan={3}>
                      {y.source === 'applications'
                        ? p('fromApplications', lang)
                        : p('noFigure', lang)}
                    </td>
                    <td>{periodText(y, lang)}</td>
                  </tr>
                );
              }
              // A figure may rest on several documents (a total split by flow in different reports).
              return y.sources.map((s, i) => (
                <tr data-year={y.year}>
                  {i === 0 && (
                    <th scope="row" rowspan={y.sources.length}>
                      {y.year}
                    </th>
                  )}
                  {i === 0 && <td rowspan={y.sources.length}>{kind}</td>}
                  <td>{s.url ? <a href={s.url}>{s.doc ?? s.url}</a> : (s.doc ?? '—')}</td>
                  <td>{s.date ? formatDate(s.date, lang) : '—'}</td>
                  <td>{statusWord(s.status, lang)}</td>
                  {i === 0 && <td rowspan={y.sources.length}>{periodText(y, lang)}</td>}
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
