/** `pack activate <pack> <version> --from DATE [--note TEXT] [--retroactive]`: through the activation verb. */
import { ActivationInput, activateVersion } from '../packs/activate-version.js';
import { fromZodError } from '../screening/validation-issues.js';
import { invalid, ServiceError } from '../service-errors.js';
import { write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { PACK_HELP } from './pack-help.js';
import { parseCommandArgs } from './parse-command-args.js';
import { cliContext, withDatabase } from './with-database.js';

/** Option names for the fields of the input, so a problem names what the user typed. */
const OPTION_OF: Record<string, string> = {
  effectiveFrom: '--from',
  note: '--note',
  retroactive: '--retroactive',
};

export async function packActivate(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'pack',
    PACK_HELP,
    args,
    { from: { type: 'string' }, note: { type: 'string' }, retroactive: { type: 'boolean' } },
    { min: 2, max: 2 },
  );
  if (!parsed) return 0;
  const [packId, version] = parsed.positionals as [string, string];
  const { values } = parsed;
  const input = ActivationInput.safeParse({
    effectiveFrom: values.from,
    note: values.note,
    retroactive: values.retroactive,
  });
  if (!input.success)
    throw invalid(
      fromZodError(input.error).map((i) => ({ ...i, path: OPTION_OF[i.path] ?? i.path })),
    );
  const { env, packs } = await loadEnvAndPacks();
  const done = await withDatabase(env, packs, (db) =>
    activateVersion(cliContext(db, packs), packId, version, input.data).catch((error: unknown) => {
      // The verb names fields as the API does; here they are options.
      if (error instanceof ServiceError)
        for (const i of error.extra.issues ?? []) i.path = OPTION_OF[i.path] ?? i.path;
      throw error;
    }),
  );
  const previous = done.previous ?? '-';
  write(
    [
      `Activated ${done.packId} ${done.version} from ${done.effectiveFrom}${done.retroactive ? ' (retroactive)' : ''}; before, ${previous} was in force on that date.`,
      `Đã áp dụng ${done.packId} ${done.version} từ ngày ${done.effectiveFrom}${done.retroactive ? ' (hồi tố)' : ''}; trước đó phiên bản có hiệu lực vào ngày này là ${previous}.`,
      ...Object.entries(done.statuses).map(([v, s]) => `  ${v}  ${s}`),
    ].join('\n'),
  );
  return 0;
}
