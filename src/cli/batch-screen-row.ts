/**
 * One row of a batch, judged as `screen` judges a file: read (a JSON line, or CSV cells mapped to
 * a proposal), validated with the pack in force on its date, screened. A row that cannot be read
 * or is invalid becomes its problems, each with its path and both languages; it never throws.
 */
import type { Summary } from '../screening/evaluate.js';
import { engineOn, type PackRegistry } from '../screening/pack-registry.js';
import { scoreProposal } from '../screening/score-proposal.js';
import { screenProposal } from '../screening/screen-proposal.js';
import type { ScreeningResult } from '../screening/screening-result.js';
import { todayForProposal } from '../screening/today.js';
import { validateProposal } from '../screening/validate-proposal.js';
import type { ValidationIssue } from '../screening/validation-issues.js';
import { type CsvColumns, proposalFromCells } from './batch-csv.js';

/** A row as the reader hands it over: the text of a JSON line, or the cells of a CSV record. */
export type BatchRow = { line: number; text: string } | { line: number; cells: string[] };

/**
 * A screened row: its summary (eligibility, review, score, band — what a CSV row shows), and the
 * full result when the output holds it.
 */
export type RowOutcome =
  | { line: number; ok: true; name: string; summary: Summary; result?: ScreeningResult }
  | { line: number; ok: false; name: string; problems: ValidationIssue[] };

export type RowContext = {
  packs: PackRegistry;
  /** The header's fields, for CSV rows. */
  columns?: CsvColumns;
  /** `--date`: the date for rows without submittedOn; else today in the pack's zone at `now`. */
  date?: string;
  now: Date;
  /**
   * Whether the output holds each row's full result (JSON Lines). A CSV summary needs only the
   * scoring — the same evaluations and summary a full screening starts from — so its rows skip
   * the texts and the improvement search, most of a screening's time.
   */
  fullResult: boolean;
};

function refuse(rule: string, vi: string, en: string): Read {
  return { refused: { path: '', rule, message: { vi, en } } };
}

type Read = { body: unknown } | { refused: ValidationIssue };

function read(row: BatchRow, columns: CsvColumns | undefined): Read {
  if ('text' in row) {
    try {
      return { body: JSON.parse(row.text) as unknown };
    } catch (error) {
      const why = (error as Error).message;
      return refuse(
        'invalid_json',
        `Dòng này không phải JSON hợp lệ (${why}).`,
        `This line is not valid JSON (${why}).`,
      );
    }
  }
  const expected = columns?.length ?? 0;
  if (row.cells.length !== expected) {
    return refuse(
      'column_count',
      `Dòng có ${row.cells.length} ô nhưng tiêu đề có ${expected} cột.`,
      `The row has ${row.cells.length} cell(s) but the header has ${expected} column(s).`,
    );
  }
  return { body: proposalFromCells(columns ?? [], row.cells) };
}

function nameOf(body: unknown): string {
  const project = (body as { project?: { name?: unknown } } | null)?.project;
  return typeof project?.name === 'string' ? project.name : '';
}

export function screenRow(row: BatchRow, context: RowContext): RowOutcome {
  const got = read(row, context.columns);
  if ('refused' in got) return { line: row.line, ok: false, name: '', problems: [got.refused] };
  const body = got.body;
  const name = nameOf(body);
  const today = context.date ?? todayForProposal(context.packs, body, context.now);
  const checked = validateProposal(context.packs, body, today);
  if (!checked.ok) return { line: row.line, ok: false, name, problems: checked.issues };
  const { version, proposal, asOf } = checked;
  if (!context.fullResult) {
    const { summary } = scoreProposal(engineOn(version, asOf), proposal);
    return { line: row.line, ok: true, name, summary };
  }
  const result = screenProposal(version, proposal, asOf);
  return { line: row.line, ok: true, name, summary: summaryOf(result), result };
}

function summaryOf(r: ScreeningResult): Summary {
  return {
    eligible: r.eligible,
    reviewRequired: r.reviewRequired,
    score: r.score,
    bandId: r.band.id,
  };
}
