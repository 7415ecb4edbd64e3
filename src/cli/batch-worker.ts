/**
 * A worker thread of `screen-batch`: compiles the packs once (as `screen` loads them, from the
 * same environment), then screens every batch it is sent and answers with the batch's output
 * already formatted and encoded as UTF-8, so the main thread only reads, orders and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { columnsOf } from './batch-csv.js';
import { formatOutcome, type OutputFormat } from './batch-output.js';
import { type BatchRow, type RowContext, type RowOutcome, screenRow } from './batch-screen-row.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';

export type WorkerSetup = {
  /** Marks a thread started by the batch; other threads that import this module are left alone. */
  role: 'screen-batch';
  output: OutputFormat;
  /** The CSV header's field paths (already checked by the main thread); absent for JSON Lines. */
  columns?: string[];
  date?: string;
  /** One instant for the whole batch, so rows without a date all get the same "today". */
  nowMs: number;
};

export type BatchRequest = { seq: number; rows: BatchRow[] };
/** A refused row as the main thread reports it on stderr. */
export type RefusedRow = Extract<RowOutcome, { ok: false }>;
export type BatchReply = {
  type: 'done';
  seq: number;
  /** The batch's output lines, UTF-8. */
  bytes: Uint8Array;
  rows: number;
  screened: number;
  /** The first refused rows of the batch (the main thread prints only a few); `refused` counts all. */
  firstRefused: RefusedRow[];
  refused: number;
};
export type WorkerMessage = { type: 'ready' } | { type: 'failed'; message: string } | BatchReply;

/** Enough refused rows per batch for the main thread's capped report on stderr. */
const REFUSED_KEPT = 20;

function unexpected(row: BatchRow, error: unknown): RefusedRow {
  const why = error instanceof Error ? error.message : String(error);
  return {
    line: row.line,
    ok: false,
    name: '',
    problems: [
      {
        path: '',
        rule: 'unexpected_error',
        message: {
          vi: `Lỗi không mong đợi khi sàng lọc dòng này: ${why}`,
          en: `Unexpected error while screening this row: ${why}`,
        },
      },
    ],
  };
}

export function screenBatch(request: BatchRequest, context: RowContext, output: OutputFormat) {
  // Each row's text is encoded as soon as it is made: a full result's JSON (~30 kB) is a string of
  // many pieces, and 256 of them held until the batch ends outlive the young generation, which
  // made a JSON Lines batch half as fast. Encoding here also spares the main thread the work.
  const chunks: Buffer[] = [];
  let size = 0;
  let screened = 0;
  let refused = 0;
  const firstRefused: RefusedRow[] = [];
  for (const row of request.rows) {
    let outcome: RowOutcome;
    try {
      outcome = screenRow(row, context);
    } catch (error) {
      // One row must not stop a batch of a million: it is reported like any refused row.
      outcome = unexpected(row, error);
    }
    if (outcome.ok) screened++;
    else {
      refused++;
      if (firstRefused.length < REFUSED_KEPT) firstRefused.push(outcome);
    }
    const chunk = Buffer.from(formatOutcome(outcome, output));
    chunks.push(chunk);
    size += chunk.length;
  }
  const reply: BatchReply = {
    type: 'done',
    seq: request.seq,
    bytes: Buffer.concat(chunks, size),
    rows: request.rows.length,
    screened,
    firstRefused,
    refused,
  };
  return reply;
}

async function serve(): Promise<void> {
  const port = parentPort;
  const setup = workerData as WorkerSetup | undefined;
  if (!port || setup?.role !== 'screen-batch') return;
  let context: RowContext;
  try {
    const { packs } = await loadEnvAndPacks();
    context = {
      packs,
      columns: setup.columns ? columnsOf(setup.columns, 'screen-batch') : undefined,
      date: setup.date,
      now: new Date(setup.nowMs),
      fullResult: setup.output === 'jsonl',
    };
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerMessage);
    return;
  }
  port.on('message', (request: BatchRequest) => {
    const reply = screenBatch(request, context, setup.output);
    // Moved, not copied, when the bytes fill their own buffer (not a slice of Node's shared pool).
    const { buffer, byteLength } = reply.bytes;
    const own = reply.bytes.byteOffset === 0 && buffer.byteLength === byteLength;
    port.postMessage(reply satisfies WorkerMessage, own ? [buffer as ArrayBuffer] : []);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}

await serve();
