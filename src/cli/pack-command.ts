/** `pack upload|activate|list|simulate`: the versions of the rule packs, written to the database directly. */
import type { Command } from './command.js';
import { packActivate } from './pack-activate-command.js';
import { PACK_HELP } from './pack-help.js';
import { packList } from './pack-list-command.js';
import { packSimulate } from './pack-simulate-command.js';
import { packUpload } from './pack-upload-command.js';
import { runSubcommand } from './subcommands.js';

export const packCommand: Command = {
  name: 'pack',
  summary: 'upload, activate, list or simulate rule pack versions / phiên bản bộ tiêu chí',
  run: (args) =>
    runSubcommand(
      'pack',
      PACK_HELP,
      { upload: packUpload, activate: packActivate, list: packList, simulate: packSimulate },
      args,
    ),
};
