/**
 * Dates and instants as the pages write them: "31/10/2021" in Vietnamese, "31 Oct 2021" in English;
 * instants in the jurisdiction's time zone, since officers read times as the clock on their wall.
 */
import type { Lang } from '../screening/i18n.js';
import { dateIn } from '../screening/today.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD date; anything else is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

/** A day and month without the year: "31/10" / "31 Oct", for a cut-off written on a bar. */
export function formatDayMonth(iso: string, lang: Lang): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, mo, d] = m;
  return lang === 'vi' ? `${d}/${mo}` : `${Number(d)} ${MONTHS[Number(mo) - 1]}`;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** An instant as date and 24-hour time in `timeZone`: "02/06/2025 03:00". */
export function formatInstant(iso: string, lang: Lang, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const clock =
    clocks.get(timeZone) ??
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  clocks.set(timeZone, clock);
  const parts = clock.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDate(dateIn(timeZone, at), lang)} ${part('hour')}:${part('minute')}`;
}
