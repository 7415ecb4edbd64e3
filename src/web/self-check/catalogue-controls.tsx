/**
 * The controls whose choices come from the pack's catalogues: the area, the park (every park,
 * grouped by area so the form works without a script; `park-filter.js` then hides other areas'
 * parks), and the sector codes searched by code or name through one shared datalist.
 */
import type { Lang, Text } from '../../screening/i18n.js';
import type { PackContent } from '../../screening/pack-schema.js';
import { FIELD_HINTS } from './field-hints.js';
import {
  aria,
  Errors,
  Field,
  fieldLabel,
  Hint,
  type InputState,
  inputState,
} from './form-controls.js';
import { inputId, sectorInput } from './form-layout.js';

type Catalogues = PackContent['catalogues'];
type Values = Readonly<Record<string, string>>;
type ErrorMap = ReadonlyMap<string, Text[]>;

const SECTOR_LIST_ID = 'vsic-codes';

const CHOOSE: Text = { vi: '— Chọn địa bàn —', en: '— Choose an area —' };
const OUTSIDE: Text = {
  vi: 'Ngoài khu, cụm công nghiệp',
  en: 'Outside industrial parks and clusters',
};
const NO_AREA: Text = { vi: 'Chưa rõ địa bàn', en: 'Area not recorded' };

export function AreaSelect(props: { state: InputState; catalogues: Catalogues; lang: Lang }) {
  const { state, lang } = props;
  return (
    <Field
      state={state}
      label={fieldLabel('site.area', lang)}
      hint={FIELD_HINTS['site.area']}
      lang={lang}
    >
      <select {...aria(state)} data-park-filter-area>
        <option value="" selected={!state.value}>
          {CHOOSE[lang]}
        </option>
        {props.catalogues.areas.map((a) => (
          <option value={a.id} selected={state.value === a.id}>
            {a.name[lang]}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ParkSelect(props: { state: InputState; catalogues: Catalogues; lang: Lang }) {
  const { state, catalogues, lang } = props;
  const areaIds = new Set(catalogues.areas.map((a) => a.id));
  const groups = [
    ...catalogues.areas.map((a) => ({
      area: a.id,
      label: a.name[lang],
      parks: catalogues.parks.filter((p) => p.area === a.id),
    })),
    {
      area: '',
      label: NO_AREA[lang],
      parks: catalogues.parks.filter((p) => p.area === null || !areaIds.has(p.area)),
    },
  ].filter((g) => g.parks.length > 0);
  return (
    <Field
      state={state}
      label={fieldLabel('site.industrialPark', lang)}
      hint={FIELD_HINTS['site.industrialPark']}
      lang={lang}
    >
      <select {...aria(state)} data-park-filter-parks>
        <option value="" selected={!state.value}>
          {OUTSIDE[lang]}
        </option>
        {groups.map((g) => (
          <optgroup label={g.label} data-area={g.area}>
            {g.parks.map((p) => (
              <option value={p.id} selected={state.value === p.id}>
                {p.name[lang]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

/** Main activity and up to four other codes, grouped under one legend with one hint. */
export function SectorInputs(props: {
  count: number;
  values: Values;
  errors: ErrorMap;
  lang: Lang;
}) {
  const { lang } = props;
  const hintId = `${inputId('project.sectorCodes')}-hint`;
  return (
    <fieldset class="sectors">
      <legend>{fieldLabel('project.sectorCodes', lang)}</legend>
      <Hint
        id={inputId('project.sectorCodes')}
        text={FIELD_HINTS['project.sectorCodes']}
        lang={lang}
      />
      {Array.from({ length: props.count }, (_, i) => {
        const state = inputState(sectorInput(i), props.values, props.errors, false);
        const describedBy = [hintId, state.describedBy].filter(Boolean).join(' ');
        return (
          <div class="field">
            <label for={state.id}>
              {i === 0
                ? lang === 'vi'
                  ? 'Ngành chính'
                  : 'Main activity'
                : lang === 'vi'
                  ? `Ngành khác ${i} (không bắt buộc)`
                  : `Other activity ${i} (optional)`}
            </label>
            <Errors state={state} lang={lang} />
            <input
              type="text"
              {...aria(state)}
              aria-describedby={describedBy}
              list={SECTOR_LIST_ID}
              autocomplete="off"
              maxlength={300}
              value={state.value ?? ''}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

/** The catalogue's divisions and classes: each option reads "code — name", searchable by either. */
export function SectorDatalist({ catalogues, lang }: { catalogues: Catalogues; lang: Lang }) {
  return (
    <datalist id={SECTOR_LIST_ID}>
      {catalogues.sectors
        .filter((s) => /^\d+$/.test(s.code))
        .map((s) => (
          <option value={`${s.code} — ${s.name[lang]}`} />
        ))}
    </datalist>
  );
}
