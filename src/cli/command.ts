/** What every command of the CLI provides, and where commands write: results on stdout, the rest on stderr. */
export type Command = {
  name: string;
  /** One line for the program's help; the command prints its own help on --help. */
  summary: string;
  /** Resolves to the exit code; expected failures are thrown as `CliError`s. */
  run(args: readonly string[]): Promise<number>;
};

export function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function warn(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
