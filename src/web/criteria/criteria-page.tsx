/**
 * `/criteria`: a pack version as an investor reads it — what it is, where it comes from, every
 * criterion by kind, the bands and their cut-offs, and the notices that qualify it.
 */
import type { Labels } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackMeta } from '../../screening/pack-schema.js';
import type { PublishedPack } from '../../screening/publish-pack.js';
import { BasisList } from '../basis-list.js';
import { OUTCOME_LABELS } from '../screening-labels.js';
import { BandsTable } from './bands-table.js';
import { ChangesSection, type ChangesSectionProps, SinceForm } from './changes-section.js';
import { BASIS_KIND_LABELS, KIND_GROUPS, VERIFICATION_LABELS } from './criteria-labels.js';
import { CriterionSection } from './criterion-section.js';

export type CriteriaPageProps = {
  pack: PublishedPack;
  notices: NonNullable<PackMeta['notices']>;
  labels: Labels;
  /** Every version of the pack, to move between them. */
  versions: { version: string; effectiveFrom: string }[];
  /** "What changed since version X", when asked for. */
  changes?: Omit<ChangesSectionProps, 'shown' | 'labels' | 'lang'>;
  lang: Lang;
};

export function CriteriaPage(props: CriteriaPageProps) {
  const { pack, lang } = props;
  const vi = lang === 'vi';
  return (
    <>
      <h1>{pack.title[lang]}</h1>
      <dl class="facts">
        <dt>{vi ? 'Bộ tiêu chí' : 'Rule pack'}</dt>
        <dd>{pack.id}</dd>
        <dt>{vi ? 'Phiên bản' : 'Version'}</dt>
        <dd>{pack.version}</dd>
        <dt>{vi ? 'Hiệu lực' : 'In force'}</dt>
        <dd>
          {vi ? 'từ' : 'from'} {pack.effectiveFrom}
          {pack.effectiveTo ? ` ${vi ? 'đến' : 'to'} ${pack.effectiveTo}` : ''}
          {vi ? `; ngưỡng tính theo ngày ${pack.asOf}` : `; thresholds as of ${pack.asOf}`}
        </dd>
        <dt>{vi ? 'Mã băm' : 'Hash'}</dt>
        <dd>
          <code class="hash">{pack.hash}</code>
        </dd>
        <dt>{vi ? 'Cơ quan' : 'Authority'}</dt>
        <dd>
          {pack.authority.name[lang]}
          {pack.authority.note && <span class="muted"> — {pack.authority.note[lang]}</span>}
        </dd>
        <dt>{vi ? 'Địa bàn' : 'Jurisdiction'}</dt>
        <dd>
          {pack.jurisdiction.name[lang]}
          {pack.jurisdiction.note && <span class="muted"> — {pack.jurisdiction.note[lang]}</span>}
        </dd>
      </dl>
      <p>{pack.description[lang]}</p>
      {pack.transition && <p class="notice">{pack.transition[lang]}</p>}
      <p>
        <a href="/criteria/changelog">{vi ? 'Nhật ký thay đổi' : 'Changelog'}</a>
        {' · '}
        <a href="/self-check">{vi ? 'Tự đánh giá dự án' : 'Check a project'}</a>
        {' · '}
        <a href={`/api/v1/rule-packs/${pack.id}?version=${pack.version}`}>
          {vi ? 'Dữ liệu JSON' : 'As JSON'}
        </a>
      </p>
      {props.versions.length > 1 && (
        <p>
          {vi ? 'Các phiên bản:' : 'Versions:'}{' '}
          {props.versions.map((v, i) => (
            <>
              {i > 0 && ', '}
              <a
                href={`/criteria?version=${encodeURIComponent(v.version)}`}
                aria-current={v.version === pack.version ? 'page' : undefined}
              >
                {v.version} ({v.effectiveFrom})
              </a>
            </>
          ))}
        </p>
      )}
      <SinceForm
        shown={pack.version}
        since={props.changes?.since}
        versions={props.versions}
        lang={lang}
      />
      {props.changes && (
        <ChangesSection {...props.changes} shown={pack.version} labels={props.labels} lang={lang} />
      )}
      <Notices notices={props.notices} lang={lang} />
      <h2>{vi ? 'Cách đọc các ngưỡng' : 'Reading the thresholds'}</h2>
      <ul>
        {Object.values(BASIS_KIND_LABELS).map((l) => (
          <li>{l[lang]}</li>
        ))}
      </ul>
      {KIND_GROUPS.map((g) => {
        const criteria = pack.criteria.filter((c) => c.kind === g.kind);
        if (criteria.length === 0) return null;
        return (
          <section aria-labelledby={`kind-${g.kind}`}>
            <h2 id={`kind-${g.kind}`}>
              {g.title[lang]} ({criteria.length})
            </h2>
            <p class="muted">{g.effect[lang]}</p>
            {criteria.map((c) => (
              <CriterionSection criterion={c} labels={props.labels} lang={lang} />
            ))}
          </section>
        );
      })}
      <h2>{vi ? 'Xếp loại' : 'Bands'}</h2>
      <BandsTable pack={pack} lang={lang} />
      <h2>{vi ? 'Nguồn' : 'Sources'}</h2>
      <ul>
        {pack.sources.map((s) => (
          <li>
            {s.url ? <a href={s.url}>{s.doc}</a> : s.doc} ({s.date}): {s.title[lang]}{' '}
            <span class="muted">— {VERIFICATION_LABELS[s.verification][lang]}</span>
          </li>
        ))}
      </ul>
      <p class="muted">
        {vi
          ? `Kết quả “${OUTCOME_LABELS.unknown.vi}” nghĩa là dự án chưa khai báo thông tin tiêu chí cần.`
          : `An outcome of “${OUTCOME_LABELS.unknown.en}” means the proposal lacks information the criterion needs.`}
      </p>
    </>
  );
}

function Notices({ notices, lang }: { notices: CriteriaPageProps['notices']; lang: Lang }) {
  if (notices.length === 0) return null;
  const vi = lang === 'vi';
  return (
    <>
      <h2>{vi ? 'Lưu ý' : 'Notices'}</h2>
      {notices.map((n) => (
        <div class="notice">
          <p class="muted">
            {vi ? 'Từ' : 'From'} {n.from}
            {n.to ? ` ${vi ? 'đến' : 'to'} ${n.to}` : ''}
          </p>
          <p>{n.text[lang]}</p>
          <BasisList basis={n.basis} />
        </div>
      ))}
    </>
  );
}
