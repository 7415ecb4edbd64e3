/**
 * What `fdi import` and `seed statistics` show while a file's statistics are recorded (progress on
 * stderr, then a summary line), what they print once they are, and how they refuse a bad file.
 */
import type { ImportedStatistics } from '../fdi/import-statistics-csv.js';
import { formatNumber } from '../screening/format-value.js';
import { ServiceError } from '../service-errors.js';
import { CliError } from './cli-error.js';
import { warn } from './command.js';
import { formatIssues } from './format-issues.js';
import { progressOnStderr } from './progress.js';

export function recordedText(recorded: ImportedStatistics, file: string): string {
  const n = recorded.recorded;
  return [
    `Recorded ${n} official statistics for ${recorded.jurisdiction} from ${file}.`,
    `Đã ghi ${n} số liệu thống kê chính thức cho ${recorded.jurisdiction} từ ${file}.`,
    `Batch / Lô: ${recorded.batch}`,
    `Periods / Kỳ số liệu (${recorded.periods.length}):`,
    ...recorded.periods.map((p) => `  ${p.replace('..', ' – ')}`),
  ].join('\n');
}

/**
 * Runs a recording with its progress on stderr (on a terminal only), then a summary line on stderr
 * whatever it is: the log of a long import should say that it finished, and how fast.
 */
export async function withRecordingProgress<T>(
  work: (onProgress: (done: number, total: number) => void) => Promise<T>,
  recordedOf: (result: T) => ImportedStatistics | undefined,
): Promise<T> {
  const progress = progressOnStderr('Recording rows / Đang ghi dòng');
  const started = performance.now();
  const result = await work(progress.update).finally(progress.end);
  const n = recordedOf(result)?.recorded;
  if (n !== undefined) {
    const seconds = (performance.now() - started) / 1000;
    warn(
      `Recorded ${n}/${n} rows in ${formatNumber(seconds, 'en', 1)} s. / Đã ghi ${n}/${n} dòng trong ${formatNumber(seconds, 'vi', 1)} giây.`,
    );
  }
  return result;
}

/** A refused file as one message: every problem with its line, and that nothing was stored. */
export function refusal(file: string, error: unknown): unknown {
  if (!(error instanceof ServiceError) || error.code !== 'validation_failed') return error;
  const issues = error.extra.issues ?? [];
  return new CliError(
    [
      `${file} was refused; nothing was recorded (${issues.length} problem(s)):`,
      `Tệp ${file} bị từ chối, không dòng nào được ghi (${issues.length} lỗi):`,
      formatIssues(issues, 'both'),
    ].join('\n'),
    2,
  );
}
