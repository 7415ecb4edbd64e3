/**
 * The batch's input file read as a stream, never whole: JSON Lines (one proposal a line) or CSV
 * (a header, then one proposal a record), cut into batches of rows that each carry their line
 * number, and the bytes read so far for the progress estimate.
 */
import { constants, createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { CsvRecordReader } from './batch-csv-records.js';
import type { BatchRow } from './batch-screen-row.js';
import { invalidInput } from './cli-error.js';

export type InputFormat = 'jsonl' | 'csv';
export type InputBatch = { rows: BatchRow[]; offset: number };

/** Splits JSON Lines text into rows; blank lines are skipped but counted. */
class JsonLineReader {
  #rest = '';
  #line = 0;

  push(chunk: string): BatchRow[] {
    const rows: BatchRow[] = [];
    const text = this.#rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      this.#take(text.slice(start, end), rows);
      start = end + 1;
    }
    this.#rest = text.slice(start);
    return rows;
  }

  end(): BatchRow[] {
    const rows: BatchRow[] = [];
    if (this.#rest !== '') this.#take(this.#rest, rows);
    this.#rest = '';
    return rows;
  }

  #take(raw: string, rows: BatchRow[]): void {
    this.#line++;
    // A byte-order mark before the first line and a CR before LF are the file's, not the JSON's.
    const text = (this.#line === 1 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '');
    if (text.trim() !== '') rows.push({ line: this.#line, text });
  }
}

class CsvRowReader {
  readonly #records = new CsvRecordReader();
  push = (chunk: string): BatchRow[] => this.#rows(this.#records.push(chunk));
  end = (): BatchRow[] => this.#rows(this.#records.end());
  #rows = (records: { line: number; fields: string[] }[]): BatchRow[] =>
    records.map((r) => ({ line: r.line, cells: r.fields }));
}

/** The input file's size; a missing file or a folder is the caller's to fix (exit 2). */
export async function inputSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw invalidInput(`${path} is a folder, not a file.\n${path} là thư mục, không phải tệp.`);
    await access(path, constants.R_OK);
    return info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw invalidInput(`File not found: ${path}\nKhông tìm thấy tệp: ${path}`);
    if (code !== undefined)
      throw invalidInput(
        `Cannot read ${path}: ${(error as Error).message}\nKhông đọc được tệp ${path}.`,
      );
    throw error;
  }
}

export class BatchInput {
  readonly #chunks: AsyncIterator<Buffer>;
  readonly #decoder = new StringDecoder('utf8');
  readonly #reader: JsonLineReader | CsvRowReader;
  #pending: BatchRow[] = [];
  #offset = 0;
  #ended = false;

  constructor(path: string, format: InputFormat) {
    this.#chunks = createReadStream(path, { highWaterMark: 256 * 1024 })[Symbol.asyncIterator]();
    this.#reader = format === 'csv' ? new CsvRowReader() : new JsonLineReader();
  }

  /** The first record (a CSV header), or undefined when the file has none. */
  async header(): Promise<BatchRow | undefined> {
    while (this.#pending.length === 0 && !this.#ended) await this.#read();
    return this.#pending.shift();
  }

  /** Batches of `size` rows (the last may be shorter), in file order. */
  async *batches(size: number): AsyncGenerator<InputBatch> {
    for (;;) {
      while (this.#pending.length < size && !this.#ended) await this.#read();
      if (this.#pending.length === 0) return;
      const rows = this.#pending.splice(0, size);
      // The offset is that of the last chunk read: close enough for an estimate of the time left.
      yield { rows, offset: this.#offset };
    }
  }

  async #read(): Promise<void> {
    const next = await this.#chunks.next();
    if (next.done) {
      this.#ended = true;
      this.#pending.push(...this.#reader.push(this.#decoder.end()), ...this.#reader.end());
      return;
    }
    this.#offset += next.value.length;
    const rows = this.#reader.push(this.#decoder.write(next.value));
    for (const row of rows) this.#pending.push(row);
  }
}
