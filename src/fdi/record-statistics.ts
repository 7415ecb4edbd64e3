/**
 * Records official FDI statistics: all rows of a request or an import, or none. Each row is
 * checked (period within one calendar year and not in the future, amount signed as its flow says,
 * catalogue ids of the pack, a cited source), and every problem is reported with its path.
 * Rows recorded together form a batch: for a period and measure the latest batch replaces
 * earlier ones, so a correction never adds to the figure it corrects.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../applications/audit.js';
import type { ServiceContext } from '../applications/context.js';
import { fdiEntries } from '../db/schema.js';
import { ISO_COUNTRIES } from '../screening/iso-countries.js';
import type { PackVersion } from '../screening/pack-registry.js';
import { IsoDate } from '../screening/proposal-schema.js';
import { todayFor } from '../screening/today.js';
import { fromZodError, type ValidationIssue } from '../screening/validation-issues.js';
import { invalid } from '../service-errors.js';

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

export const StatisticInput = z
  .strictObject({
    period: z.strictObject({ from: IsoDate, to: IsoDate }),
    flow: z
      .enum(['new', 'capital_increase', 'capital_contribution', 'capital_reduction', 'all'])
      .meta({
        description: '`all`: a total the source does not split by flow',
      }),
    measure: z.enum(['registered', 'disbursed']),
    amountUsd: z
      .number()
      .min(-1e12)
      .max(1e12)
      .meta({ description: 'US dollars; negative for a capital reduction' }),
    projects: z.number().int().min(0).max(1_000_000).nullable().optional(),
    country: z.string().nullable().optional(),
    sector: z
      .string()
      .regex(/^\d{2,5}$/)
      .nullable()
      .optional(),
    area: optionalText(100),
    park: optionalText(100),
    source: z.strictObject({
      doc: z.string().trim().min(1).max(500),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullable()
        .optional(),
      date: IsoDate.nullable().optional(),
    }),
    status: z.enum(['final', 'preliminary']),
    note: optionalText(2000),
  })
  .meta({ id: 'OfficialStatistic' });
export type StatisticInput = z.infer<typeof StatisticInput>;

export const StatisticsInput = z.union([
  StatisticInput,
  z.strictObject({
    items: z.array(StatisticInput).min(1).max(100_000),
    pack: z.string().min(1).max(100).optional(),
  }),
]);

/** The problems of one well-formed row that need the pack or the calendar to see. */
function checkRow({ item, at }: Located, version: PackVersion, today: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const bad = (path: string, rule: string, vi: string, en: string) =>
    out.push({ path: `${at}${path}`, rule, message: { vi, en } });
  const { from, to } = item.period;
  if (from > to)
    bad(
      'period.to',
      'period_order',
      'Ngày kết thúc trước ngày bắt đầu.',
      'The period ends before it starts.',
    );
  if (from.slice(0, 4) !== to.slice(0, 4)) {
    bad(
      'period',
      'one_year',
      'Một số liệu chỉ thuộc một năm dương lịch.',
      'A statistic covers one calendar year at most.',
    );
  }
  if (to > today)
    bad(
      'period.to',
      'future',
      `Kỳ số liệu kết thúc sau hôm nay (${today}).`,
      `The period ends after today (${today}).`,
    );
  if (
    item.flow === 'capital_reduction'
      ? item.amountUsd > 0
      : item.flow !== 'all' && item.amountUsd < 0
  ) {
    bad(
      'amountUsd',
      'sign',
      'Giảm vốn ghi số âm; các dòng vốn khác ghi số không âm.',
      'A capital reduction is negative; other flows are zero or positive.',
    );
  }
  if (item.country != null && !ISO_COUNTRIES.has(item.country)) {
    bad(
      'country',
      'iso_country',
      'Mã quốc gia ISO 3166-1 alpha-2 viết hoa.',
      'An upper-case ISO 3166-1 alpha-2 country code.',
    );
  }
  const { catalogues } = version.content;
  if (
    item.sector != null &&
    !catalogues.sectors.some((s) => s.level === 2 && s.code === item.sector?.slice(0, 2))
  ) {
    bad(
      'sector',
      'unknown_sector',
      `Không có ngành cấp 2 "${item.sector.slice(0, 2)}".`,
      `No division "${item.sector.slice(0, 2)}".`,
    );
  }
  if (item.area != null && !catalogues.areas.some((a) => a.id === item.area)) {
    bad(
      'area',
      'unknown_area',
      'Địa bàn không có trong danh mục.',
      'The area is not in the catalogue.',
    );
  }
  if (item.park != null && !catalogues.parks.some((p) => p.id === item.park)) {
    bad(
      'park',
      'unknown_park',
      'Khu, cụm công nghiệp không có trong danh mục.',
      'The park or cluster is not in the catalogue.',
    );
  }
  return out;
}

export type Located = { item: StatisticInput; at: string };
export type ParsedStatistics = { rows: Located[]; issues: ValidationIssue[]; pack?: string };

const Envelope = z.strictObject({
  items: z.array(z.unknown()).min(1).max(100_000),
  pack: z.string().min(1).max(100).optional(),
});

/**
 * Parses a request body (one statistic, or `{ items, pack? }`) item by item: the well-formed rows,
 * and the problems of the others with their paths, so that `checkStatistics` can still look at
 * the good rows and one refusal names every problem.
 */
export function parseStatistics(body: unknown): ParsedStatistics {
  const many = body !== null && typeof body === 'object' && !Array.isArray(body) && 'items' in body;
  if (!many) {
    const one = StatisticInput.safeParse(body, { reportInput: true });
    return one.success
      ? { rows: [{ item: one.data, at: '' }], issues: [] }
      : { rows: [], issues: fromZodError(one.error) };
  }
  const envelope = Envelope.safeParse(body, { reportInput: true });
  if (!envelope.success) return { rows: [], issues: fromZodError(envelope.error) };
  const rows: Located[] = [];
  const issues: ValidationIssue[] = [];
  envelope.data.items.forEach((raw, i) => {
    const item = StatisticInput.safeParse(raw, { reportInput: true });
    if (item.success) rows.push({ item: item.data, at: `items[${i}].` });
    else issues.push(...fromZodError(item.error, ['items', i]));
  });
  return { rows, issues, ...(envelope.data.pack ? { pack: envelope.data.pack } : {}) };
}

export type RecordOptions = { pack?: string; onProgress?: (done: number, total: number) => void };

function packVersion(ctx: Pick<ServiceContext, 'packs'>, packId: string): PackVersion | undefined {
  return ctx.packs.versionsOf(packId).at(-1);
}

/** The problems of well-formed rows that need the pack or the calendar to see. */
export function checkStatistics(
  ctx: Pick<ServiceContext, 'packs' | 'clock'>,
  rows: readonly Located[],
  pack?: string,
): ValidationIssue[] {
  const packId = pack ?? ctx.packs.defaultPackId;
  const version = packVersion(ctx, packId);
  if (!version) {
    const known = ctx.packs.packIds().join(', ');
    return [
      {
        path: 'pack',
        rule: 'unknown_pack',
        message: {
          vi: `Không có bộ tiêu chí "${packId}" (có: ${known}).`,
          en: `No rule pack "${packId}" (available: ${known}).`,
        },
      },
    ];
  }
  const today = todayFor(ctx.packs, packId, ctx.clock());
  return rows.flatMap((r) => checkRow(r, version, today));
}

/** Records every row in one transaction, as one batch, or nothing. */
export async function recordStatistics(
  ctx: ServiceContext,
  rows: readonly Located[],
  options: RecordOptions = {},
) {
  const issues = checkStatistics(ctx, rows, options.pack);
  if (issues.length > 0) throw invalid(issues);
  const version = packVersion(ctx, options.pack ?? ctx.packs.defaultPackId) as PackVersion;

  const jurisdiction = version.content.meta.jurisdiction.id;
  const batch = randomUUID();
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const CHUNK = 1000;
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.insert(fdiEntries).values(
        rows.slice(i, i + CHUNK).map(({ item }) => ({
          jurisdiction,
          periodFrom: item.period.from,
          periodTo: item.period.to,
          year: Number(item.period.to.slice(0, 4)),
          fullYear: item.period.from.endsWith('-01-01') && item.period.to.endsWith('-12-31'),
          flow: item.flow,
          measure: item.measure,
          amountUsd: String(item.amountUsd),
          projects: item.projects ?? null,
          country: item.country ?? null,
          sector: item.sector ?? null,
          area: item.area ?? null,
          park: item.park ?? null,
          sourceKind: 'official_statistic' as const,
          sourceDoc: item.source.doc,
          sourceUrl: item.source.url ?? null,
          sourceDate: item.source.date ?? null,
          status: item.status,
          batch,
          note: item.note ?? null,
          createdBy: ctx.actor.name,
          createdAt: now,
        })),
      );
      options.onProgress?.(Math.min(i + CHUNK, rows.length), rows.length);
    }
    const periods = [
      ...new Set(rows.map(({ item }) => `${item.period.from}..${item.period.to}`)),
    ].sort();
    await recordAudit(tx, ctx, {
      action: 'fdi.statistics_recorded',
      subject: batch,
      after: { jurisdiction, rows: rows.length, periods: periods.slice(0, 50) },
    });
    return { batch, jurisdiction, recorded: rows.length, periods };
  });
}
