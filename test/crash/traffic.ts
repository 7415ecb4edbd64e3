/**
 * Load the crash tests put on a child server: submissions as investors send them, a statistics
 * file big enough to be cut in the middle, and requests held open across a signal.
 */
import { randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { CSV_COLUMNS } from '../../src/fdi/statistics-csv.js';

export type Acknowledged = { id: string; receiptToken: string };

/**
 * Keeps `parallel` submissions in flight until `stop()` says so; returns every 201 answered, and
 * any other status seen before the stop (none expected). Failures after the stop are the kill.
 */
export function submitUntilStopped(
  url: string,
  body: () => Promise<unknown>,
  parallel: number,
): { acknowledged: Acknowledged[]; unexpected: string[]; stop(): void; done: Promise<void> } {
  const acknowledged: Acknowledged[] = [];
  const unexpected: string[] = [];
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      try {
        const res = await fetch(`${url}/api/v1/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(await body()),
        });
        const text = await res.text();
        if (res.status === 201) acknowledged.push(JSON.parse(text) as Acknowledged);
        else if (!stopped) unexpected.push(`${res.status} ${text.slice(0, 300)}`);
      } catch (error) {
        if (!stopped) unexpected.push(String(error));
      }
    }
  };
  const running = Array.from({ length: parallel }, worker);
  return {
    acknowledged,
    unexpected,
    stop() {
      stopped = true;
    },
    done: Promise.all(running).then(() => {}),
  };
}

/** A statistics CSV of `rows` partial-period rows, all citing `sourceDoc` so they can be counted. */
export function statisticsCsv(rows: number, sourceDoc: string): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const values: Record<string, string> = {
      period_from: '2024-01-01',
      period_to: '2024-06-30',
      flow: 'new',
      measure: 'registered',
      amount_usd: String(1000 + i),
      projects: '1',
      source_doc: sourceDoc,
      status: 'preliminary',
      note: `crash test row ${i}`,
    };
    lines.push(CSV_COLUMNS.map((c) => values[c] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Bytes under a directory: an embedded database's tables grow on disk as a big insert runs. */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(path);
    else
      total += await stat(path).then(
        (s) => s.size,
        () => 0,
      );
  }
  return total;
}

export type HeldRequest = {
  /** Sends the rest of the body; the answer comes after. */
  finish(): void;
  answer: Promise<{ status: number; body: string }>;
};

/**
 * A POST whose headers and first half of the body are sent now and the rest on `finish()`: the
 * server has the request in hand (not an idle connection) while the test does something else.
 */
export function holdRequest(url: string, path: string, body: unknown): HeldRequest {
  const bytes = Buffer.from(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  let finish = () => {};
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(bytes.length),
        'idempotency-key': randomUUID(),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(bytes.subarray(0, half));
    finish = () => req.end(bytes.subarray(half));
  });
  return { finish: () => finish(), answer };
}
