/** `/self-check`: the form, its errors, and the result when there is one. */
import type { Lang } from '../../screening/i18n.js';
import type { PackRegistry } from '../../screening/pack-registry.js';
import type { PackContent } from '../../screening/pack-schema.js';
import { ErrorSummary } from './error-summary.js';
import type { FormErrors } from './form-errors.js';
import type { FormValues } from './parse-form.js';
import { ProposalForm } from './proposal-form.js';
import { type ResultViewProps, ScreeningResultView } from './screening-result-view.js';

export type SelfCheckPageProps = {
  lang: Lang;
  packs: PackRegistry;
  catalogues: PackContent['catalogues'];
  values: FormValues;
  errors: FormErrors;
  submitted: boolean;
  result?: Omit<ResultViewProps, 'lang' | 'packs'>;
};

export function selfCheckTitle(lang: Lang): string {
  return lang === 'vi' ? 'Tự đánh giá dự án' : 'Check a project';
}

export function SelfCheckPage(props: SelfCheckPageProps) {
  const { lang } = props;
  const vi = lang === 'vi';
  return (
    <>
      <h1>{selfCheckTitle(lang)}</h1>
      <p class="no-print">
        {vi
          ? 'Điền thông tin dự án để biết ngay dự án có đủ điều kiện không, điểm, xếp loại, lý do theo từng tiêu chí và cách nâng xếp loại. Không có thông tin nào được lưu, trừ khi bạn nộp hồ sơ.'
          : 'Fill in the project to see at once whether it is eligible, its score and band, the reason for each criterion, and what would raise its band. Nothing is stored unless you submit an application.'}{' '}
        <a href="/criteria">{vi ? 'Xem bộ tiêu chí' : 'Read the criteria'}</a>
      </p>
      {props.result && (
        <p class="flash no-print">
          <a href="#result">
            {vi ? 'Xem kết quả bên dưới biểu mẫu' : 'See the result below the form'}
          </a>
        </p>
      )}
      <ErrorSummary errors={props.errors} lang={lang} />
      <ProposalForm
        lang={lang}
        catalogues={props.catalogues}
        values={props.values}
        errors={props.errors}
        submitted={props.submitted}
      />
      {props.result && <ScreeningResultView {...props.result} packs={props.packs} lang={lang} />}
    </>
  );
}
