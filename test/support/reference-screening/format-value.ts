/**
 * Values as people read them, in Vietnamese or English. Hand-written rather than Intl so that a
 * stored screening replays byte for byte whatever ICU data a future Node ships.
 */
import type { Lang, Text } from '../../../src/screening/i18n.js';

export type Unit = string;

export type Labels = {
  /** Label of a catalogue id or enumerated value, by unit; undefined when unknown. */
  label(unit: Unit, value: string): Text | undefined;
};

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function group(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let out = '';
  const head = int.length % 3 || 3;
  out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** A number with at most `decimals` decimals, trailing zeros dropped, grouped by thousands. */
export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  if (Number.isInteger(abs) && abs < 1e21) return sign + group(String(abs), thousands);
  const fixed = abs.toFixed(decimals);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let frac = dot < 0 ? '' : fixed.slice(dot + 1);
  while (frac.endsWith('0')) frac = frac.slice(0, -1);
  return sign + group(int, thousands) + (frac ? decimal + frac : '');
}

function money(n: number, lang: Lang, currency: 'USD' | 'VND'): string {
  if (currency === 'VND' && n >= 1e9) {
    const v = formatNumber(n / 1e9, lang);
    return lang === 'vi' ? `${v} tỷ đồng` : `VND ${v} billion`;
  }
  if (currency === 'USD' && n >= 1e6) {
    const v = formatNumber(n / 1e6, lang);
    return lang === 'vi' ? `${v} triệu USD` : `USD ${v} million`;
  }
  const v = formatNumber(n, lang, 0);
  return lang === 'vi' ? `${v} ${currency === 'VND' ? 'đồng' : 'USD'}` : `${currency} ${v}`;
}

const WORDS = {
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  none: { vi: 'không có', en: 'none' },
  missing: { vi: 'chưa khai báo', en: 'not declared' },
  outsideParks: { vi: 'ngoài khu, cụm công nghiệp', en: 'outside industrial parks and clusters' },
} satisfies Record<string, Text>;

export function formatValue(value: unknown, unit: Unit, lang: Lang, labels: Labels): string {
  if (value === undefined) return WORDS.missing[lang];
  if (value === null) return unit === 'park' ? WORDS.outsideParks[lang] : WORDS.none[lang];
  if (typeof value === 'boolean') return (value ? WORDS.yes : WORDS.no)[lang];
  if (Array.isArray(value)) {
    if (value.length === 0) return WORDS.none[lang];
    return value.map((v) => formatValue(v, unit, lang, labels)).join(', ');
  }
  if (typeof value === 'number') {
    switch (unit) {
      case 'percent':
        return `${formatNumber(value, lang)}%`;
      case 'USD':
        return money(value, lang, 'USD');
      case 'VND':
        return money(value, lang, 'VND');
      case 'USD-per-ha':
        return lang === 'vi'
          ? `${money(value, lang, 'USD')}/ha`
          : `${money(value, lang, 'USD')} per ha`;
      case 'VND-per-USD':
        return lang === 'vi'
          ? `${formatNumber(value, lang)} đồng/USD`
          : `VND ${formatNumber(value, lang)} per USD`;
      case 'ha':
        return `${formatNumber(value, lang)} ha`;
      case 'persons':
        return lang === 'vi'
          ? `${formatNumber(value, lang)} người`
          : `${formatNumber(value, lang)} people`;
      case 'years':
        return lang === 'vi'
          ? `${formatNumber(value, lang)} năm`
          : `${formatNumber(value, lang)} years`;
      case 'points':
        return lang === 'vi'
          ? `${formatNumber(value, lang)} điểm`
          : `${formatNumber(value, lang)} points`;
      default:
        return formatNumber(value, lang);
    }
  }
  const s = String(value);
  return labels.label(unit, s)?.[lang] ?? s;
}
