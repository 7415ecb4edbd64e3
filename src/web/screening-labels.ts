/** Words for a screening's values (outcomes, kinds of criteria) that every page showing one uses. */
import { type Text, text } from '../screening/i18n.js';
import type { CriterionKind, Outcome } from '../screening/pack-schema.js';

export const OUTCOME_LABELS: Readonly<Record<Outcome, Text>> = {
  pass: text('Đạt', 'Pass'),
  partial: text('Đạt một phần', 'Partial'),
  fail: text('Không đạt', 'Fail'),
  unknown: text('Thiếu dữ liệu', 'Data missing'),
  not_applicable: text('Không áp dụng', 'Not applicable'),
};

export const KIND_LABELS: Readonly<Record<CriterionKind, Text>> = {
  gate: text('Điều kiện bắt buộc', 'Gate'),
  review: text('Tiêu chí xem xét', 'Review'),
  score: text('Tính điểm', 'Scored'),
  incentive: text('Ưu đãi', 'Incentive'),
};

/**
 * How an outcome reads for its kind: an incentive not met is no fault of the project, so it is
 * said plainly and not shown in the colour of a failure.
 */
export function outcomeView(kind: CriterionKind, outcome: Outcome): { label: Text; css: string } {
  if (kind === 'incentive' && outcome === 'fail') {
    return { label: text('Không thuộc diện', 'Does not qualify'), css: 'outcome-not_applicable' };
  }
  return { label: OUTCOME_LABELS[outcome], css: `outcome-${outcome}` };
}
