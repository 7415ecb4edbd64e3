/** Words of the criteria page: what a threshold's kind and a source's verification mean. */
import { type Text, text } from '../../screening/i18n.js';
import type { BasisKind, CriterionKind, Verification } from '../../screening/pack-schema.js';

export const BASIS_KIND_LABELS: Readonly<Record<BasisKind, Text>> = {
  LAW: text('LAW — do pháp luật quy định', 'LAW — set by law'),
  POLICY: text('POLICY — chính sách của địa phương', 'POLICY — local policy'),
  DESIGN: text(
    'DESIGN — do nhóm dự án đề xuất, chờ cơ quan phê duyệt',
    'DESIGN — proposed by the project team, awaiting approval',
  ),
};

export const VERIFICATION_LABELS: Readonly<Record<Verification, Text>> = {
  verified: text('đã đối chiếu văn bản gốc', 'checked against the source text'),
  secondary: text('theo nguồn thứ cấp', 'from secondary sources'),
  unverified: text('chưa kiểm chứng', 'not verified'),
};

/** The groups of the page, in the order an investor meets them. */
export const KIND_GROUPS: readonly { kind: CriterionKind; title: Text; effect: Text }[] = [
  {
    kind: 'gate',
    title: text('Điều kiện bắt buộc', 'Gates'),
    effect: text(
      'Không đạt một điều kiện bắt buộc thì dự án không đủ điều kiện.',
      'Failing any gate makes the project not eligible.',
    ),
  },
  {
    kind: 'review',
    title: text('Tiêu chí cần cán bộ xem xét', 'Reviews'),
    effect: text(
      'Không đạt thì hồ sơ được chuyển cán bộ xem xét; không làm mất điều kiện.',
      'Failing one refers the file to an officer; it does not make the project ineligible.',
    ),
  },
  {
    kind: 'score',
    title: text('Tiêu chí tính điểm', 'Scored criteria'),
    effect: text(
      'Điểm là tổng điểm đạt được trên tổng điểm tối đa, quy về thang 100.',
      'The score is the points earned over the points available, on a scale of 100.',
    ),
  },
  {
    kind: 'incentive',
    title: text('Dấu hiệu ưu đãi', 'Incentives'),
    effect: text(
      'Chỉ để tham khảo, không tính điểm: nhà đầu tư tự xác định và đề nghị hưởng ưu đãi theo pháp luật.',
      'For information only, not scored: the investor determines and claims incentives under the law.',
    ),
  },
];
