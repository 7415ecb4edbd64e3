/** `seed statistics`: the published FDI statistics, loaded by hand as the server loads them at start-up. */
import { relative } from 'node:path';
import { SEED_STATISTICS_FILE, seedStatistics } from '../fdi/seed-statistics.js';
import { write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { recordedText, refusal, withRecordingProgress } from './recorded-statistics.js';
import { SEED_HELP } from './seed-help.js';
import { withDatabase } from './with-database.js';

export async function seedStatisticsByHand(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'seed',
    SEED_HELP,
    args,
    { force: { type: 'boolean' } },
    { min: 0, max: 0 },
  );
  if (!parsed) return 0;
  const file = relative(process.cwd(), SEED_STATISTICS_FILE);
  const { env, packs } = await loadEnvAndPacks();
  const seeded = await withDatabase(env, packs, (db, stored) =>
    withRecordingProgress(
      (onProgress) =>
        seedStatistics(
          { db, packs: stored, clock: () => new Date() },
          { force: parsed.values.force === true, onProgress },
        ),
      (result) => (result.loaded ? result : undefined),
    ),
  ).catch((error: unknown) => {
    throw refusal(file, error);
  });
  if (!seeded.loaded) {
    write(
      [
        `The ledger already has official statistics for ${seeded.jurisdiction}: nothing loaded (--force loads ${file} again as a new batch).`,
        `Sổ theo dõi đã có số liệu thống kê chính thức của ${seeded.jurisdiction}: không nạp thêm (--force để nạp lại thành một lô mới).`,
      ].join('\n'),
    );
    return 0;
  }
  write(recordedText(seeded, file));
  return 0;
}
