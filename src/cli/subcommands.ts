/** Commands made of subcommands (`token create`, `fdi import`, `seed demo`): the first argument picks one; --help shows the command's help. */
import { UsageError } from './cli-error.js';
import { write } from './command.js';

export type Subcommand = (args: readonly string[]) => Promise<number>;

export async function runSubcommand(
  command: string,
  help: string,
  subcommands: Record<string, Subcommand>,
  args: readonly string[],
): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    write(help);
    return 0;
  }
  const names = Object.keys(subcommands);
  const choice = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  if (name === undefined) throw new UsageError(`Missing ${command} command: ${choice}.`, command);
  const run = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!run) throw new UsageError(`Unknown ${command} command "${name}": use ${choice}.`, command);
  return run(rest);
}
