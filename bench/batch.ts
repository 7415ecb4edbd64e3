/**
 * `screen-batch` benchmark: generated proposals written as JSON Lines to a temporary file, then the
 * real command line run on it: CSV summary output with 1 and with 2 workers on every row, and
 * JSON Lines of full results (texts and improvements, ~30 kB a row) with 2 workers on a tenth of
 * them, so the disk holds 3 GB rather than 30. Reports rows per second over the whole run
 * (start-up included) and the peak resident memory of the process — main thread and workers
 * together — read from /proc/<pid>/status (VmHWM), so a flat figure shows the stream stays bounded.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { arbitraryProposal } from '../test/support/arbitrary-proposal.js';
import { repoPacks } from '../test/support/packs.js';

const REPO = join(import.meta.dirname, '..');
/** Distinct proposals generated; the file repeats them to reach the row count. */
const DISTINCT = 10_000;

export type BatchRow = {
  output: 'csv' | 'jsonl';
  workers: number;
  rows: number;
  seconds: number;
  perSecond: number;
  peakRssMb: number;
};

export async function writeInput(path: string, rows: number): Promise<void> {
  const { registry } = await repoPacks();
  const version = registry.versionsOf(registry.defaultPackId)[0];
  if (!version) throw new Error('the default pack has no version');
  const asOf = version.content.meta.effectiveFrom;
  const lines = fc
    .sample(arbitraryProposal(version.content, { from: asOf, to: asOf }), {
      numRuns: DISTINCT,
      seed: 7099,
    })
    .map((p) => `${JSON.stringify(p)}\n`);
  const out = createWriteStream(path);
  for (let i = 0; i < rows; i++) {
    if (!out.write(lines[i % lines.length] as string)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

async function peakRss(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export async function runBatch(
  input: string,
  out: string,
  workers: number,
  rows: number,
  output: BatchRow['output'] = 'csv',
) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'screen-batch',
      input,
      '--lang',
      'en',
      '--out',
      out,
      '--workers',
      String(workers),
    ],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
  });
  let peak = 0;
  // VmHWM only grows: the last reading before the process ends is its peak.
  const sampler = setInterval(async () => {
    peak = Math.max(peak, await peakRss(child.pid as number));
  }, 200);
  const [code] = (await once(child, 'close')) as [number | null];
  clearInterval(sampler);
  if (code !== 0) throw new Error(`screen-batch exited with ${code}:\n${stderr}`);
  const seconds = (performance.now() - started) / 1000;
  return {
    output,
    workers,
    rows,
    seconds,
    perSecond: rows / seconds,
    peakRssMb: peak,
    summary: stderr,
  };
}

export async function benchBatch(rows: number): Promise<BatchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'fdi-bench-batch-'));
  try {
    const input = join(dir, 'proposals.jsonl');
    await writeInput(input, rows);
    const size = (await stat(input)).size;
    console.log(
      `\nscreen-batch: ${rows.toLocaleString('en')} rows, ${(size / 1e6).toFixed(0)} MB of JSON Lines`,
    );
    const results: BatchRow[] = [];
    const report = (r: BatchRow & { summary: string }) => {
      console.log(`  ${r.summary.trim().split('\n').at(-1)}`);
      results.push(r);
    };
    for (const workers of [1, 2])
      report(await runBatch(input, join(dir, `out-${workers}.csv`), workers, rows));
    const tenth = Math.max(1, Math.floor(rows / 10));
    const fewer = join(dir, 'proposals-tenth.jsonl');
    await writeInput(fewer, tenth);
    const out = join(dir, 'out.jsonl');
    report(await runBatch(fewer, out, 2, tenth, 'jsonl'));
    await rm(out, { force: true });
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function printBatch(rows: BatchRow[]): void {
  console.log('\nscreen-batch (JSON Lines in; whole run incl. start-up)');
  console.log(
    '| output | workers | rows | seconds | rows per second | peak RSS MB (main + workers) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const outputs = { csv: 'CSV summary', jsonl: 'JSON Lines, full results' };
  for (const r of rows)
    console.log(
      `| ${outputs[r.output]} | ${r.workers} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.peakRssMb.toFixed(0)} |`,
    );
}
