/**
 * `pack simulate <pack> <version>`: what a pack version (a draft, usually) would change for the
 * stored applications — the summary as a table in both languages (or JSON), the changed
 * applications listed or written to an NDJSON file, progress with rate and time left on stderr.
 * Nothing is stored.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import {
  type SimulatedChange,
  SimulationFilters,
  type SimulationRequest,
  type SimulationSummary,
  simulateVersion,
  streamSimulation,
} from '../packs/simulate-version.js';
import { fromZodError } from '../screening/validation-issues.js';
import { UsageError } from './cli-error.js';
import { write } from './command.js';
import { formatIssues } from './format-issues.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import type { Subcommand } from './subcommands.js';
import { cliContext, withDatabase } from './with-database.js';

export const PACK_SIMULATE_HELP = `Usage: npm run cli -- pack simulate <pack> <version> [options]

Re-judges the stored applications of <pack> under <version> (loaded or stored, e.g. an uploaded
draft), beside their current screening, on the same dates; nothing is stored. Prints how many
change band, eligibility or review, up or down, the registered capital that changes band, the
criteria responsible, the effect on the FDI pipeline forecast, and the changed applications.
Mô phỏng: chấm lại các hồ sơ đã lưu theo phiên bản <version>, so với kết quả hiện tại; không lưu gì.

Options:
  --status S          only applications in this status (submitted, under_review, approved, …)
  --band B            only applications now in this band
  --from YYYY-MM-DD   submitted on or after
  --to YYYY-MM-DD     submitted on or before
  --limit N           list the first N changed applications (default 20; 100 with --out)
  --all               list every changed application
  --json              print { summary, items, nextCursor } as JSON instead of tables
  --out FILE          write the listed changed applications to FILE as NDJSON (one per line,
                      as the API streams them), every one unless --limit is given
  -h, --help          this help

Progress (applications compared, rate, time left) goes to stderr when it is a terminal.
Exit codes: 0 done; 2 bad usage or an unknown pack or version; 1 other errors.`;

const DEFAULT_LISTED = 20;

type Values = {
  status?: string;
  band?: string;
  from?: string;
  to?: string;
  limit?: string;
  all?: boolean;
  json?: boolean;
  out?: string;
};

function requestOf(pack: string, version: string, values: Values): SimulationRequest {
  const raw = Object.fromEntries(
    (['status', 'band', 'from', 'to'] as const)
      .filter((k) => values[k] !== undefined)
      .map((k) => [k, values[k]]),
  );
  const parsed = SimulationFilters.safeParse(raw);
  if (!parsed.success) {
    const issues = fromZodError(parsed.error).map((i) => ({ ...i, path: `--${i.path}` }));
    throw new UsageError(
      `Invalid filter / Bộ lọc không hợp lệ:\n${formatIssues(issues, 'both')}`,
      'pack simulate',
    );
  }
  if (values.all && values.limit !== undefined)
    throw new UsageError(
      '--limit and --all exclude each other / --limit và --all không dùng cùng nhau.',
      'pack simulate',
    );
  let limit: number;
  if (values.all) limit = Number.POSITIVE_INFINITY;
  else if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1)
      throw new UsageError(
        `--limit must be a whole number of at least 1, not "${values.limit}" / --limit phải là số nguyên từ 1 trở lên.`,
        'pack simulate',
      );
  } else limit = values.out ? Number.POSITIVE_INFINITY : DEFAULT_LISTED;
  return { packId: pack, version, filters: parsed.data, limit };
}

/** Applications compared, rate and time left, redrawn at most four times a second, on a TTY only. */
export function progressLine(
  stream: { isTTY?: boolean; write(s: string): unknown } = process.stderr,
) {
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      if (!stream.isTTY) return;
      const now = performance.now();
      if (now - drawn < 250 && done < total) return;
      drawn = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? `${Math.ceil((total - done) / rate)} s` : '?';
      const n = (x: number) => Math.round(x).toLocaleString('en');
      stream.write(`\r\x1b[K${n(done)}/${n(total)} · ${n(rate)}/s · ETA / còn ${eta}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

const usd = (x: number) => `${Math.round(x).toLocaleString('en')} USD`;
const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

export function renderSummary(s: SimulationSummary): string {
  const a = s.applications;
  const rows: [string, string][] = [
    ['Pack / Bộ tiêu chí', `${s.pack.id} ${s.pack.version} (${s.pack.hash.slice(0, 19)}…)`],
    ['Matched / Hồ sơ khớp bộ lọc', String(a.matched)],
    ['Compared / Đã so sánh', String(a.compared)],
    ['Skipped, other pack / Bỏ qua, bộ khác', String(a.skipped.otherPack)],
    ['Skipped, unscreened / Bỏ qua, chưa chấm', String(a.skipped.unscreened)],
    ['Changed / Có thay đổi', String(a.changed)],
    ['Band up / Lên nhóm', `${s.bands.up.applications} (${usd(s.bands.up.capitalUsd)})`],
    ['Band down / Xuống nhóm', `${s.bands.down.applications} (${usd(s.bands.down.capitalUsd)})`],
    ['Eligibility gained / Đạt điều kiện', String(s.eligibility.gained)],
    ['Eligibility lost / Mất điều kiện', String(s.eligibility.lost)],
    ['Review added / Thêm thẩm tra', String(s.review.added)],
    ['Review removed / Bớt thẩm tra', String(s.review.removed)],
    [
      'Score change / Thay đổi điểm',
      `mean ${signed(s.scoreDelta.mean)}, min ${signed(s.scoreDelta.min)}, max ${signed(s.scoreDelta.max)}`,
    ],
    [
      'Pipeline, weighted / Vốn đang xét (quy đổi)',
      `${usd(s.pipeline.currentWeightedUsd)} → ${usd(s.pipeline.simulatedWeightedUsd)} (${s.pipeline.deltaUsd >= 0 ? '+' : ''}${usd(s.pipeline.deltaUsd)})`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  if (s.bands.transitions.length > 0) {
    out.push('', 'Band moves / Chuyển nhóm:');
    for (const t of s.bands.transitions)
      out.push(`  ${t.from} → ${t.to} (${t.direction}): ${t.applications}, ${usd(t.capitalUsd)}`);
  }
  if (s.criteria.length > 0) {
    out.push('', 'Criteria responsible / Tiêu chí gây thay đổi:');
    for (const k of s.criteria) {
      const title = k.title ? ` — ${k.title.en} / ${k.title.vi}` : '';
      out.push(
        `  ${k.id}${title}: ${k.gained} gain / tăng, ${k.lost} lose / giảm, net ${signed(k.netPoints)} points / điểm, outcome changed / đổi kết quả ${k.outcomeChanged}`,
      );
    }
  }
  return out.join('\n');
}

export function renderChange(c: SimulatedChange): string {
  const why = c.criteria
    .map((k) => `${k.id} ${k.outcome.from ?? '–'}→${k.outcome.to ?? '–'} ${signed(k.points.delta)}`)
    .join('; ');
  const flags = [
    c.eligible.from !== c.eligible.to ? (c.eligible.to ? 'eligible' : 'ineligible') : '',
    c.reviewRequired.from !== c.reviewRequired.to
      ? c.reviewRequired.to
        ? 'review added'
        : 'review removed'
      : '',
  ].filter(Boolean);
  return `  ${c.id}  ${c.projectName} (${c.status}, ${usd(c.capitalUsd)})\n    ${c.band.from} → ${c.band.to} (${c.band.direction}), score ${c.score.from} → ${c.score.to} (${signed(c.score.delta)})${flags.length ? `, ${flags.join(', ')}` : ''}\n    ${why}`;
}

/** Writes lines to a file, waiting when the disk is slower; renamed into place only when complete. */
async function ndjsonFile(path: string) {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  await once(out, 'open');
  return {
    async line(value: unknown) {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    },
    async finish() {
      out.end();
      await once(out, 'finish');
      await rename(partial, path);
    },
    async abandon() {
      out.destroy();
      await rm(partial, { force: true });
    },
  };
}

export const packSimulate: Subcommand = async (args) => {
  const parsed = parseCommandArgs(
    'pack simulate',
    PACK_SIMULATE_HELP,
    args,
    {
      status: { type: 'string' },
      band: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string' },
    },
    { min: 2, max: 2 },
  );
  if (!parsed) return 0;
  const [pack, version] = parsed.positionals as [string, string];
  const values = parsed.values as Values;
  const request = requestOf(pack, version, values);
  const { env, packs } = await loadEnvAndPacks();
  const progress = progressLine();
  const file = values.out ? await ndjsonFile(values.out) : undefined;
  try {
    const result = await withDatabase(env, packs, async (db) => {
      const ctx = cliContext(db, packs);
      const hooks = { onProgress: progress.update };
      if (!file) return simulateVersion(ctx, request, hooks);
      let written = 0;
      const { summary, nextCursor } = await streamSimulation(ctx, request, {
        ...hooks,
        onChange: async (change) => {
          written++;
          await file.line(change);
        },
      });
      return { summary, items: [] as SimulatedChange[], nextCursor, written };
    });
    progress.end();
    await file?.finish();
    if (values.json) {
      write(
        JSON.stringify(
          file ? { summary: result.summary, nextCursor: result.nextCursor } : result,
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [renderSummary(result.summary)];
    if (file) {
      const written = (result as { written?: number }).written ?? 0;
      lines.push(
        '',
        `Changed applications written / Đã ghi hồ sơ thay đổi: ${written} → ${values.out}`,
      );
    } else if (result.items.length > 0) {
      lines.push('', 'Changed applications / Hồ sơ thay đổi:', ...result.items.map(renderChange));
    }
    if (result.nextCursor)
      lines.push(
        '',
        `More changed applications: use --limit or --all. / Còn hồ sơ thay đổi khác: dùng --limit hoặc --all.`,
      );
    write(lines.join('\n'));
    return 0;
  } catch (error) {
    progress.end();
    await file?.abandon();
    throw error;
  }
};
