/** `seed demo`: loads fictional demo applications in every status through the verbs, and summarises them. */
import { join } from 'node:path';
import type { Status } from '../applications/status.js';
import { UsageError } from './cli-error.js';
import { type Command, write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { progressOnStderr } from './progress.js';
import { DEMO_WINDOW, type SeedSummary, seedDemo } from './seed-demo.js';
import { withDatabase } from './with-database.js';

const DEFAULT_COUNT = 36;
const MAX_COUNT = 10_000;
const DEFAULT_TEMPLATES = join(import.meta.dirname, '..', '..', 'seeds', 'proposals');

const HELP = `Usage: npm run cli -- seed demo [--count N] [--seed N] [--templates DIR]

Loads fictional demo applications (names marked "(fictional)" / "(hư cấu)") through the same verbs
the API uses: submissions, verifications with notes, rescreens, approvals, rejections, requests for
information, resubmissions and withdrawals, so the officers' queue shows every status.
Nạp hồ sơ minh họa (hư cấu) qua các nghiệp vụ của hệ thống, đủ mọi trạng thái.

Proposals are derived from the templates (names, countries, areas and parks from the pack's
catalogue, capital, land, workforce and percentages vary), submitted between ${DEMO_WINDOW.from} and
${DEMO_WINDOW.to} (never after today) on dates when a pack version is in force.

Running it again adds another batch: the seed defaults to the number of applications already
stored + 1, so a second run derives different applications. Giving the same --seed again loads
nothing twice (its submissions are idempotent) and reports them as already loaded.

Options:
  --count N        how many applications (default ${DEFAULT_COUNT}; 9 or more reach every status)
  --seed N         the seed of the pseudo-random variations (same seed, same data)
  --templates DIR  the proposal templates (default seeds/proposals)
  -h, --help       this help

Exit codes: 0 loaded; 2 bad usage or invalid templates; 1 other errors (e.g. the embedded
database is held by the server: stop it first).`;

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

export const seedCommand: Command = {
  name: 'seed',
  summary: 'load fictional demo applications / nạp dữ liệu minh họa (hư cấu)',
  async run(args) {
    const parsed = parseCommandArgs(
      'seed',
      HELP,
      args,
      { count: { type: 'string' }, seed: { type: 'string' }, templates: { type: 'string' } },
      { min: 1, max: 1 },
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals[0] !== 'demo')
      throw new UsageError(`Unknown seed "${positionals[0]}": the only one is "demo".`, 'seed');
    const count = positiveInt('count', values.count, MAX_COUNT) ?? DEFAULT_COUNT;
    const seed = positiveInt('seed', values.seed, 2 ** 31);
    const { env, packs } = await loadEnvAndPacks();
    const progress = progressOnStderr('Seeding / Đang nạp');
    const summary = await withDatabase(env, packs, (db) =>
      seedDemo(db, packs, {
        count,
        seed,
        templatesDir: values.templates ?? DEFAULT_TEMPLATES,
        now: new Date(),
        onProgress: progress.update,
      }),
    ).finally(progress.end);
    write(summaryText(summary));
    return 0;
  },
};
