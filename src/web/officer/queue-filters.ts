/**
 * The queue's filters as they travel in the page's address: read from the query string into the
 * list verb's `ListQuery` (empty fields mean "any"), and written back for the "next page" link so
 * paging keeps them.
 */
import { ListQuery } from '../../applications/list-applications.js';
import type { Text } from '../../screening/i18n.js';
import { unstorableText } from '../../screening/storable-text.js';
import { O } from './officer-texts.js';

export const FILTERS = [
  'status',
  'band',
  'eligible',
  'reviewRequired',
  'country',
  'sector',
  'area',
  'from',
  'to',
  'q',
] as const;
export type FilterName = (typeof FILTERS)[number];
export type FilterValues = Partial<Record<FilterName, string>>;

/** A page of the queue: enough to scan on a phone, few enough pages to walk through. */
export const PAGE_SIZE = 25;

const LABELS: Record<FilterName | 'cursor', Text> = {
  status: O.status,
  band: O.band,
  eligible: O.eligible,
  reviewRequired: O.reviewRequired,
  country: O.country,
  sector: O.sector,
  area: O.area,
  from: O.from,
  to: O.to,
  q: O.q,
  cursor: O.next,
};

export type FilterProblem = { field: string; label: Text };

export type ParsedFilters =
  | { ok: true; values: FilterValues; query: ListQuery }
  | { ok: false; values: FilterValues; problems: FilterProblem[] };

export function readFilters(search: Record<string, string>): ParsedFilters {
  const values: FilterValues = {};
  for (const name of FILTERS) {
    const v = search[name]?.trim();
    if (v) values[name] = name === 'country' ? v.toUpperCase() : v;
  }
  const cursor = search.cursor?.trim() || undefined;
  // Text the database cannot hold would fail deep in the query: refused here, as the API does.
  const unstorable = unstorableText({ ...values, cursor }).map((i) => i.path);
  const parsed = ListQuery.safeParse({
    ...values,
    ...(cursor ? { cursor } : {}),
    limit: PAGE_SIZE,
  });
  const bad = new Set([
    ...unstorable,
    ...(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0] ?? ''))),
  ]);
  if (bad.size > 0 || !parsed.success) {
    const problems = [...bad]
      .filter((f): f is FilterName | 'cursor' => f in LABELS)
      .map((field) => ({ field, label: LABELS[field] }));
    return { ok: false, values, problems };
  }
  return { ok: true, values, query: parsed.data };
}

/** The query string of the queue with these filters (and a cursor for a later page). */
export function queueHref(values: FilterValues, cursor?: string): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const v = values[name];
    if (v) params.set(name, v);
  }
  if (cursor) params.set('cursor', cursor);
  const qs = params.toString();
  return qs ? `/officer?${qs}` : '/officer';
}
