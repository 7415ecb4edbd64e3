/**
 * The form's inputs, each with its label (and unit), its one-line hint and its errors tied to it by
 * `aria-describedby`, so a screen reader reads the problem with the field.
 */
import type { Child } from 'hono/jsx';
import type { Lang, Text } from '../../screening/i18n.js';
import { proposalField } from '../../screening/proposal-fields.js';
import { FIELD_HINTS } from './field-hints.js';
import { inputId } from './form-layout.js';

const UNITS: Readonly<Record<string, Text>> = {
  percent: { vi: '%', en: '%' },
  USD: { vi: 'USD', en: 'USD' },
  ha: { vi: 'ha', en: 'ha' },
  years: { vi: 'năm', en: 'years' },
  persons: { vi: 'người', en: 'people' },
};

/** The field's label from the contract's metadata, with its unit: "Tỷ lệ nội địa hóa (%)". */
export function fieldLabel(path: string, lang: Lang): string {
  const field = proposalField(path);
  const label = field?.label[lang] ?? path;
  const unit = field ? UNITS[field.unit] : undefined;
  return unit ? `${label} (${unit[lang]})` : label;
}

export type InputState = {
  name: string;
  id: string;
  value: string | undefined;
  errors: readonly Text[];
  /** `aria-describedby`: the hint, then the errors. */
  describedBy: string;
  invalid: boolean;
};

export function inputState(
  name: string,
  values: Readonly<Record<string, string>>,
  errors: ReadonlyMap<string, Text[]>,
  hasHint: boolean,
): InputState {
  const id = inputId(name);
  const own = errors.get(name) ?? [];
  const describedBy = [hasHint ? `${id}-hint` : '', own.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return { name, id, value: values[name], errors: own, describedBy, invalid: own.length > 0 };
}

export function Hint({ id, text, lang }: { id: string; text: Text | undefined; lang: Lang }) {
  return text ? (
    <span class="hint" id={`${id}-hint`}>
      {text[lang]}
    </span>
  ) : null;
}

export function Errors({ state, lang }: { state: InputState; lang: Lang }) {
  if (state.errors.length === 0) return null;
  return (
    <span class="error" id={`${state.id}-error`}>
      {lang === 'vi' ? 'Lỗi: ' : 'Error: '}
      {state.errors.map((e) => e[lang]).join(' ')}
    </span>
  );
}

/** Common attributes of a control: name, id, description and invalid state. */
export function aria(state: InputState) {
  return {
    id: state.id,
    name: state.name,
    'aria-describedby': state.describedBy || undefined,
    'aria-invalid': state.invalid ? 'true' : undefined,
  };
}

/** A labelled field: label, hint, errors, then the control. */
export function Field(props: {
  state: InputState;
  label: string;
  hint: Text | undefined;
  optional?: boolean;
  lang: Lang;
  children: Child;
}) {
  const { state, lang } = props;
  return (
    <div class="field">
      <label for={state.id}>
        {props.label}
        {props.optional && (
          <span class="optional"> {lang === 'vi' ? '(không bắt buộc)' : '(optional)'}</span>
        )}
      </label>
      <Hint id={state.id} text={props.hint} lang={lang} />
      <Errors state={state} lang={lang} />
      {props.children}
    </div>
  );
}

/** A yes/no field: the box before its label, as people expect a checkbox. */
export function CheckField({ path, state, lang }: { path: string; state: InputState; lang: Lang }) {
  return (
    <div class="field">
      <div class="check">
        <input type="checkbox" value="true" checked={state.value !== undefined} {...aria(state)} />
        <label for={state.id}>{fieldLabel(path, lang)}</label>
      </div>
      <Hint id={state.id} text={FIELD_HINTS[path]} lang={lang} />
      <Errors state={state} lang={lang} />
    </div>
  );
}

/** The enumerated values of a contract field, with a first choice for "not chosen" or "none". */
export function ChoiceOptions(props: {
  path: string;
  value: string | undefined;
  empty: Text;
  lang: Lang;
}) {
  const values = proposalField(props.path)?.values ?? {};
  return (
    <>
      <option value="" selected={!props.value}>
        {props.empty[props.lang]}
      </option>
      {Object.entries(values).map(([v, label]) => (
        <option value={v} selected={props.value === v}>
          {label[props.lang]}
        </option>
      ))}
    </>
  );
}
