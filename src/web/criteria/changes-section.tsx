/**
 * "What changed since version X" on `/criteria`: the changes each later version declares (what,
 * for which submission dates, which criteria, on what basis), then the differences computed from
 * the two versions' content, which cannot be forgotten or misstated.
 */

import type { ItemChange, ParameterValueStep, VersionDiff } from '../../screening/diff-versions.js';
import type { Labels } from '../../screening/format-value.js';
import { formatValue } from '../../screening/format-value.js';
import type { Lang, Text } from '../../screening/i18n.js';
import type { PackMeta } from '../../screening/pack-schema.js';
import { BasisList } from '../basis-list.js';

type Declared = {
  version: string;
  effectiveFrom: string;
  changes: NonNullable<PackMeta['changes']>;
}[];

const KIND_LABELS: Readonly<Record<NonNullable<PackMeta['changes']>[number]['kind'], Text>> = {
  added: { vi: 'Bổ sung', en: 'Added' },
  changed: { vi: 'Sửa đổi', en: 'Changed' },
  removed: { vi: 'Bãi bỏ', en: 'Removed' },
  notice: { vi: 'Lưu ý', en: 'Notice' },
};

const ITEM_LABELS: Readonly<Record<ItemChange, Text>> = {
  added: { vi: 'mới', en: 'new' },
  removed: { vi: 'bỏ', en: 'removed' },
  changed: { vi: 'sửa', en: 'changed' },
};

export type ChangesSectionProps = {
  since: string;
  shown: string;
  declared: Declared;
  diff: VersionDiff;
  labels: Labels;
  lang: Lang;
};

function Steps(props: { steps: ParameterValueStep[]; unit: string; labels: Labels; lang: Lang }) {
  if (props.steps.length === 0) return <>—</>;
  const vi = props.lang === 'vi';
  return (
    <>
      {props.steps
        .map(
          (s) =>
            `${formatValue(s.value, props.unit, props.lang, props.labels)} (${vi ? 'từ' : 'from'} ${s.from})`,
        )
        .join('; ')}
    </>
  );
}

export function ChangesSection(props: ChangesSectionProps) {
  const { diff, lang } = props;
  const vi = lang === 'vi';
  const criterionLink = (id: string, title: Text, change: ItemChange) =>
    change === 'removed' ? <s>{title[lang]}</s> : <a href={`#criterion-${id}`}>{title[lang]}</a>;
  const nothing =
    props.declared.every((d) => d.changes.length === 0) &&
    diff.criteria.length === 0 &&
    diff.parameters.length === 0 &&
    diff.sectorLists.length === 0 &&
    !diff.bandsChanged &&
    !diff.areasChanged &&
    !diff.parksChanged;
  return (
    <section aria-labelledby="changes-since" class="changes">
      <h2 id="changes-since">
        {vi
          ? `Thay đổi từ phiên bản ${props.since} đến ${props.shown}`
          : `What changed from version ${props.since} to ${props.shown}`}
      </h2>
      {nothing && <p>{vi ? 'Không có thay đổi.' : 'Nothing changed.'}</p>}
      {props.declared.map((d) => (
        <>
          <h3>
            {vi ? 'Phiên bản' : 'Version'} {d.version} ({vi ? 'từ' : 'from'} {d.effectiveFrom})
          </h3>
          {d.changes.length === 0 ? (
            <p class="muted">
              {vi
                ? 'Phiên bản này không ghi lại thay đổi; xem phần so sánh bên dưới.'
                : 'This version declares no changes; see the comparison below.'}
            </p>
          ) : (
            <ul>
              {d.changes.map((ch) => (
                <li>
                  <strong>{KIND_LABELS[ch.kind][lang]}:</strong> {ch.what[lang]}{' '}
                  <span class="muted">
                    {vi ? 'Hồ sơ nộp từ' : 'Submissions from'} {ch.datesAffected.from}
                    {ch.datesAffected.to ? ` ${vi ? 'đến' : 'to'} ${ch.datesAffected.to}` : ''}
                    {ch.criteria.length > 0 &&
                      `; ${vi ? 'tiêu chí' : 'criteria'}: ${ch.criteria.join(', ')}`}
                  </span>
                  {ch.basis && <BasisList basis={ch.basis} />}
                </li>
              ))}
            </ul>
          )}
        </>
      ))}
      <h3>{vi ? 'So sánh nội dung hai phiên bản' : 'The two versions compared'}</h3>
      {diff.criteria.length > 0 && (
        <>
          <p>{vi ? 'Tiêu chí:' : 'Criteria:'}</p>
          <ul>
            {diff.criteria.map((c) => (
              <li data-criterion={c.id}>
                {ITEM_LABELS[c.change][lang]} — {criterionLink(c.id, c.title, c.change)}
                {c.wordingOnly && (
                  <span class="muted">
                    {vi
                      ? ' (chỉ sửa lời văn hoặc căn cứ; cách chấm không đổi)'
                      : ' (texts or basis only; judged the same)'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.parameters.length > 0 && (
        <table>
          <caption>{vi ? 'Tham số thay đổi' : 'Parameters changed'}</caption>
          <thead>
            <tr>
              <th scope="col">{vi ? 'Tham số' : 'Parameter'}</th>
              <th scope="col">{props.since}</th>
              <th scope="col">{props.shown}</th>
            </tr>
          </thead>
          <tbody>
            {diff.parameters.map((p) => (
              <tr data-parameter={p.id}>
                <th scope="row">
                  {p.description[lang]} <code>{p.id}</code>
                </th>
                <td>
                  <Steps steps={p.before} unit={p.unit} labels={props.labels} lang={lang} />
                </td>
                <td>
                  <Steps steps={p.after} unit={p.unit} labels={props.labels} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.sectorLists.length > 0 && (
        <>
          <p>{vi ? 'Danh mục ngành (mã VSIC):' : 'Sector lists (VSIC codes):'}</p>
          <ul>
            {diff.sectorLists.map((l) => (
              <li data-sector-list={l.id}>
                {ITEM_LABELS[l.change][lang]} — {l.name[lang]}
                {l.added.length > 0 && ` · ${vi ? 'thêm' : 'added'}: ${l.added.join(', ')}`}
                {l.removed.length > 0 && ` · ${vi ? 'bỏ' : 'removed'}: ${l.removed.join(', ')}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul>
        {diff.bandsChanged && (
          <li>{vi ? 'Các mức xếp loại đã thay đổi.' : 'The bands changed.'}</li>
        )}
        {diff.areasChanged && (
          <li>{vi ? 'Danh mục địa bàn đã thay đổi.' : 'The list of areas changed.'}</li>
        )}
        {diff.parksChanged && (
          <li>
            {vi
              ? 'Danh mục khu, cụm công nghiệp đã thay đổi.'
              : 'The list of industrial parks and clusters changed.'}
          </li>
        )}
        {diff.sourcesAdded.length > 0 && (
          <li>
            {vi ? 'Văn bản mới được dẫn chiếu: ' : 'Sources newly cited: '}
            {diff.sourcesAdded.join(', ')}
          </li>
        )}
        {diff.sourcesRemoved.length > 0 && (
          <li>
            {vi ? 'Văn bản không còn dẫn chiếu: ' : 'Sources no longer cited: '}
            {diff.sourcesRemoved.join(', ')}
          </li>
        )}
      </ul>
    </section>
  );
}

/** The "compare with" chooser: a plain GET form, so it works without script. */
export function SinceForm(props: {
  shown: string;
  since?: string;
  versions: { version: string; effectiveFrom: string }[];
  lang: Lang;
}) {
  const vi = props.lang === 'vi';
  const earlier = props.versions.filter((v) => v.version !== props.shown);
  if (earlier.length === 0) return null;
  return (
    <form method="get" action="/criteria" class="since">
      <input type="hidden" name="version" value={props.shown} />
      <label for="since">
        {vi ? 'Xem thay đổi so với phiên bản' : 'Show what changed since version'}
      </label>{' '}
      <select id="since" name="since">
        {earlier.map((v) => (
          <option value={v.version} selected={v.version === props.since}>
            {v.version} ({v.effectiveFrom})
          </option>
        ))}
      </select>{' '}
      <button type="submit">{vi ? 'Xem' : 'Show'}</button>
    </form>
  );
}
