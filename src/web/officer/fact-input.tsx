/**
 * The input for an officer's correction of one declared fact, shaped by the field: a choice for
 * yes/no, enumerations, areas and parks (so only valid ids can be picked), a text box otherwise.
 * The first choice, or an empty box, keeps the declared value.
 */

import { formatValue } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import type { ProposalField } from '../../screening/proposal-fields.js';
import { NONE } from './field-value.js';
import { o } from './officer-texts.js';

type Option = { value: string; label: string };

function choices(
  field: ProposalField,
  lang: Lang,
  version: PackVersion | undefined,
): Option[] | undefined {
  const none = field.nullable
    ? [{ value: NONE, label: formatValue(null, field.unit, lang, { label: () => undefined }) }]
    : [];
  if (field.unit === 'flag') {
    return [
      { value: 'true', label: o('yes', lang) },
      { value: 'false', label: o('no', lang) },
    ];
  }
  if (field.values) {
    return [
      ...Object.entries(field.values).map(([value, label]) => ({ value, label: label[lang] })),
      ...none,
    ];
  }
  const catalogues = version?.content.catalogues;
  if (field.unit === 'park' && catalogues) {
    return [...catalogues.parks.map((p) => ({ value: p.id, label: p.name[lang] })), ...none];
  }
  if (field.unit === 'area' && catalogues) {
    return catalogues.areas.map((a) => ({ value: a.id, label: a.name[lang] }));
  }
  return undefined;
}

export function FactInput(props: {
  id: string;
  field: ProposalField;
  lang: Lang;
  version: PackVersion | undefined;
  value?: string | undefined;
}) {
  const { field, lang } = props;
  const options = choices(field, lang, props.version);
  if (options) {
    return (
      <select id={props.id} name="value">
        <option value="">{o('keepDeclared', lang)}</option>
        {options.map((opt) => (
          <option value={opt.value} selected={props.value === opt.value}>
            {opt.label}
          </option>
        ))}
      </select>
    );
  }
  const numeric = ['USD', 'percent', 'ha', 'persons', 'count', 'years'].includes(field.unit);
  return (
    <input
      type="text"
      id={props.id}
      name="value"
      value={props.value ?? ''}
      inputmode={numeric ? 'decimal' : undefined}
      autocomplete="off"
    />
  );
}
