/** `fdi progress`: where the jurisdiction stands against its FDI target on a date, as a table or JSON. */
import { fdiProgress } from '../fdi/fdi-progress.js';
import { write } from './command.js';
import { FDI_HELP } from './fdi-help.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { dateOption, langOption } from './option-values.js';
import { parseCommandArgs } from './parse-command-args.js';
import { renderProgress } from './render-progress.js';
import { cliContext, withDatabase } from './with-database.js';

export async function fdiProgressReport(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'fdi',
    FDI_HELP,
    args,
    {
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      pack: { type: 'string' },
    },
    { min: 0, max: 0 },
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const lang = langOption(values.lang, 'fdi');
  const asOf = dateOption('as-of', values['as-of'], 'fdi');
  const { env, packs } = await loadEnvAndPacks();
  const progress = await withDatabase(env, packs, (db, stored) =>
    fdiProgress(cliContext(db, stored), { asOf, pack: values.pack }),
  );
  write(values.json ? JSON.stringify(progress, null, 2) : renderProgress(progress, lang));
  return 0;
}
