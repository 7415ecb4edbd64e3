/**
 * Official statistics from a CSV file (RFC 4180: commas, double quotes, a header row). Every row is
 * read and checked before anything is stored; a bad row is reported with its line number.
 */
import { fromZodError, type ValidationIssue } from '../screening/validation-issues.js';
import { StatisticInput } from './record-statistics.js';

export const CSV_COLUMNS = [
  'period_from',
  'period_to',
  'flow',
  'measure',
  'amount_usd',
  'projects',
  'country',
  'sector',
  'area',
  'park',
  'source_doc',
  'source_url',
  'source_date',
  'status',
  'note',
] as const;
const REQUIRED = [
  'period_from',
  'period_to',
  'flow',
  'measure',
  'amount_usd',
  'source_doc',
  'status',
];

/** Splits CSV text into records, each with the line it starts on. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '') || fields.length > 1) out.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out;
}

const num = (s: string): number | string => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : s);

export type CsvRow = { item: StatisticInput; at: string };

/**
 * The well-formed rows of a file and the problems of the others, each named by its line; a file
 * whose header is wrong has no rows. `checkStatistics` then checks the rows against the pack.
 */
export function statisticsFromCsv(text: string): { rows: CsvRow[]; issues: ValidationIssue[] } {
  const records = parseCsv(text);
  const header = records.shift();
  const issues: ValidationIssue[] = [];
  const bad = (path: string, rule: string, vi: string, en: string) =>
    issues.push({ path, rule, message: { vi, en } });
  if (!header) {
    bad('line 1', 'empty', 'Tệp CSV trống.', 'The CSV file is empty.');
    return { rows: [], issues };
  }
  const names = header.fields.map((f) => f.trim());
  for (const n of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(n)) {
      bad(
        `line 1.${n}`,
        'unknown_column',
        `Cột "${n}" không được hỗ trợ.`,
        `Unknown column "${n}"; columns: ${CSV_COLUMNS.join(', ')}.`,
      );
    }
  }
  for (const r of REQUIRED)
    if (!names.includes(r))
      bad(`line 1.${r}`, 'missing_column', `Thiếu cột "${r}".`, `Column "${r}" is missing.`);
  if (issues.length > 0) return { rows: [], issues };

  const rows: CsvRow[] = [];
  for (const rec of records) {
    const at = `line ${rec.line}`;
    if (rec.fields.length !== names.length) {
      bad(
        at,
        'columns',
        `Dòng có ${rec.fields.length} cột, tiêu đề có ${names.length}.`,
        `The row has ${rec.fields.length} fields; the header has ${names.length}.`,
      );
      continue;
    }
    const v = Object.fromEntries(names.map((n, i) => [n, (rec.fields[i] as string).trim()]));
    const opt = (s: string | undefined) => (s === undefined || s === '' ? null : s);
    const candidate = {
      period: { from: v.period_from, to: v.period_to },
      flow: v.flow,
      measure: v.measure,
      amountUsd: num(v.amount_usd ?? ''),
      projects: opt(v.projects) === null ? null : num(v.projects as string),
      country: opt(v.country),
      sector: opt(v.sector),
      area: opt(v.area),
      park: opt(v.park),
      source: { doc: v.source_doc, url: opt(v.source_url), date: opt(v.source_date) },
      status: v.status,
      note: opt(v.note),
    };
    const parsed = StatisticInput.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      issues.push(...fromZodError(parsed.error).map((i) => ({ ...i, path: `${at}.${i.path}` })));
      continue;
    }
    rows.push({ item: parsed.data, at: `${at}.` });
  }
  if (rows.length === 0 && issues.length === 0)
    bad('line 2', 'empty', 'Tệp CSV không có dòng dữ liệu.', 'The CSV file has no data rows.');
  return { rows, issues };
}
