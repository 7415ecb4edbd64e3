/** A screening result as a readable terminal report, in Vietnamese or English. */
import type { Lang } from '../screening/i18n.js';
import type { ScreeningResult } from '../screening/screening-result.js';

const WORDS = {
  vi: {
    pack: 'Bộ tiêu chí',
    from: 'hiệu lực từ',
    asOf: 'đánh giá theo ngày',
    eligible: 'ĐỦ ĐIỀU KIỆN',
    notEligible: 'KHÔNG ĐỦ ĐIỀU KIỆN',
    review: 'cần cán bộ xem xét',
    noReview: 'không cần xem xét thêm',
    score: 'điểm',
    band: 'xếp loại',
    criteria: 'Tiêu chí',
    basis: 'Căn cứ',
    declared: 'dựa trên khai báo, cần minh chứng',
    incentives: 'Ưu đãi có thể áp dụng (tham khảo; nhà đầu tư tự xác định theo Luật Đầu tư)',
    none: '(không có)',
    improvements: 'Đề xuất cải thiện (xếp theo điểm tăng)',
    points: 'điểm',
    reaches: 'đạt',
  },
  en: {
    pack: 'Rule pack',
    from: 'in force from',
    asOf: 'screened as of',
    eligible: 'ELIGIBLE',
    notEligible: 'NOT ELIGIBLE',
    review: 'officer review required',
    noReview: 'no review required',
    score: 'score',
    band: 'band',
    criteria: 'Criteria',
    basis: 'Basis',
    declared: 'rests on declarations needing evidence',
    incentives:
      'Incentives that may apply (informational; the investor determines them under the Law on Investment)',
    none: '(none)',
    improvements: 'Improvements (ranked by gain)',
    points: 'points',
    reaches: 'reaches',
  },
} as const;

const MARK: Record<string, string> = {
  pass: '✓',
  partial: '◐',
  fail: '✗',
  unknown: '?',
  not_applicable: '–',
};

export function renderScreening(
  r: ScreeningResult,
  lang: Lang,
  bandLabels: Record<string, string> = {},
): string {
  const w = WORDS[lang];
  const out: string[] = [];
  out.push(
    `${w.pack} ${r.pack.id} ${r.pack.version} (${w.from} ${r.pack.effectiveFrom}) ${r.pack.hash}`,
  );
  out.push(`${w.asOf} ${r.asOf}`);
  out.push('');
  out.push(
    `${r.eligible ? w.eligible : w.notEligible} · ${r.reviewRequired ? w.review : w.noReview} · ${w.score} ${r.score}/100 · ${w.band}: ${r.band.label[lang]}`,
  );
  out.push('');
  out.push(`${w.criteria}:`);
  for (const c of r.criteria) {
    const pts = c.kind === 'score' ? `${c.points}/${c.maxPoints}`.padStart(7) : ' '.repeat(7);
    out.push(
      ` ${MARK[c.outcome] ?? ' '} ${c.outcome.padEnd(14)} ${pts}  ${c.title[lang]} [${c.kind}]`,
    );
    out.push(`${' '.repeat(26)}${c.reason[lang]}`);
    const basis = c.basis.map((b) => `${b.doc} ${b.ref}`).join('; ');
    out.push(`${' '.repeat(26)}${w.basis}: ${basis}${c.declared ? ` · ${w.declared}` : ''}`);
  }
  out.push('');
  out.push(`${w.incentives}:`);
  if (r.incentives.length === 0) out.push(`  ${w.none}`);
  for (const i of r.incentives)
    out.push(`  • ${i.title[lang]} — ${i.basis.map((b) => `${b.doc} ${b.ref}`).join('; ')}`);
  out.push('');
  out.push(`${w.improvements}:`);
  if (r.improvements.length === 0) out.push(`  ${w.none}`);
  for (const i of r.improvements) {
    const band = bandLabels[i.bandAfter] ?? i.bandAfter;
    out.push(`  +${String(i.gain).padEnd(4)} ${w.points} → ${w.reaches} ${band}: ${i.text[lang]}`);
  }
  return `${out.join('\n')}\n`;
}
