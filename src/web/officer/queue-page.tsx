/** `/officer`: the queue of applications, with filters and a "next page" link that keeps them. */
import type { ApplicationSummary } from '../../applications/application-view.js';
import { STATUSES } from '../../applications/status.js';
import { formatNumber } from '../../screening/format-value.js';
import type { Lang, Text } from '../../screening/i18n.js';
import type { PackRegistry } from '../../screening/pack-registry.js';
import { countryName } from '../country-name.js';
import { formatDate } from '../format-date.js';
import { formatUsd } from '../format-usd.js';
import { type Flash, FlashMessage } from './flash.js';
import { OfficerBar } from './officer-bar.js';
import { o, STATUS_WORDS } from './officer-texts.js';
import { areaLabel, bandLabel, latestVersion } from './pack-labels.js';
import { type FilterProblem, type FilterValues, queueHref } from './queue-filters.js';
import type { OfficerSession } from './session.js';

export type QueueProps = {
  lang: Lang;
  session: OfficerSession;
  packs: PackRegistry;
  values: FilterValues;
  flash?: Flash | undefined;
  /** Absent when the filters are not valid. */
  page?: { items: ApplicationSummary[]; nextCursor: string | null; paged: boolean };
  problems?: FilterProblem[];
  error?: Text;
};

function Select(props: {
  name: keyof FilterValues;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  lang: Lang;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name}>
        <option value="">{o('any', props.lang)}</option>
        {props.options.map((opt) => (
          <option value={opt.value} selected={props.value === opt.value}>
            {opt.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Input(props: {
  name: keyof FilterValues;
  label: string;
  value: string | undefined;
  type?: 'text' | 'date' | 'search';
  invalid: boolean;
}) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <input
        type={props.type ?? 'text'}
        id={`f-${props.name}`}
        name={props.name}
        value={props.value ?? ''}
        aria-invalid={props.invalid ? 'true' : undefined}
      />
    </div>
  );
}

function Filters({ lang, packs, values, problems }: QueueProps) {
  const meta = latestVersion(packs, packs.defaultPackId)?.content;
  const bands = meta ? [...meta.meta.bands, meta.meta.ineligibleBand] : [];
  const bad = new Set((problems ?? []).map((p) => p.field));
  const yesNo = [
    { value: 'true', label: o('yes', lang) },
    { value: 'false', label: o('no', lang) },
  ];
  return (
    <form method="get" action="/officer" class="filters">
      <fieldset>
        <legend>{o('filters', lang)}</legend>
        <div class="filter-grid">
          <Input
            name="q"
            label={o('q', lang)}
            value={values.q}
            type="search"
            invalid={bad.has('q')}
          />
          <Select
            name="status"
            label={o('status', lang)}
            value={values.status}
            lang={lang}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_WORDS[s]?.[lang] ?? s }))}
          />
          <Select
            name="band"
            label={o('band', lang)}
            value={values.band}
            lang={lang}
            options={bands.map((b) => ({ value: b.id, label: b.label[lang] }))}
          />
          <Select
            name="eligible"
            label={o('eligible', lang)}
            value={values.eligible}
            lang={lang}
            options={yesNo}
          />
          <Select
            name="reviewRequired"
            label={o('reviewRequired', lang)}
            value={values.reviewRequired}
            lang={lang}
            options={yesNo}
          />
          <Input
            name="country"
            label={o('country', lang)}
            value={values.country}
            invalid={bad.has('country')}
          />
          <Input
            name="sector"
            label={o('sector', lang)}
            value={values.sector}
            invalid={bad.has('sector')}
          />
          <Select
            name="area"
            label={o('area', lang)}
            value={values.area}
            lang={lang}
            options={(meta?.catalogues.areas ?? []).map((a) => ({
              value: a.id,
              label: a.name[lang],
            }))}
          />
          <Input
            name="from"
            label={o('from', lang)}
            value={values.from}
            type="date"
            invalid={bad.has('from')}
          />
          <Input
            name="to"
            label={o('to', lang)}
            value={values.to}
            type="date"
            invalid={bad.has('to')}
          />
        </div>
        <button type="submit">{o('apply', lang)}</button> <a href="/officer">{o('clear', lang)}</a>
      </fieldset>
    </form>
  );
}

function yesNo(v: boolean, lang: Lang) {
  return v ? o('yes', lang) : o('no', lang);
}

function QueueTable({ lang, packs, page }: QueueProps & { page: NonNullable<QueueProps['page']> }) {
  if (page.items.length === 0) return <p>{o('none', lang)}</p>;
  return (
    <div class="table-wrap">
      <table class="queue stack">
        <thead>
          <tr>
            <th scope="col">{o('project', lang)}</th>
            <th scope="col">{o('investor', lang)}</th>
            <th scope="col">{o('countryCol', lang)}</th>
            <th scope="col">{o('area', lang)}</th>
            <th scope="col" class="num">
              {o('capital', lang)}
            </th>
            <th scope="col">{o('submittedOn', lang)}</th>
            <th scope="col">{o('status', lang)}</th>
            <th scope="col">{o('band', lang)}</th>
            <th scope="col" class="num">
              {o('score', lang)}
            </th>
            <th scope="col">{o('eligible', lang)}</th>
            <th scope="col">{o('reviewRequired', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((a) => (
            <tr data-id={a.id}>
              <th scope="row">
                <a href={`/officer/applications/${a.id}`}>{a.projectName}</a>
              </th>
              <td data-label={o('investor', lang)}>{a.investorName}</td>
              <td data-label={o('countryCol', lang)}>{countryName(a.country, lang)}</td>
              <td data-label={o('area', lang)}>
                {areaLabel(packs, a.packId, a.area)?.[lang] ?? a.area}
              </td>
              <td class="num" data-label={o('capital', lang)}>
                {formatUsd(a.capitalUsd, lang)}
              </td>
              <td data-label={o('submittedOn', lang)}>{formatDate(a.submittedOn, lang)}</td>
              <td data-label={o('status', lang)}>{STATUS_WORDS[a.status]?.[lang] ?? a.status}</td>
              <td data-label={o('band', lang)}>
                {bandLabel(packs, a.packId, a.band)?.[lang] ?? a.band}
              </td>
              <td class="num" data-label={o('score', lang)}>
                {formatNumber(a.score, lang)}
              </td>
              <td data-label={o('eligible', lang)}>{yesNo(a.eligible, lang)}</td>
              <td data-label={o('reviewRequired', lang)}>{yesNo(a.reviewRequired, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QueuePage(props: QueueProps) {
  const { lang } = props;
  return (
    <>
      <OfficerBar session={props.session} lang={lang} />
      <h1>{o('queue', lang)}</h1>
      <FlashMessage flash={props.flash} lang={lang} />
      {(props.problems || props.error) && (
        <div class="errors-summary" role="alert">
          <h2>{o('badFilter', lang)}</h2>
          <ul>
            {(props.problems ?? []).map((p) => (
              <li>{o('badValue', lang, { field: p.label[lang] })}</li>
            ))}
            {props.error && <li>{props.error[lang]}</li>}
          </ul>
        </div>
      )}
      <Filters {...props} />
      {props.page && <QueueTable {...props} page={props.page} />}
      {props.page && (props.page.nextCursor || props.page.paged) && (
        <nav class="pager" aria-label={o('queue', lang)}>
          {props.page.paged && <a href={queueHref(props.values)}>{o('first', lang)}</a>}{' '}
          {props.page.nextCursor && (
            <a rel="next" href={queueHref(props.values, props.page.nextCursor)}>
              {o('next', lang)}
            </a>
          )}
        </nav>
      )}
    </>
  );
}
