/** The answer in one box: eligible or not, review, band, score, and the exact rules that gave it. */
import { formatNumber } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { ScreeningResult } from '../../screening/screening-result.js';

export function ScreeningHeadline({ result, lang }: { result: ScreeningResult; lang: Lang }) {
  const vi = lang === 'vi';
  const score = formatNumber(result.score, lang);
  return (
    <div class="headline">
      <p class="big">
        <span class={result.eligible ? 'outcome-pass' : 'outcome-fail'}>
          {result.eligible
            ? vi
              ? 'Đủ điều kiện'
              : 'Eligible'
            : vi
              ? 'Không đủ điều kiện'
              : 'Not eligible'}
        </span>
        {' · '}
        {vi ? 'Xếp loại' : 'Band'}: {result.band.label[lang]}
        {' · '}
        {vi ? `${score}/100 điểm` : `Score ${score}/100`}
      </p>
      {result.reviewRequired && (
        <p class="outcome-partial">
          {vi
            ? 'Cần cán bộ xem xét: ít nhất một tiêu chí yêu cầu cán bộ kiểm tra hồ sơ.'
            : 'Review required: at least one criterion refers the file to an officer.'}
        </p>
      )}
      <p class="muted">
        {vi ? 'Bộ tiêu chí' : 'Rule pack'} {result.pack.id} {vi ? 'phiên bản' : 'version'}{' '}
        {result.pack.version} ({vi ? 'hiệu lực từ' : 'in force from'} {result.pack.effectiveFrom}),{' '}
        {vi ? 'áp dụng cho ngày' : 'applied for'} {result.asOf}. {vi ? 'Mã băm' : 'Hash'}:{' '}
        <code class="hash">{result.pack.hash}</code>
      </p>
    </div>
  );
}
