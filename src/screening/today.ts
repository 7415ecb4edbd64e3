/**
 * "Today" as a calendar date in a pack's time zone. The pack in force is chosen by date, and a day
 * in Vietnam starts seven hours before it does in UTC, so the server's own zone must not decide.
 */
import type { PackRegistry } from './pack-registry.js';

type ZoneDates = { format: Intl.DateTimeFormat; minute: number; date: string };

/** Per zone, its formatter and the last answer, by the whole minute of the instant it was for. */
const zones = new Map<string, ZoneDates>();

const MINUTE_MS = 60_000;
// Every request asks for today, and formatToParts is costly. Since 1972 every zone's UTC offset is
// a whole number of minutes (local mean times before had seconds: Monrovia's −0:44:30 until 1972),
// so from then on a date can only change on a minute boundary and one answer holds for the minute.
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);

/** The YYYY-MM-DD date of `instant` in `timeZone`; throws a RangeError for an unknown zone. */
export function dateIn(timeZone: string, instant: Date): string {
  let zone = zones.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = { format, minute: Number.NaN, date: '' };
    zones.set(timeZone, zone);
  }
  const ms = instant.getTime();
  const minute = Math.floor(ms / MINUTE_MS);
  // NaN (an invalid date) never equals the cached minute, so formatToParts throws as before.
  if (minute === zone.minute) return zone.date;
  // Assembled from parts so the result does not depend on how ICU data lays out an en-CA date.
  const parts = zone.format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (ms >= WHOLE_MINUTE_OFFSETS_FROM) {
    zone.minute = minute;
    zone.date = date;
  }
  return date;
}

/** The time zone of a pack: its latest version's, since a jurisdiction keeps its zone across versions. */
export function packTimeZone(packs: PackRegistry, packId: string): string | undefined {
  return packs.versionsOf(packId).at(-1)?.content.meta.jurisdiction.timeZone;
}

/** Today in the pack's zone; an unknown pack falls back to the default pack's zone. */
export function todayFor(packs: PackRegistry, packId: string, now: Date): string {
  const zone = packTimeZone(packs, packId) ?? packTimeZone(packs, packs.defaultPackId) ?? 'UTC';
  return dateIn(zone, now);
}

/** The pack a proposal body names, if loaded; else the default, whose zone gives "today". */
export function packIdOf(body: unknown, packs: PackRegistry): string {
  const named =
    body !== null && typeof body === 'object' ? (body as { pack?: unknown }).pack : undefined;
  return typeof named === 'string' && packs.versionsOf(named).length > 0
    ? named
    : packs.defaultPackId;
}

/** Today for a proposal without `submittedOn`: the date in its pack's time zone. */
export function todayForProposal(packs: PackRegistry, body: unknown, now: Date): string {
  return todayFor(packs, packIdOf(body, packs), now);
}
