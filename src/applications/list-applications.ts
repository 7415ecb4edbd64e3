/**
 * The officers' queue: filters (status, band, eligibility, review, country, sector, area, dates,
 * text on names), a sort, and keyset pagination with an opaque cursor — stable while rows arrive.
 */
import { and, asc, desc, eq, gt, gte, ilike, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../db/schema.js';
import { IsoDate, isIsoDate } from '../screening/proposal-schema.js';
import { invalid } from '../service-errors.js';
import { summaryOf } from './application-view.js';
import type { ServiceContext } from './context.js';
import { STATUSES } from './status.js';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListQuery = z.strictObject({
  status: z.enum(STATUSES).optional(),
  band: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  eligible: bool.optional(),
  reviewRequired: bool.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  sector: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional()
    .meta({ description: 'A VSIC code or prefix; matches any of the application codes' }),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  from: IsoDate.optional().meta({ description: 'Submitted on or after' }),
  to: IsoDate.optional().meta({ description: 'Submitted on or before' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Text in the project or investor name' }),
  sort: z
    .enum(['-createdAt', 'createdAt', '-submittedOn', 'submittedOn', '-score', 'score'])
    .default('-createdAt'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof ListQuery>;

const COLUMNS = {
  createdAt: applications.createdAt,
  submittedOn: applications.submittedOn,
  score: applications.score,
} as const;

type Cursor = { v: string; id: string };
type SortKey = keyof typeof COLUMNS;

/**
 * What a cursor's value must look like for each sort key. A cursor is client input: a value of the
 * wrong shape would reach the database as a bad literal and fail there, so it is refused here.
 */
const CURSOR_VALUE: Record<SortKey, (v: string) => boolean> = {
  createdAt: (v) => {
    const t = Date.parse(v);
    return t >= 0 && new Date(t).toISOString() === v;
  },
  submittedOn: isIsoDate,
  score: (v) => /^-?\d{1,4}(\.\d{1,2})?$/.test(v),
};

function encode(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decode(s: string | undefined, key: SortKey): Cursor | undefined {
  if (!s) return undefined;
  let c: Partial<Cursor> | undefined;
  try {
    c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    c = undefined;
  }
  if (
    typeof c?.v === 'string' &&
    CURSOR_VALUE[key](c.v) &&
    typeof c.id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(c.id)
  ) {
    return { v: c.v, id: c.id };
  }
  throw invalid([
    {
      path: 'cursor',
      rule: 'invalid_cursor',
      message: {
        vi: 'Con trỏ trang không hợp lệ: hãy dùng đúng giá trị nextCursor của trang trước, với cùng cách sắp xếp.',
        en: 'The cursor is not valid: pass the nextCursor of the previous page, with the same sort.',
      },
    },
  ]);
}

/** `%`, `_` and `\` are wildcards in LIKE: escape them so a search is for the text as typed. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** The filters of the queue, which other verbs (a pack simulation) apply to the same rows. */
export type ApplicationFilters = Partial<
  Pick<
    ListQuery,
    | 'status'
    | 'band'
    | 'eligible'
    | 'reviewRequired'
    | 'country'
    | 'sector'
    | 'area'
    | 'from'
    | 'to'
    | 'q'
  >
>;

export function applicationFilters(query: ApplicationFilters): SQL[] {
  const where: SQL[] = [];
  if (query.status) where.push(eq(applications.status, query.status));
  if (query.band) where.push(eq(applications.band, query.band));
  if (query.eligible !== undefined) where.push(eq(applications.eligible, query.eligible));
  if (query.reviewRequired !== undefined)
    where.push(eq(applications.reviewRequired, query.reviewRequired));
  if (query.country) where.push(eq(applications.country, query.country));
  if (query.area) where.push(eq(applications.area, query.area));
  if (query.from) where.push(gte(applications.submittedOn, query.from));
  if (query.to) where.push(lte(applications.submittedOn, query.to));
  if (query.sector) {
    // "Some code starts with the prefix", in the form the index of migration 0008 answers.
    where.push(sql`sector_prefixes(${applications.sectorCodes}) @> array[${query.sector}::text]`);
  }
  if (query.q) {
    const pattern = `%${likeEscape(query.q)}%`;
    where.push(
      or(
        ilike(applications.projectName, pattern),
        ilike(applications.investorName, pattern),
      ) as SQL,
    );
  }
  return where;
}

export async function listApplications(ctx: ServiceContext, query: ListQuery) {
  const descending = query.sort.startsWith('-');
  const key = query.sort.replace('-', '') as SortKey;
  const column = COLUMNS[key];
  const where = applicationFilters(query);
  const cursor = decode(query.cursor, key);
  if (cursor) {
    const value = key === 'createdAt' ? new Date(cursor.v) : cursor.v;
    const beyond = descending ? lt : gt;
    where.push(
      or(
        beyond(column, value as never),
        and(eq(column, value as never), beyond(applications.id, cursor.id)),
      ) as SQL,
    );
  }
  const order = descending
    ? [desc(column), desc(applications.id)]
    : [asc(column), asc(applications.id)];
  const rows = await ctx.db
    .select()
    .from(applications)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(...order)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const lastValue =
    last && (key === 'createdAt' ? last.createdAt.toISOString() : String(last[key]));
  return {
    items: page.map(summaryOf),
    nextCursor:
      rows.length > query.limit && last ? encode({ v: lastValue as string, id: last.id }) : null,
  };
}
