/**
 * Turns a failure into its message on stderr and an exit code. Expected failures (bad usage,
 * invalid input, a locked database, invalid packs) are explained without a stack trace; only a
 * failure nobody anticipated shows one, because then the trace is what helps.
 */
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { PackVersionConflictError } from '../packs/stored-versions.js';
import { PackSetupError } from '../screening/load-registry.js';
import { ServiceError } from '../service-errors.js';
import { CliError, UsageError } from './cli-error.js';
import { warn } from './command.js';
import { bilingual, formatIssues } from './format-issues.js';

/** Prints what went wrong and returns the exit code: 2 for the caller's mistakes, 1 otherwise. */
export function reportError(error: unknown): 1 | 2 {
  if (error instanceof UsageError) {
    const help = error.helpFor ? `${error.helpFor} --help` : '--help';
    warn(`${error.message}\nSee / Xem: npm run cli -- ${help}`);
    return 2;
  }
  if (error instanceof CliError) {
    warn(error.message);
    return error.exitCode;
  }
  if (error instanceof ServiceError) {
    const issues = error.extra.issues ? `\n${formatIssues(error.extra.issues, 'both')}` : '';
    warn(`${bilingual(error.text)}${issues}`);
    return error.code === 'validation_failed' || error.code === 'not_found' ? 2 : 1;
  }
  if (
    error instanceof DataDirLockedError ||
    error instanceof PackSetupError ||
    error instanceof PackVersionConflictError
  ) {
    warn(error.message);
    return 1;
  }
  warn(
    `Unexpected error / Lỗi không mong đợi:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return 1;
}
