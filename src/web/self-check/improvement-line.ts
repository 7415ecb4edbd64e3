/**
 * One suggested change as a sentence with what it earns: "Nâng tỷ lệ nội địa hóa từ 35% lên 40%:
 * +4 điểm, đạt mức Ưu tiên thu hút".
 */
import { formatNumber } from '../../screening/format-value.js';
import type { Lang, Text } from '../../screening/i18n.js';
import type { Improvement } from '../../screening/screening-result.js';

export function improvementLine(
  improvement: Improvement,
  bandAfter: Text,
  currentBand: string,
  lang: Lang,
): string {
  const change = improvement.text[lang].replace(/\.\s*$/, '');
  const n = formatNumber(improvement.gain, lang);
  const gain =
    lang === 'vi' ? `+${n} điểm` : `+${n} ${improvement.gain === 1 ? 'point' : 'points'}`;
  const same = improvement.bandAfter === currentBand;
  const band =
    lang === 'vi'
      ? `${same ? 'vẫn ở mức' : 'đạt mức'} ${bandAfter.vi}`
      : `${same ? 'stays at' : 'reaches'} ${bandAfter.en}`;
  return `${change}: ${gain}, ${band}`;
}
