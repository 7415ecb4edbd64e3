/**
 * What the batch writes for each row: a JSON line with the full screening result as the API returns
 * it (or every problem of a refused row), or a CSV summary row for a spreadsheet.
 */
import { screeningResultJson } from '../screening/result-json.js';
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
    ? [
        o.line,
        o.name,
        o.summary.eligible,
        o.summary.bandId,
        o.summary.score,
        o.summary.reviewRequired,
      ]
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
  // The same text as JSON.stringify of `{ line, ok, result }`, with the result's cheaper serialiser.
  if (o.ok) {
    if (!o.result) throw new Error('a JSON line needs the full result: screen with fullResult');
    return `{"line":${o.line},"ok":true,"result":${screeningResultJson(o.result)}}\n`;
  }
  return `${JSON.stringify({ line: o.line, ok: false, problems: o.problems })}\n`;
}

export function formatOutcome(o: RowOutcome, format: OutputFormat): string {
  return format === 'csv' ? csvRow(o) : jsonLine(o);
}
