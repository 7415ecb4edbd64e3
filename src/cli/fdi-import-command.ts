/** `fdi import <file.csv>`: official statistics from a CSV file, all rows in one transaction or none. */
import { importStatisticsCsv } from '../fdi/import-statistics-csv.js';
import { write } from './command.js';
import { FDI_HELP } from './fdi-help.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readTextFile } from './read-text-file.js';
import { recordedText, refusal, withRecordingProgress } from './recorded-statistics.js';
import { cliContext, withDatabase } from './with-database.js';

export async function fdiImport(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'fdi',
    FDI_HELP,
    args,
    { pack: { type: 'string' } },
    { min: 1, max: 1 },
  );
  if (!parsed) return 0;
  const file = parsed.positionals[0] as string;
  const text = await readTextFile(file, 'CSV');
  const { env, packs } = await loadEnvAndPacks();
  const recorded = await withDatabase(env, packs, (db, stored) =>
    withRecordingProgress(
      (onProgress) =>
        importStatisticsCsv(cliContext(db, stored), text, { pack: parsed.values.pack, onProgress }),
      (result) => result,
    ),
  ).catch((error: unknown) => {
    throw refusal(file, error);
  });
  write(recordedText(recorded, file));
  return 0;
}
