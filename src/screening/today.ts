/**
 * "Today" as a calendar date in a pack's time zone. The pack in force is chosen by date, and a day
 * in Vietnam starts seven hours before it does in UTC, so the server's own zone must not decide.
 */
import type { PackRegistry } from './pack-registry.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The YYYY-MM-DD date of `instant` in `timeZone`; throws a RangeError for an unknown zone. */
export function dateIn(timeZone: string, instant: Date): string {
  const format =
    formatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  formatters.set(timeZone, format);
  // Assembled from parts so the result does not depend on how ICU data lays out an en-CA date.
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
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
