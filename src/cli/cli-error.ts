/**
 * Failures the command line expects and explains without a stack trace: bad usage and invalid
 * input exit with 2 (the caller can fix them), anything else the CLI recognises exits with 1.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in the command line itself: the message is followed by a pointer to `--help`. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly helpFor: string,
  ) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** Input the caller supplied (a file, a value) that cannot be used; exit 2. */
export function invalidInput(message: string): CliError {
  return new CliError(message, 2);
}
