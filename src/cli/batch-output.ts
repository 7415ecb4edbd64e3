/**
 * What the batch writes for each row: a JSON line with the full screening result as the API returns
 * it (or every problem of a refused row), or a CSV summary row for a spreadsheet.
 */
import type { RowOutcome } from './batch-screen-row.js';

export type OutputFormat = 'jsonl' | 'csv';

export const CSV_SUMMARY_HEADER =
  'line,project_name,eligible,band,score,review_required,problems\n';

/** RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function csvCell(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(o: RowOutcome): string {
  const cells: (string | number | boolean)[] = o.ok
    ? [o.line, o.name, o.result.eligible, o.result.band.id, o.result.score, o.result.reviewRequired]
    : [
        o.line,
        o.name,
        '',
        '',
        '',
        '',
        o.problems
          .map((p) => `${p.path || '(proposal)'}: ${p.message.vi} / ${p.message.en}`)
          .join(' | '),
      ];
  if (o.ok) cells.push('');
  return `${cells.map(csvCell).join(',')}\n`;
}

function jsonLine(o: RowOutcome): string {
  const record = o.ok
    ? { line: o.line, ok: true, result: o.result }
    : { line: o.line, ok: false, problems: o.problems };
  return `${JSON.stringify(record)}\n`;
}

export function formatOutcome(o: RowOutcome, format: OutputFormat): string {
  return format === 'csv' ? csvRow(o) : jsonLine(o);
}
