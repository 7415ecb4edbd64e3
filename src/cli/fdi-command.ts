/** `fdi import|progress`: official statistics into the FDI ledger, and progress toward the target. */
import type { Command } from './command.js';
import { FDI_HELP } from './fdi-help.js';
import { fdiImport } from './fdi-import-command.js';
import { fdiProgressReport } from './fdi-progress-command.js';
import { runSubcommand } from './subcommands.js';

export const fdiCommand: Command = {
  name: 'fdi',
  summary: 'import official FDI statistics, show progress / số liệu và tiến độ thu hút FDI',
  run: (args) =>
    runSubcommand('fdi', FDI_HELP, { import: fdiImport, progress: fdiProgressReport }, args),
};
