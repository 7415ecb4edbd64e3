/** `/applications/{id}?receipt=`: the receipt holder's view of their application. */
import type { ApplicationView } from '../../applications/application-view.js';
import type { Lang } from '../../screening/i18n.js';
import { ScreeningHeadline } from './screening-headline.js';
import { STATUS_LABELS } from './status-labels.js';

export function applicationTitle(lang: Lang): string {
  return lang === 'vi' ? 'Tình trạng hồ sơ' : 'Application status';
}

function projectNameOf(proposal: unknown): string | undefined {
  const name = (proposal as { project?: { name?: unknown } } | null)?.project?.name;
  return typeof name === 'string' ? name : undefined;
}

export function ApplicationStatusPage({ view, lang }: { view: ApplicationView; lang: Lang }) {
  const vi = lang === 'vi';
  const name = projectNameOf(view.proposal);
  return (
    <>
      <h1>{applicationTitle(lang)}</h1>
      {name && <p class="big">{name}</p>}
      <dl class="facts">
        <dt>{vi ? 'Mã hồ sơ' : 'Application id'}</dt>
        <dd>
          <code>{view.id}</code>
        </dd>
        <dt>{vi ? 'Tình trạng' : 'Status'}</dt>
        <dd id="application-status">{STATUS_LABELS[view.status][lang]}</dd>
        <dt>{vi ? 'Ngày nộp' : 'Submitted on'}</dt>
        <dd>{view.submittedOn}</dd>
      </dl>
      <h2>{vi ? 'Kết quả sàng lọc gần nhất' : 'Latest screening'}</h2>
      <ScreeningHeadline result={view.screening} lang={lang} />
      <p class="muted">
        {vi
          ? 'Cán bộ có thể xác minh thông tin và sàng lọc lại; trang này luôn cho thấy kết quả mới nhất.'
          : 'Officers may verify the information and screen again; this page always shows the latest result.'}
      </p>
    </>
  );
}
