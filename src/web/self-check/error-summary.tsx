/** The list of problems above the form, each linking to its field, focused when the page opens. */
import type { Lang } from '../../screening/i18n.js';
import { fieldLabel } from './form-controls.js';
import type { FormErrors } from './form-errors.js';
import { inputId } from './form-layout.js';

/** The contract path of an input: sector boxes share the sector codes' label. */
function pathOfInput(input: string): string {
  return input.replace(/\[\d+\]$/, '');
}

export function ErrorSummary({ errors, lang }: { errors: FormErrors; lang: Lang }) {
  if (errors.all.length === 0) return null;
  const n = errors.all.length;
  return (
    <div
      class="errors-summary"
      id="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      autofocus
    >
      <h2 id="error-summary-title">
        {lang === 'vi'
          ? `Có ${n} lỗi cần sửa`
          : n === 1
            ? 'There is 1 problem'
            : `There are ${n} problems`}
      </h2>
      <ul>
        {errors.all.map((e) => (
          <li>
            {e.input ? (
              <a href={`#${inputId(e.input)}`}>
                {fieldLabel(pathOfInput(e.input), lang)}: {e.message[lang]}
              </a>
            ) : (
              e.message[lang]
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
