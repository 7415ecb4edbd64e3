/** The command line's entry: picks the command, runs it, and turns what happens into an exit code. */
import { UsageError } from './cli-error.js';
import { type Command, warn, write } from './command.js';
import { fdiCommand } from './fdi-command.js';
import { packCommand } from './pack-command.js';
import { reportError } from './report-error.js';
import { screenBatchCommand } from './screen-batch-command.js';
import { screenCommand } from './screen-command.js';
import { seedCommand } from './seed-command.js';
import { tokenCommand } from './token-command.js';

const COMMANDS: readonly Command[] = [
  screenCommand,
  screenBatchCommand,
  tokenCommand,
  seedCommand,
  fdiCommand,
  packCommand,
];

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: npm run cli -- <command> [options]

The command line of the FDI screening service. Dòng lệnh của dịch vụ sàng lọc dự án FDI.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`npm run cli -- <command> --help\` for a command's options.

Environment: RULES_DIR and DEFAULT_PACK choose the rule packs; DATABASE_URL (PostgreSQL) or DATA_DIR
(the embedded database, one process at a time) the database.
Exit codes: 0 success; 2 bad usage or invalid input, with the problems printed; 1 other errors.`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    warn(programHelp());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    write(programHelp());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Unknown command "${name}" / Lệnh không tồn tại.`, '');
  return command.run(args);
}

// The exit code is set rather than forced, so output still in the pipe is written before the end.
process.exitCode = await main(process.argv.slice(2)).catch(reportError);
