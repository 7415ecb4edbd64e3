/** `/progress`: the FDI tracker, in pictures and in tables, with the source of every figure. */
import type { Lang } from '../../screening/i18n.js';
import { formatDate } from '../format-date.js';
import { formatUsd } from '../format-usd.js';
import { BreakdownFigure } from './breakdown-figure.js';
import { CumulativeFigure } from './cumulative-figure.js';
import { HeadlineFigures } from './headline-figures.js';
import { BREAKDOWNS, type ProgressPageData } from './load-progress.js';
import { p } from './progress-texts.js';
import { SourcesTable } from './sources-table.js';
import { YearlyFigure } from './yearly-figure.js';

export function ProgressPage({ data, lang }: { data: ProgressPageData; lang: Lang }) {
  const pr = data.progress;
  return (
    <>
      <h1>{p('title', lang)}</h1>
      <p>
        {pr.jurisdiction.name[lang]} · {p('target', lang)}: {formatUsd(pr.target.amountUsd, lang)} (
        {formatDate(pr.target.from, lang)} – {formatDate(pr.target.to, lang)}) · {p('basis', lang)}:{' '}
        {pr.target.basis.map((b) => `${b.doc} ${b.ref}`).join('; ')}
      </p>
      <p>{pr.target.description[lang]}</p>
      <p class="notice">
        {p(pr.measure === 'registered' ? 'measureRegistered' : 'measureDisbursed', lang)}{' '}
        {p('asOf', lang)} {formatDate(pr.asOf, lang)}.
      </p>
      <HeadlineFigures data={data} lang={lang} />
      <CumulativeFigure data={data} lang={lang} />
      <YearlyFigure data={data} lang={lang} />
      <SourcesTable data={data} lang={lang} />
      <h2>{lang === 'vi' ? 'Cơ cấu vốn đăng ký' : 'How the registered capital breaks down'}</h2>
      {BREAKDOWNS.map((by) => (
        <BreakdownFigure by={by} data={data.breakdowns[by]} lang={lang} />
      ))}
    </>
  );
}
