/**
 * The batch's progress on stderr: rows done, rate and time left (from the bytes read of the file's
 * size), redrawn at most four times a second and only for a person watching (a TTY); logs and
 * pipes get the final summary alone. Refused rows are printed above the progress line.
 */
import type { Lang } from '../screening/i18n.js';

export type BatchTotals = { rows: number; screened: number; refused: number };

type Stream = { isTTY?: boolean; write(text: string): unknown };

const REDRAW_MS = 250;
const fmt = (n: number, lang: Lang) => Math.round(n).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

export function batchProgress(options: {
  totalBytes: number;
  lang: Lang;
  stream?: Stream;
  clock?: () => number;
}) {
  const { totalBytes, lang } = options;
  const stream = options.stream ?? process.stderr;
  const clock = options.clock ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const started = clock();
  let drawn = 0;
  let shown = false;

  const seconds = () => (clock() - started) / 1000;
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };

  return {
    update(rows: number, bytes: number): void {
      if (!tty) return;
      const now = clock();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      const elapsed = seconds();
      const rate = elapsed > 0 ? rows / elapsed : 0;
      const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const left = share > 0 ? (elapsed * (1 - share)) / share : Number.NaN;
      const eta = Number.isFinite(left) ? duration(left) : '?';
      const pct = `${Math.floor(share * 100)}%`;
      const line =
        lang === 'vi'
          ? `${fmt(rows, lang)} dòng · ${fmt(rate, lang)} dòng/giây · ${pct} · còn ${eta}`
          : `${fmt(rows, lang)} rows · ${fmt(rate, lang)} rows/s · ${pct} · ETA ${eta}`;
      stream.write(`\r\x1b[K${line}`);
      shown = true;
    },
    /** A line printed above the progress line (a refused row). */
    note(text: string): void {
      clear();
      stream.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    finish(totals: BatchTotals, out: string): void {
      clear();
      const elapsed = seconds();
      const rate = elapsed > 0 ? totals.rows / elapsed : 0;
      const time = `${elapsed.toFixed(1)} s`;
      stream.write(
        lang === 'vi'
          ? `Xong: ${fmt(totals.rows, lang)} dòng, ${fmt(totals.screened, lang)} đã sàng lọc, ${fmt(totals.refused, lang)} bị từ chối, trong ${time} (${fmt(rate, lang)} dòng/giây). Kết quả: ${out}\n`
          : `Done: ${fmt(totals.rows, lang)} rows, ${fmt(totals.screened, lang)} screened, ${fmt(totals.refused, lang)} refused, in ${time} (${fmt(rate, lang)} rows/s). Output: ${out}\n`,
      );
    },
  };
}
