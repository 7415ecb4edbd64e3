/**
 * CSV ⇄ proposal for the batch: a header names proposal fields by their dotted paths (the ones in
 * `proposal-fields.ts`, so a field added to the contract is a column at once), a row becomes the
 * proposal object the JSON contract describes, and validation then judges it as it judges JSON.
 * A cell that cannot be read as its field's type is passed on as text, so the problem is reported
 * by validation with its path ("must be a number") instead of being guessed away.
 */
import { PROPOSAL_FIELDS, type ProposalField } from '../screening/proposal-fields.js';
import { UsageError } from './cli-error.js';

const BY_PATH = new Map(PROPOSAL_FIELDS.map((f) => [f.path, f]));

/** The fields of the header's columns, in column order. */
export type CsvColumns = readonly ProposalField[];

/** Refuses, before any row is read, a header naming a column that is no proposal field (or one twice). */
export function columnsOf(header: readonly string[], command: string): CsvColumns {
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !BY_PATH.has(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown CSV column(s): ${unknown.map((n) => `"${n}"`).join(', ')}. Columns are proposal fields by dotted path, e.g. project.name, capital.totalUsd.\n` +
        `Cột CSV không hợp lệ: ${unknown.map((n) => `"${n}"`).join(', ')}. Tên cột là đường dẫn trường của hồ sơ, ví dụ project.name, capital.totalUsd.`,
      command,
    );
  }
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) {
    throw new UsageError(
      `CSV column(s) named twice: ${[...new Set(twice)].join(', ')}.\nCột CSV bị lặp: ${[...new Set(twice)].join(', ')}.`,
      command,
    );
  }
  return names.map((n) => BY_PATH.get(n) as ProposalField);
}

const NUMERIC = new Set(['USD', 'percent', 'ha', 'persons', 'count', 'years']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function cellValue(field: ProposalField, cell: string): unknown {
  const trimmed = cell.trim();
  if (field.nullable && trimmed === 'null') return null;
  if (NUMERIC.has(field.unit)) return NUMBER.test(trimmed) ? Number(trimmed) : cell;
  if (field.unit === 'flag') return trimmed === 'true' ? true : trimmed === 'false' ? false : cell;
  if (field.unit === 'sectors')
    return trimmed
      .split(';')
      .map((code) => code.trim())
      .filter((code) => code !== '');
  // Text keeps its spaces (validation trims names); codes and ids are compared exactly.
  return field.unit === 'text' ? cell : trimmed;
}

/**
 * The proposal a row describes: an empty cell leaves its field absent; every group named in the
 * header exists (so a row with the group's cells all empty is told which fields are required).
 */
export function proposalFromCells(
  columns: CsvColumns,
  cells: readonly string[],
): Record<string, unknown> {
  const proposal: Record<string, unknown> = {};
  columns.forEach((field, i) => {
    const dot = field.path.indexOf('.');
    let group = proposal;
    if (dot >= 0) {
      const name = field.path.slice(0, dot);
      proposal[name] ??= {};
      group = proposal[name] as Record<string, unknown>;
    }
    const cell = cells[i] ?? '';
    if (cell.trim() === '') return;
    group[dot < 0 ? field.path : field.path.slice(dot + 1)] = cellValue(field, cell);
  });
  return proposal;
}
