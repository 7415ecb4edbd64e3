/**
 * The columns of an official-statistics CSV file as `fdi --help` explains them. Keyed by
 * `CSV_COLUMNS`, so a column added to the reader without a line here does not compile.
 */
import { CSV_COLUMNS } from '../fdi/statistics-csv.js';

type Column = (typeof CSV_COLUMNS)[number];
type ColumnDoc = { required: boolean; vi: string; en: string };

const COLUMNS: Record<Column, ColumnDoc> = {
  period_from: {
    required: true,
    vi: 'Từ ngày',
    en: 'First day of the period the figure covers (YYYY-MM-DD).',
  },
  period_to: {
    required: true,
    vi: 'Đến ngày',
    en: 'Last day of the period: in the same calendar year as period_from and not after today. 1 January to 31 December is a full-year figure; any other period is part of a year (year to date).',
  },
  flow: {
    required: true,
    vi: 'Dòng vốn',
    en: 'new, capital_increase, capital_contribution, capital_reduction, or all (a total the source does not split by flow).',
  },
  measure: {
    required: true,
    vi: 'Loại vốn',
    en: 'registered or disbursed.',
  },
  amount_usd: {
    required: true,
    vi: 'Số vốn (USD)',
    en: 'US dollars, digits with an optional decimal point and no separators (3130000000). Negative for capital_reduction; zero or more for the other flows (all may be either).',
  },
  projects: {
    required: false,
    vi: 'Số dự án',
    en: 'Number of projects, a whole number.',
  },
  country: {
    required: false,
    vi: 'Quốc gia',
    en: "Investors' country, ISO 3166-1 alpha-2 in capitals (JP).",
  },
  sector: {
    required: false,
    vi: 'Ngành',
    en: "VSIC code of 2 to 5 digits; its division must be in the pack's catalogue.",
  },
  area: {
    required: false,
    vi: 'Địa bàn',
    en: "An area id of the pack's catalogue.",
  },
  park: {
    required: false,
    vi: 'KCN, CCN',
    en: "An industrial park or cluster id of the pack's catalogue.",
  },
  source_doc: {
    required: true,
    vi: 'Nguồn',
    en: 'The document or publication the figure comes from.',
  },
  source_url: {
    required: false,
    vi: 'Địa chỉ nguồn',
    en: 'Web address (http or https) of the source.',
  },
  source_date: {
    required: false,
    vi: 'Ngày của nguồn',
    en: 'Date of the source (YYYY-MM-DD).',
  },
  status: {
    required: true,
    vi: 'Tình trạng',
    en: 'final or preliminary.',
  },
  note: {
    required: false,
    vi: 'Ghi chú',
    en: 'Free text, up to 2,000 characters.',
  },
};

/** Words wrapped to `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

export function statisticsColumnsHelp(): string {
  const nameWidth = Math.max(...CSV_COLUMNS.map((c) => c.length));
  const indent = ' '.repeat(2 + nameWidth + 2 + 'required'.length + 2);
  return CSV_COLUMNS.map((name) => {
    const doc = COLUMNS[name];
    const head = `  ${name.padEnd(nameWidth)}  ${(doc.required ? 'required' : 'optional').padEnd(8)}  `;
    return head + wrap(`${doc.vi} — ${doc.en}`, 100 - indent.length, indent);
  }).join('\n');
}
