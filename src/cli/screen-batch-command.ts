/**
 * `screen-batch <in.csv|in.jsonl> --out <file>`: screens every proposal of a file as `screen`
 * screens one (the pack in force on each row's date; no database), on worker threads, streaming.
 * A bad row is reported with its line number and never stops the batch.
 */
import { open, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { Lang } from '../screening/i18n.js';
import { columnsOf } from './batch-csv.js';
import { BatchInput, type InputFormat, inputSize } from './batch-input.js';
import { CSV_SUMMARY_HEADER, type OutputFormat } from './batch-output.js';
import { WorkerPool } from './batch-pool.js';
import { type BatchTotals, batchProgress } from './batch-progress.js';
import { runBatches } from './batch-run.js';
import type { RefusedRow } from './batch-worker.js';
import { invalidInput, UsageError } from './cli-error.js';
import type { Command } from './command.js';
import { dateOption, langOption } from './option-values.js';
import { parseCommandArgs } from './parse-command-args.js';

const NAME = 'screen-batch';

const HELP = `Usage: npm run cli -- screen-batch <in.jsonl|in.csv> --out <out.jsonl|out.csv> [--workers N] [--lang vi|en] [--date YYYY-MM-DD]

Screens every proposal of a file, each with the rule pack version in force on its date, on
several cores; the file is streamed, so memory stays flat however many rows it has.
Sàng lọc mọi hồ sơ đề xuất trong một tệp, mỗi hồ sơ theo phiên bản bộ tiêu chí có hiệu lực vào
ngày nộp, chạy song song trên nhiều lõi; tệp được đọc dần nên bộ nhớ không tăng theo số dòng.

Input / Đầu vào:
  .jsonl   one proposal (a JSON object of the contract) per line
           mỗi dòng một hồ sơ (một đối tượng JSON theo hợp đồng dữ liệu)
  .csv     a header naming proposal fields by dotted path (project.name, capital.totalUsd,
           site.area, …); lists such as project.sectorCodes separated by ";"; true/false; an
           empty cell = absent; null where the contract allows it. RFC 4180 quoting.
           dòng tiêu đề ghi tên trường theo đường dẫn (project.name, capital.totalUsd, …); danh
           sách như project.sectorCodes ngăn cách bằng ";"; true/false; ô trống = không khai.
Output / Kết quả (--out, in input order / theo thứ tự đầu vào):
  .jsonl   per row {"line", "ok": true, "result"} (the full screening result, as the API
           returns it) or {"line", "ok": false, "problems"} (each with its path, vi and en)
  .csv     per row: line, project_name, eligible, band, score, review_required, problems
  The file appears when the batch is done / Tệp chỉ xuất hiện khi chạy xong.

Options:
  --out FILE           where to write the results (required) / tệp kết quả (bắt buộc)
  --workers N          worker threads (default: the cores available) / số luồng xử lý
  --lang vi|en         language of progress and problems on stderr (default vi)
  --date YYYY-MM-DD    the date for rows without submittedOn (default: today in the pack's zone)
  -h, --help           this help

A bad row (not JSON, a missing or mistyped field, an unknown catalogue id) is reported with its
line number and does not stop the batch. Dòng lỗi được báo kèm số dòng và không dừng lô.
Exit codes: 0 the batch ran (even with refused rows); 2 bad usage (missing file, unknown column);
1 other errors (e.g. invalid packs).`;

const INPUTS: Record<string, InputFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};
const OUTPUTS: Record<string, OutputFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};
const ROWS_PER_BATCH = 256;
/** Refused rows printed on stderr; the rest are counted and are in the output file. */
const REFUSED_SHOWN = 20;

function formatOf<T>(table: Record<string, T>, file: string, what: string): T {
  const format = table[extname(file).toLowerCase()];
  if (format === undefined)
    throw new UsageError(
      `${what} ${file} must end in ${Object.keys(table).join(', ')} / Tệp ${file} phải có đuôi ${Object.keys(table).join(', ')}.`,
      NAME,
    );
  return format;
}

function workersOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--workers must be a whole number from 1 to 256, not "${value}".`, NAME);
  return n;
}

function refusedLine(row: RefusedRow, lang: Lang): string {
  const label = lang === 'vi' ? 'dòng' : 'line';
  const problems = row.problems
    .map((p) => `${p.path || '(proposal)'}: ${p.message[lang]}`)
    .join('; ');
  return `  ${label} ${row.line}: ${problems}`;
}

/** Opened before any work so a bad output path is a usage error, and written under a temporary name. */
async function openOutput(out: string) {
  const partial = `${out}.partial-${process.pid}`;
  try {
    const handle = await open(partial, 'w');
    return { partial, stream: handle.createWriteStream({ highWaterMark: 1024 * 1024 }) };
  } catch (error) {
    throw invalidInput(
      `Cannot write ${out}: ${(error as Error).message}\nKhông ghi được tệp ${out}.`,
    );
  }
}

export const screenBatchCommand: Command = {
  name: NAME,
  summary: 'screen a JSONL or CSV file of proposals on every core / sàng lọc cả tệp hồ sơ',
  async run(args) {
    const parsed = parseCommandArgs(
      NAME,
      HELP,
      args,
      {
        out: { type: 'string' },
        workers: { type: 'string' },
        lang: { type: 'string' },
        date: { type: 'string' },
      },
      { min: 1, max: 1 },
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const lang = langOption(values.lang, NAME);
    const date = dateOption('date', values.date, NAME);
    const workers = workersOption(values.workers);
    const file = positionals[0] as string;
    const out = values.out;
    if (out === undefined) throw new UsageError('--out is required / Thiếu --out.', NAME);
    const inputFormat = formatOf(INPUTS, file, 'Input');
    const output = formatOf(OUTPUTS, out, 'Output');
    if (resolve(out) === resolve(file))
      throw new UsageError('--out must not be the input file / --out phải khác tệp đầu vào.', NAME);

    const totalBytes = await inputSize(file);
    const input = new BatchInput(file, inputFormat);
    let columns: string[] | undefined;
    if (inputFormat === 'csv') {
      const header = await input.header();
      if (!header || !('cells' in header))
        throw invalidInput(`${file} has no header row.\n${file} không có dòng tiêu đề.`);
      columns = columnsOf(header.cells, NAME).map((f) => f.path);
    }

    const { partial, stream } = await openOutput(out);
    let pool: WorkerPool;
    try {
      pool = await WorkerPool.start(workers, {
        role: 'screen-batch',
        output,
        columns,
        date,
        nowMs: Date.now(),
      });
    } catch (error) {
      stream.destroy();
      await rm(partial, { force: true });
      throw error;
    }
    const progress = batchProgress({ totalBytes, lang });
    const totals: BatchTotals = { rows: 0, screened: 0, refused: 0 };
    let shown = 0;
    try {
      if (output === 'csv') stream.write(CSV_SUMMARY_HEADER);
      await runBatches({
        batches: input.batches(ROWS_PER_BATCH),
        screen: (rows) => pool.run(rows),
        out: stream,
        inFlight: workers * 2,
        written(reply, offset) {
          for (const row of reply.firstRefused) {
            if (shown >= REFUSED_SHOWN) break;
            progress.note(refusedLine(row, lang));
            shown++;
          }
          totals.refused += reply.refused;
          totals.rows += reply.rows;
          totals.screened += reply.screened;
          progress.update(totals.rows, offset);
        },
      });
      stream.end();
      await new Promise<void>((done, fail) => {
        stream.on('close', done);
        stream.on('error', fail);
      });
      await rename(partial, out);
    } catch (error) {
      stream.destroy();
      await rm(partial, { force: true });
      throw error;
    } finally {
      await pool.close();
    }
    if (totals.refused > REFUSED_SHOWN) {
      const more = totals.refused - REFUSED_SHOWN;
      progress.note(
        lang === 'vi'
          ? `  … và ${more} dòng lỗi khác, xem tệp kết quả ${out}`
          : `  … and ${more} more, see the output file ${out}`,
      );
    }
    progress.finish(totals, out);
    return 0;
  },
};
