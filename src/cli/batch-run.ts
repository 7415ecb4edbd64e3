/**
 * The batch's pipeline: the main thread reads batches, hands them to the workers, and writes their
 * answers in input order. At most `inFlight` batches are out at once and a write waits for the file
 * to drain, so memory stays flat whatever the size of the input.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { InputBatch } from './batch-input.js';
import type { BatchReply } from './batch-worker.js';

export type RunOptions = {
  batches: AsyncIterable<InputBatch>;
  screen(rows: InputBatch['rows']): Promise<BatchReply>;
  out: Writable;
  inFlight: number;
  /** Called in input order once a batch's output is written. */
  written(reply: BatchReply, offset: number): void;
};

export async function runBatches(options: RunOptions): Promise<void> {
  const { out, inFlight } = options;
  // In input order; a later batch that finishes first waits here (bounded by `inFlight`).
  const queue: { reply: Promise<BatchReply>; offset: number }[] = [];
  const writeFirst = async () => {
    const first = queue.shift();
    if (!first) return;
    const reply = await first.reply;
    if (!out.write(reply.bytes)) await once(out, 'drain');
    options.written(reply, first.offset);
  };
  try {
    for await (const batch of options.batches) {
      const reply = options.screen(batch.rows);
      // Awaited in order below; until then a failure must not count as unhandled.
      reply.catch(() => {});
      queue.push({ reply, offset: batch.offset });
      if (queue.length >= inFlight) await writeFirst();
    }
    while (queue.length > 0) await writeFirst();
  } finally {
    queue.length = 0;
  }
}
