/**
 * Values as people read them, in Vietnamese or English. Hand-written rather than Intl so that a
 * stored screening replays byte for byte whatever ICU data a future Node ships.
 */
import type { Lang, Text } from './i18n.js';

export type Unit = string;

export type Labels = {
  /** Label of a catalogue id or enumerated value, by unit; undefined when unknown. */
  label(unit: Unit, value: string): Text | undefined;
  /** The same lookup with the unit decided once, for formatters built ahead of time. */
  labelsOf?(unit: Unit): (value: string) => Text | undefined;
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

type NumberFormat = (n: number, lang: Lang) => string;

const plainNumber: NumberFormat = (n, lang) => formatNumber(n, lang);

/** Numbers by unit; a unit not listed is shown as a plain number. */
const NUMBER_FORMATS: ReadonlyMap<string, NumberFormat> = new Map<string, NumberFormat>([
  ['percent', (n, lang) => `${formatNumber(n, lang)}%`],
  ['USD', (n, lang) => money(n, lang, 'USD')],
  ['VND', (n, lang) => money(n, lang, 'VND')],
  [
    'USD-per-ha',
    (n, lang) =>
      lang === 'vi' ? `${money(n, lang, 'USD')}/ha` : `${money(n, lang, 'USD')} per ha`,
  ],
  [
    'VND-per-USD',
    (n, lang) =>
      lang === 'vi' ? `${formatNumber(n, lang)} đồng/USD` : `VND ${formatNumber(n, lang)} per USD`,
  ],
  ['ha', (n, lang) => `${formatNumber(n, lang)} ha`],
  [
    'persons',
    (n, lang) =>
      lang === 'vi' ? `${formatNumber(n, lang)} người` : `${formatNumber(n, lang)} people`,
  ],
  [
    'years',
    (n, lang) =>
      lang === 'vi' ? `${formatNumber(n, lang)} năm` : `${formatNumber(n, lang)} years`,
  ],
  [
    'points',
    (n, lang) =>
      lang === 'vi' ? `${formatNumber(n, lang)} điểm` : `${formatNumber(n, lang)} points`,
  ],
]);

type LabelOf = (value: string) => Text | undefined;

function formatWith(
  value: unknown,
  unit: Unit,
  lang: Lang,
  labelOf: LabelOf,
  number: NumberFormat,
): string {
  if (value === undefined) return WORDS.missing[lang];
  if (value === null) return unit === 'park' ? WORDS.outsideParks[lang] : WORDS.none[lang];
  if (typeof value === 'number') return number(value, lang);
  if (typeof value === 'boolean') return (value ? WORDS.yes : WORDS.no)[lang];
  if (Array.isArray(value)) {
    if (value.length === 0) return WORDS.none[lang];
    let out = formatWith(value[0], unit, lang, labelOf, number);
    for (let i = 1; i < value.length; i++)
      out += `, ${formatWith(value[i], unit, lang, labelOf, number)}`;
    return out;
  }
  const s = String(value);
  return labelOf(s)?.[lang] ?? s;
}

export function formatValue(value: unknown, unit: Unit, lang: Lang, labels: Labels): string {
  return formatWith(
    value,
    unit,
    lang,
    (s) => labels.label(unit, s),
    NUMBER_FORMATS.get(unit) ?? plainNumber,
  );
}

export type ValueFormatter = (value: unknown, lang: Lang) => string;

/**
 * `formatValue` with the unit and labels fixed, its number format looked up once: what a compiled
 * text template calls for each slot, screening after screening.
 */
export function valueFormatter(unit: Unit, labels: Labels): ValueFormatter {
  const number = NUMBER_FORMATS.get(unit) ?? plainNumber;
  const labelOf: LabelOf = labels.labelsOf?.(unit) ?? ((s) => labels.label(unit, s));
  // A screening formats the same fact in several texts (half of its ~110 values are repeats), so
  // each formatter remembers its last primitive value per language. Lists are not remembered: an
  // array may be changed in place between two screenings.
  const vi = { value: undefined as unknown, text: undefined as string | undefined };
  const en = { value: undefined as unknown, text: undefined as string | undefined };
  return (value, lang) => {
    const primitive = value === null || typeof value !== 'object';
    const seen = lang === 'vi' ? vi : en;
    if (primitive && seen.text !== undefined && Object.is(value, seen.value)) return seen.text;
    const text = formatWith(value, unit, lang, labelOf, number);
    if (primitive) {
      seen.value = value;
      seen.text = text;
    }
    return text;
  };
}
