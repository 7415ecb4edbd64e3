/**
 * Dates as positions on a time axis measured in years: the start of 1 January 2021 is 2021, the end
 * of 31 December 2021 is 2022. A figure "as of" a date counts that whole day, so it sits at the
 * day's end.
 */

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function position(iso: string, dayEnd: boolean): number {
  const year = Number(iso.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (utc(iso) - start + (dayEnd ? DAY : 0)) / length;
}

/** Where a date's first moment sits on the axis. */
export const startOf = (iso: string): number => position(iso, false);

/** Where a date's last moment sits on the axis. */
export const endOf = (iso: string): number => position(iso, true);

/** Days from `from` to `to`, both counted. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utc(to) - utc(from)) / DAY) + 1;

/** The earlier of two ISO dates. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);
