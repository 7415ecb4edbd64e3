/**
 * The self-check result below the form: headline, notices, every criterion with its reason and
 * basis, the incentives (informational), and the ranked changes that would raise the score. Prints
 * on its own: print.css hides the form and the buttons.
 */
import type { Lang } from '../../screening/i18n.js';
import type { PackRegistry } from '../../screening/pack-registry.js';
import type { ScreeningResult } from '../../screening/screening-result.js';
import { BasisList } from '../basis-list.js';
import { KIND_LABELS, outcomeView } from '../screening-labels.js';
import { ApplyForm } from './apply-form.js';
import { bandLabelOf } from './band-label.js';
import { improvementLine } from './improvement-line.js';
import type { FormValues } from './parse-form.js';
import { ScreeningHeadline } from './screening-headline.js';

export type ResultViewProps = {
  result: ScreeningResult;
  packs: PackRegistry;
  lang: Lang;
  /** The proposal as posted, carried by the apply form; absent when there is no database. */
  apply?: { values: FormValues; idempotencyKey: string };
  projectName: string;
  investorName: string;
};

export function ScreeningResultView(props: ResultViewProps) {
  const { result, lang } = props;
  const vi = lang === 'vi';
  return (
    <section id="result" class="result" aria-labelledby="result-title" tabindex={-1}>
      <h2 id="result-title">{vi ? 'Kết quả tự đánh giá' : 'Self-check result'}</h2>
      <p class="print-only">
        {vi ? 'Dự án' : 'Project'}: {props.projectName} — {vi ? 'Nhà đầu tư' : 'Investor'}:{' '}
        {props.investorName}
      </p>
      <ScreeningHeadline result={result} lang={lang} />
      <div class="actions no-print">
        <button type="button" class="secondary" id="print-button" hidden>
          {vi ? 'In kết quả' : 'Print the result'}
        </button>
        {props.apply && <ApplyForm {...props.apply} lang={lang} />}
      </div>
      {result.notices.map((n) => (
        <div class="notice">
          <p>{n.text[lang]}</p>
          <BasisList basis={n.basis} />
        </div>
      ))}
      <CriteriaTable result={result} lang={lang} />
      <Incentives result={result} lang={lang} />
      <Improvements {...props} />
      <p class="muted">
        {vi
          ? 'Kết quả tự đánh giá dựa trên thông tin nhà đầu tư khai báo và chỉ để tham khảo; cán bộ xác minh các thông tin được đánh dấu “cần chứng từ”.'
          : 'A self-check rests on the investor’s declarations and is informational; officers verify the items marked “needs evidence”.'}
      </p>
    </section>
  );
}

function CriteriaTable({ result, lang }: { result: ScreeningResult; lang: Lang }) {
  const vi = lang === 'vi';
  return (
    <>
      <h3>{vi ? 'Các tiêu chí' : 'The criteria'}</h3>
      <div class="table-wrap">
        <table class="criteria">
          <caption class="muted">
            {vi
              ? `${result.criteria.length} tiêu chí, theo thứ tự của bộ tiêu chí`
              : `${result.criteria.length} criteria, in the pack’s order`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{vi ? 'Kết quả' : 'Outcome'}</th>
              <th scope="col" class="num">
                {vi ? 'Điểm' : 'Points'}
              </th>
              <th scope="col">{vi ? 'Tiêu chí' : 'Criterion'}</th>
              <th scope="col">{vi ? 'Lý do' : 'Reason'}</th>
              <th scope="col">{vi ? 'Căn cứ' : 'Basis'}</th>
            </tr>
          </thead>
          <tbody>
            {result.criteria.map((c) => {
              const outcome = outcomeView(c.kind, c.outcome);
              return (
                <tr id={`criterion-${c.id}`}>
                  <td class={outcome.css}>{outcome.label[lang]}</td>
                  <td class="num">{c.kind === 'score' ? `${c.points}/${c.maxPoints}` : '—'}</td>
                  <td>
                    {c.title[lang]} <span class="tag">{KIND_LABELS[c.kind][lang]}</span>
                    {c.declared && (
                      <>
                        {' '}
                        <span class="tag">{vi ? 'cần chứng từ' : 'needs evidence'}</span>
                      </>
                    )}
                  </td>
                  <td>{c.reason[lang]}</td>
                  <td>
                    <BasisList basis={c.basis} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Incentives({ result, lang }: { result: ScreeningResult; lang: Lang }) {
  const vi = lang === 'vi';
  return (
    <>
      <h3>{vi ? 'Ưu đãi có thể được hưởng' : 'Incentives the project may qualify for'}</h3>
      <p class="muted">
        {vi
          ? 'Chỉ để tham khảo: nhà đầu tư tự xác định và đề nghị hưởng ưu đãi theo quy định của pháp luật; danh sách này không phải quyết định cấp ưu đãi.'
          : 'For information only: the investor determines and claims incentives under the law; this list does not grant any.'}
      </p>
      {result.incentives.length === 0 ? (
        <p>{vi ? 'Không có dấu hiệu ưu đãi nào.' : 'No incentive applies by rule.'}</p>
      ) : (
        <ul>
          {result.incentives.map((i) => (
            <li>
              {i.title[lang]}
              <BasisList basis={i.basis} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Improvements({ result, packs, lang }: ResultViewProps) {
  const vi = lang === 'vi';
  return (
    <>
      <h3>{vi ? 'Cách nâng điểm và xếp loại' : 'How to raise the score and band'}</h3>
      {result.improvements.length === 0 ? (
        <p>
          {vi
            ? 'Không có thay đổi nào trong các thông tin có thể điều chỉnh giúp nâng điểm.'
            : 'No change to the inputs you can adjust would raise the score.'}
        </p>
      ) : (
        <ol class="improvements">
          {result.improvements.map((imp) => (
            <li>
              {improvementLine(
                imp,
                bandLabelOf(packs, result, imp.bandAfter),
                result.band.id,
                lang,
              )}
              <BasisList basis={imp.basis} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
