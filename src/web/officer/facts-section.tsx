/** The declared facts awaiting verification, each with its state and a form to verify or correct it. */
import type { Labels } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import { formatInstant } from '../format-date.js';
import { CSRF_FIELD } from './csrf.js';
import type { DeclaredFact } from './declared-facts.js';
import { FactInput } from './fact-input.js';
import { formatFieldValue } from './field-value.js';
import { o } from './officer-texts.js';

export type VerifyDraft = { path: string; value: string; note: string };

export function FactsSection(props: {
  id: string;
  facts: DeclaredFact[];
  canVerify: boolean;
  csrf: string;
  lang: Lang;
  version: PackVersion | undefined;
  labels: Labels;
  timeZone: string;
  draft?: VerifyDraft | undefined;
}) {
  const { lang } = props;
  const show = (path: string, value: unknown) =>
    formatFieldValue(path, value, lang, props.version, props.labels);
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{o('facts', lang)}</h2>
      <p>{o('factsIntro', lang)}</p>
      {props.facts.length === 0 && <p>{o('noFacts', lang)}</p>}
      <div class="fact-cards">
        {props.facts.map((f, i) => {
          const key = `fact-${i}`;
          const draft = props.draft?.path === f.path ? props.draft : undefined;
          const latest = f.latest;
          return (
            <article class="fact" aria-labelledby={`${key}-title`} data-path={f.path}>
              <h3 id={`${key}-title`}>{f.field.label[lang]}</h3>
              <dl class="figures">
                <dt>{o('declared', lang)}</dt>
                <dd>{show(f.path, f.declared)}</dd>
                <dt>{o('readBy', lang)}</dt>
                <dd>{f.criteria.map((c) => c.title[lang]).join('; ')}</dd>
                <dt>{o('verification', lang)}</dt>
                <dd class={latest ? 'outcome-pass' : 'outcome-unknown'}>
                  {latest
                    ? o(latest.corrected ? 'correctedBy' : 'verifiedBy', lang, {
                        value: show(f.path, latest.value),
                        who: latest.actor,
                        at: formatInstant(latest.at, lang, props.timeZone),
                      })
                    : o('awaiting', lang)}
                  {latest?.note && (
                    <>
                      <br />
                      <q>{latest.note}</q>
                    </>
                  )}
                </dd>
              </dl>
              {props.canVerify && (
                // Folded, so that the list of facts stays short enough to read on a phone.
                <details open={draft !== undefined}>
                  <summary>{o('verify', lang)}</summary>
                  <form method="post" action={`/officer/applications/${props.id}/verifications`}>
                    <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
                    <input type="hidden" name="path" value={f.path} />
                    <div class="field">
                      <label for={`${key}-value`}>{o('correctedValue', lang)}</label>
                      <FactInput
                        id={`${key}-value`}
                        field={f.field}
                        lang={lang}
                        version={props.version}
                        value={draft?.value}
                      />
                    </div>
                    <div class="field">
                      <label for={`${key}-note`}>{o('note', lang)}</label>
                      <textarea id={`${key}-note`} name="note" rows={2} required maxlength={2000}>
                        {draft?.note ?? ''}
                      </textarea>
                    </div>
                    <button type="submit">{o('verify', lang)}</button>
                  </form>
                </details>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
