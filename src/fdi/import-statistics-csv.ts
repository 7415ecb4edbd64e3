/**
 * A CSV file of official statistics, recorded whole or refused whole with every bad row named by
 * its line: what `fdi import`, `seed statistics` and the start-up seed share.
 */
import type { ServiceContext } from '../applications/context.js';
import type { ValidationIssue } from '../screening/validation-issues.js';
import { invalid } from '../service-errors.js';
import { checkStatistics, type RecordOptions, recordStatistics } from './record-statistics.js';
import { statisticsFromCsv } from './statistics-csv.js';

export type ImportedStatistics = Awaited<ReturnType<typeof recordStatistics>>;

const lineOf = (issue: ValidationIssue) => Number(/^line (\d+)/.exec(issue.path)?.[1] ?? 0);

export async function importStatisticsCsv(
  ctx: ServiceContext,
  text: string,
  options: RecordOptions = {},
): Promise<ImportedStatistics> {
  const parsed = statisticsFromCsv(text);
  const issues = [...parsed.issues, ...checkStatistics(ctx, parsed.rows, options.pack)];
  // Sorted by line (stable within one), so the refusal reads like the file.
  if (issues.length > 0) throw invalid(issues.sort((a, b) => lineOf(a) - lineOf(b)));
  return recordStatistics(ctx, parsed.rows, options);
}
