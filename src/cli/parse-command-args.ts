/**
 * `node:util` parseArgs for one command, with `--help` added (it prints the command's help) and
 * parseArgs' errors turned into usage errors (exit 2) that point at that help.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-error.js';
import { write } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

function parseOrExplain<T extends ParseArgsConfig>(command: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with ERR_PARSE_ARGS_* codes.
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
}

/** The parsed arguments, or undefined when --help was asked for and the help has been printed. */
export function parseCommandArgs<O extends Options>(
  command: string,
  help: string,
  args: readonly string[],
  options: O,
  positionals: { min: number; max: number },
) {
  const parsed = parseOrExplain(command, {
    args: [...args],
    options: { ...options, ...HELP },
    allowPositionals: true,
    strict: true,
  });
  if ((parsed.values as { help?: boolean }).help === true) {
    write(help);
    return undefined;
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new UsageError('Missing argument / Thiếu tham số.', command);
  if (count > positionals.max)
    throw new UsageError(
      `Unexpected argument "${parsed.positionals[positionals.max]}" / Tham số thừa.`,
      command,
    );
  return parsed;
}
