/** One criterion as an investor reads it: what it asks, what it is worth, its thresholds and basis. */
import { formatValue, type Labels } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PublishedCriterion } from '../../screening/publish-pack.js';
import { BasisList } from '../basis-list.js';
import { BASIS_KIND_LABELS, VERIFICATION_LABELS } from './criteria-labels.js';

function effectOf(c: PublishedCriterion, lang: Lang): string {
  const vi = lang === 'vi';
  switch (c.kind) {
    case 'gate':
      return vi
        ? 'Không đạt: dự án không đủ điều kiện.'
        : 'If failed: the project is not eligible.';
    case 'review':
      return vi
        ? 'Không đạt: hồ sơ được chuyển cán bộ xem xét.'
        : 'If failed: the file is referred to an officer.';
    case 'incentive':
      return vi
        ? 'Đạt: dự án có dấu hiệu được hưởng ưu đãi này (chỉ để tham khảo).'
        : 'If met: the project appears to qualify for this incentive (informational).';
    case 'score': {
      const partial = [
        ...new Set(c.rules.filter((r) => r.outcome === 'partial').map((r) => r.points)),
      ];
      const max = vi ? `Tối đa ${c.maxPoints} điểm` : `Up to ${c.maxPoints} points`;
      if (partial.length === 0) return `${max}.`;
      const list = partial.join(vi ? ' hoặc ' : ' or ');
      return vi ? `${max}; đạt một phần: ${list} điểm.` : `${max}; partly met: ${list} points.`;
    }
  }
}

export function CriterionSection(props: {
  criterion: PublishedCriterion;
  labels: Labels;
  lang: Lang;
}) {
  const { criterion: c, lang } = props;
  const vi = lang === 'vi';
  return (
    <section class="criterion" id={`criterion-${c.id}`} aria-labelledby={`criterion-${c.id}-title`}>
      <h3 id={`criterion-${c.id}-title`}>{c.title[lang]}</h3>
      <p>{c.asks[lang]}</p>
      <p>
        <strong>{effectOf(c, lang)}</strong>
      </p>
      {c.thresholds.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="muted">{vi ? 'Ngưỡng áp dụng' : 'Thresholds'}</caption>
            <thead>
              <tr>
                <th scope="col">{vi ? 'Ngưỡng' : 'Threshold'}</th>
                <th scope="col" class="num">
                  {vi ? 'Giá trị' : 'Value'}
                </th>
                <th scope="col">{vi ? 'Loại' : 'Kind'}</th>
                <th scope="col">{vi ? 'Căn cứ' : 'Basis'}</th>
              </tr>
            </thead>
            <tbody>
              {c.thresholds.map((t) => (
                <tr>
                  <td>{t.description[lang]}</td>
                  <td class="num">{formatValue(t.value, t.unit, lang, props.labels)}</td>
                  <td>
                    {BASIS_KIND_LABELS[t.kind][lang]}
                    <br />
                    <span class="muted">{VERIFICATION_LABELS[t.verification][lang]}</span>
                  </td>
                  <td>
                    <BasisList basis={t.basis} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="basis-title">{vi ? 'Căn cứ:' : 'Basis:'}</p>
      <BasisList basis={c.basis} />
    </section>
  );
}
