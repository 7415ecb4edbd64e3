/**
 * The worker threads of a batch. Each compiles the packs once; a batch goes to the worker with the
 * fewest batches outstanding. Workers are TypeScript run by tsx (`npm run cli`, `node --import
 * tsx`): a worker's entry module is not passed through the loader hooks the main thread was
 * started with (Node ≥ 20.6), so a `.ts` entry is started through tsx's own `register()` first.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchReply, BatchRequest, WorkerMessage, WorkerSetup } from './batch-worker.js';
import { CliError } from './cli-error.js';

type Waiting = { resolve(reply: BatchReply): void; reject(error: Error): void };
type Slot = { worker: Worker; waiting: Map<number, Waiting> };

function startWorker(setup: WorkerSetup): Worker {
  const entry = new URL(
    `./batch-worker${extname(fileURLToPath(import.meta.url))}`,
    import.meta.url,
  );
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: setup });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

export class WorkerPool {
  readonly #slots: Slot[];
  #seq = 0;
  #failure: Error | undefined;

  private constructor(slots: Slot[]) {
    this.#slots = slots;
  }

  /** Starts `count` workers and waits until every one has its packs; a pack problem is exit 1. */
  static async start(count: number, setup: WorkerSetup): Promise<WorkerPool> {
    const slots: Slot[] = [];
    const pool = new WorkerPool(slots);
    const ready = Array.from({ length: count }, () => {
      const slot: Slot = { worker: startWorker(setup), waiting: new Map() };
      slots.push(slot);
      return new Promise<void>((resolve, reject) => {
        slot.worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'ready') resolve();
          else if (message.type === 'failed') reject(new CliError(message.message, 1));
          else pool.#settle(slot, message);
        });
        const fail = (error: Error) => {
          reject(error);
          pool.#fail(error);
        };
        slot.worker.on('error', fail);
        slot.worker.on('exit', (code) => {
          if (slot.waiting.size > 0 || code !== 0)
            fail(new Error(`A batch worker stopped (exit code ${code}).`));
        });
      });
    });
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Screens one batch on the least busy worker. */
  run(rows: BatchRequest['rows']): Promise<BatchReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    const slot = this.#slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const seq = this.#seq++;
    return new Promise((resolve, reject) => {
      slot.waiting.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, rows } satisfies BatchRequest);
    });
  }

  async close(): Promise<void> {
    for (const slot of this.#slots) slot.worker.removeAllListeners('exit');
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #settle(slot: Slot, reply: BatchReply): void {
    const waiting = slot.waiting.get(reply.seq);
    slot.waiting.delete(reply.seq);
    waiting?.resolve(reply);
  }

  /** A worker that dies takes the batch down: every batch still waiting is rejected. */
  #fail(error: Error): void {
    this.#failure ??= error;
    for (const slot of this.#slots) {
      for (const waiting of slot.waiting.values()) waiting.reject(error);
      slot.waiting.clear();
    }
  }
}
