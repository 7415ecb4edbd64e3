/**
 * "Submit as an application": the proposal exactly as it was checked, in hidden fields, with a key
 * made when the result was shown, so a double click or a reload stores one application.
 */
import type { Lang } from '../../screening/i18n.js';
import { INPUT_NAMES } from './form-layout.js';
import type { FormValues } from './parse-form.js';

export type ApplyFields = { values: FormValues; idempotencyKey: string };

/** The proposal and the key, as hidden fields. */
function HiddenFields({ values, idempotencyKey }: ApplyFields) {
  return (
    <>
      {INPUT_NAMES.filter((n) => values[n] !== undefined).map((n) => (
        <input type="hidden" name={n} value={values[n]} />
      ))}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
    </>
  );
}

export function ApplyForm(props: ApplyFields & { lang: Lang }) {
  const vi = props.lang === 'vi';
  return (
    <form method="post" action="/self-check/apply" class="apply">
      <HiddenFields values={props.values} idempotencyKey={props.idempotencyKey} />
      <button type="submit">{vi ? 'Nộp hồ sơ' : 'Submit as an application'}</button>
      <span class="hint">
        {vi
          ? 'Nộp đúng dự án vừa kiểm tra thành hồ sơ; bạn nhận mã biên nhận để theo dõi.'
          : 'Submits the project just checked as an application; you get a receipt to follow it.'}
      </span>
    </form>
  );
}

/**
 * The same submission again, sent by the language switch from the receipt: the key makes the
 * service answer with the first receipt, now in the other language, and store nothing new.
 */
export function ResendForm(props: ApplyFields) {
  return (
    <form
      method="post"
      action="/self-check/apply"
      data-keep-on-language-switch
      data-submitted="true"
      hidden
    >
      <HiddenFields {...props} />
    </form>
  );
}
