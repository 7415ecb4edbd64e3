/** The officer's actions on a case, only those the status allows: rescreen, and decide with a note. */
import type { Action } from '../../applications/status.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import { formatDate } from '../format-date.js';
import { CSRF_FIELD } from './csrf.js';
import { o } from './officer-texts.js';

export const DECISIONS = ['approve', 'reject', 'request_info'] as const;
export type Decision = (typeof DECISIONS)[number];

export type DecideDraft = { decision: string; note: string };

export function ActionForms(props: {
  id: string;
  allowed: readonly string[];
  csrf: string;
  lang: Lang;
  versions: readonly PackVersion[];
  draft?: DecideDraft | undefined;
}) {
  const { lang, allowed } = props;
  const decisions = DECISIONS.filter((d) => allowed.includes(d as Action));
  const canRescreen = allowed.includes('rescreen');
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{o('actions', lang)}</h2>
      {!canRescreen && decisions.length === 0 && <p>{o('noActions', lang)}</p>}
      {canRescreen && (
        <form method="post" action={`/officer/applications/${props.id}/screenings`} class="action">
          <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
          <h3>{o('rescreen', lang)}</h3>
          <p>{o('rescreenIntro', lang)}</p>
          <div class="field">
            <label for="rescreen-version">{o('packVersion', lang)}</label>
            <select id="rescreen-version" name="version">
              <option value="">{o('bySubmissionDate', lang)}</option>
              {props.versions.map((v) => (
                <option value={v.content.meta.version}>
                  {v.content.meta.version} ({formatDate(v.content.meta.effectiveFrom, lang)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{o('rescreen', lang)}</button>
        </form>
      )}
      {decisions.length > 0 && (
        <form
          method="post"
          action={`/officer/applications/${props.id}/decision`}
          class="action"
          data-confirm={o('confirmDecision', lang)}
        >
          <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
          <h3>{o('decide', lang)}</h3>
          <fieldset>
            <legend>{o('decision', lang)}</legend>
            {decisions.map((d) => (
              <div class="check">
                <input
                  type="radio"
                  id={`decision-${d}`}
                  name="decision"
                  value={d}
                  required
                  checked={props.draft?.decision === d}
                />
                <label for={`decision-${d}`}>{o(d, lang)}</label>
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for="decision-note">{o('note', lang)}</label>
            <textarea id="decision-note" name="note" rows={3} required maxlength={4000}>
              {props.draft?.note ?? ''}
            </textarea>
          </div>
          <button type="submit">{o('record', lang)}</button>
        </form>
      )}
    </section>
  );
}
