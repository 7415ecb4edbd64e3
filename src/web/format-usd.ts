/** Money and shares as the pages write them: "8,7 tỷ USD" / "USD 8.7 billion", on top of formatNumber. */

import { formatNumber } from '../screening/format-value.js';
import type { Lang } from '../screening/i18n.js';

const WORDS = {
  billion: { vi: 'tỷ USD', en: 'billion' },
  million: { vi: 'triệu USD', en: 'million' },
} as const;

/** An amount in US dollars, in billions or millions when it is that large. */
export function formatUsd(amount: number, lang: Lang): string {
  const abs = Math.abs(amount);
  const [value, unit] =
    abs >= 1e9
      ? [formatNumber(amount / 1e9, lang), WORDS.billion[lang]]
      : abs >= 1e6
        ? [formatNumber(amount / 1e6, lang, 1), WORDS.million[lang]]
        : [formatNumber(amount, lang, 0), ''];
  if (lang === 'vi') return `${value} ${unit || 'USD'}`;
  // English puts the currency first, so a minus goes before it: "-USD 45 million".
  const sign = value.startsWith('-') ? '-' : '';
  const digits = sign ? value.slice(1) : value;
  return unit ? `${sign}USD ${digits} ${unit}` : `${sign}USD ${digits}`;
}

/** A short axis label without the currency: "5 tỷ" / "5 bn", "300 tr" / "300 m". */
export function formatUsdShort(amount: number, lang: Lang): string {
  const abs = Math.abs(amount);
  if (abs >= 1e9) return `${formatNumber(amount / 1e9, lang, 1)} ${lang === 'vi' ? 'tỷ' : 'bn'}`;
  if (abs >= 1e6) return `${formatNumber(amount / 1e6, lang, 0)} ${lang === 'vi' ? 'tr' : 'm'}`;
  return formatNumber(amount, lang, 0);
}

/** A fraction (0..1) as a percentage: 0.4142 → "41,4%" / "41.4%". */
export function formatShare(fraction: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(fraction * 100, lang, decimals)}%`;
}
