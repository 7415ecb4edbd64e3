/** What an investor sees after submitting: the application id and the receipt token, shown once. */
import type { SubmitResponse } from '../../applications/submit-application.js';
import type { Lang } from '../../screening/i18n.js';
import { type ApplyFields, ResendForm } from './apply-form.js';
import { ScreeningHeadline } from './screening-headline.js';

export function receiptTitle(lang: Lang): string {
  return lang === 'vi' ? 'Hồ sơ đã được nộp' : 'Application submitted';
}

export function statusHref(id: string, receipt: string): string {
  return `/applications/${encodeURIComponent(id)}?receipt=${encodeURIComponent(receipt)}`;
}

export function ReceiptPage(props: {
  submitted: SubmitResponse;
  /** What was posted, for the language switch to post again; absent without an idempotency key. */
  resend: ApplyFields | undefined;
  lang: Lang;
}) {
  const { submitted, lang } = props;
  const vi = lang === 'vi';
  return (
    <>
      {props.resend && <ResendForm {...props.resend} />}
      <h1>{receiptTitle(lang)}</h1>
      <p class="flash">
        {vi ? 'Mã hồ sơ' : 'Application id'}: <code id="application-id">{submitted.id}</code>
      </p>
      <div class="notice">
        <h2>{vi ? 'Mã biên nhận' : 'Receipt token'}</h2>
        <p>
          <strong>
            {vi
              ? 'Hãy lưu mã biên nhận này ngay: mã chỉ hiển thị trên trang này và không thể cấp lại.'
              : 'Keep this receipt token now: it is shown only on this page and cannot be issued again.'}
          </strong>{' '}
          {vi
            ? 'Ai có mã này đều xem được hồ sơ; đừng chia sẻ.'
            : 'Anyone holding it can read the application; do not share it.'}
        </p>
        <p>
          <code id="receipt-token" class="secret">
            {submitted.receiptToken}
          </code>
        </p>
      </div>
      <p>
        <a href={statusHref(submitted.id, submitted.receiptToken)}>
          {vi ? 'Theo dõi tình trạng hồ sơ' : 'Follow the application’s status'}
        </a>{' '}
        <span class="muted">
          {vi
            ? '(lưu địa chỉ này cùng với mã biên nhận)'
            : '(bookmark this address with the token)'}
        </span>
      </p>
      <h2>{vi ? 'Kết quả sàng lọc khi nộp' : 'Screening at submission'}</h2>
      <ScreeningHeadline result={submitted.screening} lang={lang} />
    </>
  );
}
