/** `seed demo|statistics`: fictional demo applications through the verbs, or the published FDI statistics. */
import { join } from 'node:path';
import type { Status } from '../applications/status.js';
import { UsageError } from './cli-error.js';
import { type Command, write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { progressOnStderr } from './progress.js';
import { type SeedSummary, seedDemo } from './seed-demo.js';
import { DEFAULT_COUNT, SEED_HELP } from './seed-help.js';
import { seedStatisticsByHand } from './seed-statistics-command.js';
import { runSubcommand } from './subcommands.js';
import { withDatabase } from './with-database.js';

const MAX_COUNT = 10_000;
const DEFAULT_TEMPLATES = join(import.meta.dirname, '..', '..', 'seeds', 'proposals');

function positiveInt(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new UsageError(
      `--${name} must be a whole number from 1 to ${max}, not "${value}".`,
      'seed',
    );
  return Number(value);
}

function summaryText(s: SeedSummary): string {
  const lines = [
    `Loaded ${s.created} fictional applications (seed ${s.seed}). / Đã nạp ${s.created} hồ sơ minh họa (hư cấu).`,
  ];
  if (s.alreadyLoaded > 0)
    lines.push(
      `${s.alreadyLoaded} were already loaded by an earlier run with this seed. / ${s.alreadyLoaded} hồ sơ đã được nạp trước đó.`,
    );
  const statuses = Object.entries(s.byStatus) as [Status, number][];
  const width = Math.max(...statuses.map(([k]) => k.length), ...s.byBand.map((b) => b.id.length));
  lines.push('', 'By status / Theo trạng thái:');
  for (const [status, count] of statuses)
    lines.push(`  ${status.padEnd(width)}  ${String(count).padStart(4)}`);
  lines.push('', 'By band / Theo xếp loại:');
  for (const b of s.byBand)
    lines.push(
      `  ${b.id.padEnd(width)}  ${String(b.count).padStart(4)}  ${b.label.en} / ${b.label.vi}`,
    );
  return lines.join('\n');
}

async function seedDemoByHand(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'seed',
    SEED_HELP,
    args,
    { count: { type: 'string' }, seed: { type: 'string' }, templates: { type: 'string' } },
    { min: 0, max: 0 },
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const count = positiveInt('count', values.count, MAX_COUNT) ?? DEFAULT_COUNT;
  const seed = positiveInt('seed', values.seed, 2 ** 31);
  const { env, packs } = await loadEnvAndPacks();
  const progress = progressOnStderr('Seeding / Đang nạp');
  const summary = await withDatabase(env, packs, (db, stored) =>
    seedDemo(db, stored, {
      count,
      seed,
      templatesDir: values.templates ?? DEFAULT_TEMPLATES,
      now: new Date(),
      onProgress: progress.update,
    }),
  ).finally(progress.end);
  write(summaryText(summary));
  return 0;
}

export const seedCommand: Command = {
  name: 'seed',
  summary: 'load demo applications or FDI statistics / nạp dữ liệu minh họa, số liệu FDI',
  run: (args) =>
    runSubcommand(
      'seed',
      SEED_HELP,
      { demo: seedDemoByHand, statistics: seedStatisticsByHand },
      args,
    ),
};
