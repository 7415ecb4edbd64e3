/**
 * The proposal form, grouped as the contract is, with the values entered kept and every error
 * beside its field. `novalidate`: the server's messages (in the page's language, naming the rule)
 * are the ones shown, not the browser's.
 */
import type { Lang, Text } from '../../screening/i18n.js';
import type { PackContent } from '../../screening/pack-schema.js';
import { AreaSelect, ParkSelect, SectorDatalist, SectorInputs } from './catalogue-controls.js';
import { FIELD_HINTS } from './field-hints.js';
import {
  aria,
  CheckField,
  ChoiceOptions,
  Field,
  fieldLabel,
  type InputState,
  inputState,
} from './form-controls.js';
import type { FormErrors } from './form-errors.js';
import { FORM_GROUPS, type FormField } from './form-layout.js';
import type { FormValues } from './parse-form.js';

const CHOOSE: Text = { vi: '— Chọn —', en: '— Choose —' };
const NONE: Text = { vi: 'Không có', en: 'None' };

export type ProposalFormProps = {
  lang: Lang;
  catalogues: PackContent['catalogues'];
  values: FormValues;
  errors: FormErrors;
  /** Set when the page answers a posted form: the language switch then re-posts it. */
  submitted: boolean;
};

export function ProposalForm(props: ProposalFormProps) {
  const { lang } = props;
  return (
    <form
      id="self-check-form"
      method="post"
      action="/self-check#result"
      novalidate
      data-keep-on-language-switch
      data-submitted={props.submitted ? 'true' : undefined}
    >
      <p class="muted">
        {lang === 'vi'
          ? 'Các trường không ghi “không bắt buộc” đều cần điền. Số thập phân dùng dấu chấm, ví dụ 12.5.'
          : 'Fields not marked “optional” are required. Use a dot for decimals, e.g. 12.5.'}
      </p>
      {FORM_GROUPS.map((group) => (
        <fieldset id={`group-${group.id}`}>
          <legend>{group.legend[lang]}</legend>
          {group.fields.map((field) => (
            <FieldControl field={field} {...props} />
          ))}
        </fieldset>
      ))}
      <SectorDatalist catalogues={props.catalogues} lang={lang} />
      <button type="submit">{lang === 'vi' ? 'Kiểm tra dự án' : 'Check the project'}</button>
    </form>
  );
}

function FieldControl(props: ProposalFormProps & { field: FormField }) {
  const { field, lang, values, errors, catalogues } = props;
  const c = field.control;
  if (c.kind === 'sectors') {
    return <SectorInputs count={c.count} values={values} errors={errors.byInput} lang={lang} />;
  }
  const hint = FIELD_HINTS[field.path];
  const state = inputState(field.path, values, errors.byInput, hint !== undefined);
  switch (c.kind) {
    case 'check':
      return <CheckField path={field.path} state={state} lang={lang} />;
    case 'area':
      return <AreaSelect state={state} catalogues={catalogues} lang={lang} />;
    case 'park':
      return <ParkSelect state={state} catalogues={catalogues} lang={lang} />;
    default:
      return (
        <Field
          state={state}
          label={fieldLabel(field.path, lang)}
          hint={hint}
          optional={field.optional}
          lang={lang}
        >
          <PlainControl field={field} state={state} lang={lang} />
        </Field>
      );
  }
}

function PlainControl({ field, state, lang }: { field: FormField; state: InputState; lang: Lang }) {
  const c = field.control;
  const value = state.value ?? '';
  switch (c.kind) {
    case 'text':
      return (
        <input
          type="text"
          {...aria(state)}
          value={value}
          maxlength={c.maxLength}
          autocapitalize={c.upperCase ? 'characters' : undefined}
          size={c.maxLength <= 2 ? 4 : undefined}
        />
      );
    case 'textarea':
      return (
        <textarea {...aria(state)} rows={3} maxlength={c.maxLength}>
          {value}
        </textarea>
      );
    case 'number':
      return (
        <input
          type="number"
          {...aria(state)}
          value={value}
          inputmode={c.integer ? 'numeric' : 'decimal'}
          step={c.integer ? '1' : 'any'}
          min="0"
          max={c.max}
        />
      );
    case 'date':
      return <input type="date" {...aria(state)} value={value} />;
    case 'choice':
      return (
        <select {...aria(state)}>
          <ChoiceOptions
            path={field.path}
            value={state.value}
            empty={c.empty === 'null' ? NONE : CHOOSE}
            lang={lang}
          />
        </select>
      );
    default:
      return null;
  }
}
