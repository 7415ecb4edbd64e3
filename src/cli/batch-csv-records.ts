/**
 * A streaming RFC 4180 reader: text goes in chunk by chunk (a chunk may end anywhere, even inside
 * a quoted field), whole records come out, each with the line it starts on. Quoted fields may hold
 * commas, doubled quotes and line breaks; CRLF and LF both end a record; blank lines are skipped.
 * Written here rather than taken from a library: the batch needs only this much of CSV plus the
 * starting line of every record, and the whole state is five variables.
 */
export type CsvRecord = { line: number; fields: string[] };

export class CsvRecordReader {
  #fields: string[] = [];
  #field = '';
  #quoted = false;
  /** The previous chunk ended on a quote inside a quoted field: a doubled quote or the field's end. */
  #pendingQuote = false;
  /** The previous chunk ended on a CR, whose LF may start the next chunk. */
  #pendingCr = false;
  #line = 1;
  #start = 1;
  #first = true;

  /** The records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    // A byte-order mark belongs to the file, not to the first column's name.
    if (this.#first && chunk.charCodeAt(0) === 0xfeff) i = 1;
    if (chunk.length > 0) this.#first = false;
    for (; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.#pendingCr) {
        this.#pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.#pendingQuote) {
        this.#pendingQuote = false;
        if (ch === '"') {
          this.#field += '"';
          continue;
        }
        this.#quoted = false;
      }
      if (this.#quoted) {
        if (ch === '"') this.#pendingQuote = true;
        else {
          if (ch === '\n') this.#line++;
          this.#field += ch;
        }
      } else if (ch === '"' && this.#field === '') this.#quoted = true;
      else if (ch === ',') {
        this.#fields.push(this.#field);
        this.#field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.#pendingCr = true;
        this.#endRecord(out);
        this.#line++;
        this.#start = this.#line;
      } else this.#field += ch;
    }
    return out;
  }

  /** The last record when the text does not end with a line break; an open quote ends there too. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.#pendingQuote = false;
    this.#quoted = false;
    this.#endRecord(out);
    return out;
  }

  #endRecord(out: CsvRecord[]): void {
    const blank = this.#fields.length === 0 && this.#field === '';
    if (!blank) {
      this.#fields.push(this.#field);
      out.push({ line: this.#start, fields: this.#fields });
    }
    this.#fields = [];
    this.#field = '';
  }
}
