/**
 * `GET /fdi/breakdown`: the figures behind the progress, by year, flow, country, sector, area or
 * park — taken, year by year, from the same source the progress uses, so a breakdown always adds
 * up to the progress figure. What a source does not break down is shown as `unspecified`.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ServiceContext } from '../applications/context.js';
import { fdiDimensionTotals, fdiEntries } from '../db/schema.js';
import { todayFor } from '../screening/today.js';
import { targetVersion } from './fdi-progress.js';
import { applicationTotals, statisticTotals } from './ledger-queries.js';
import { FLOW_KEYS, money, officialFor, yearFigures } from './progress.js';

const yearOrDate = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/);

export const BreakdownQuery = z.strictObject({
  by: z.enum(['year', 'flow', 'country', 'sector', 'area', 'park']),
  from: yearOrDate.optional().meta({ description: 'First year (YYYY or a date in it)' }),
  to: yearOrDate.optional().meta({ description: 'Last year (YYYY or a date in it)' }),
  measure: z.enum(['registered', 'disbursed']).default('registered'),
  pack: z.string().min(1).max(100).optional(),
});
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

type Dimension = 'country' | 'sector' | 'area' | 'park';
export type BreakdownItem = {
  key: string;
  label: { vi: string; en: string } | null;
  amountUsd: number;
  projects: number | null;
};

const COLUMN = {
  country: fdiEntries.country,
  sector: sql<string>`left(${fdiEntries.sector}, 2)`,
  area: fdiEntries.area,
  park: fdiEntries.park,
} as const;

export async function fdiBreakdown(ctx: ServiceContext, query: BreakdownQuery) {
  const packId = query.pack ?? ctx.packs.defaultPackId;
  const asOf = todayFor(ctx.packs, packId, ctx.clock());
  const version = targetVersion(ctx, packId, asOf);
  const meta = version.content.meta;
  const jurisdiction = meta.jurisdiction.id;
  const target = {
    amountUsd: meta.target.amount,
    from: meta.target.from,
    to: meta.target.to,
    basis: meta.target.basis,
  };
  const statistics = await statisticTotals(ctx.db, jurisdiction);
  const applications = await applicationTotals(ctx.db, jurisdiction, asOf);
  const first = query.from ? Number(query.from.slice(0, 4)) : 0;
  const last = query.to ? Number(query.to.slice(0, 4)) : 9999;
  const years = yearFigures({ target, asOf, statistics, applications }).filter(
    (y) => y.year >= first && y.year <= last,
  );
  const measure = query.measure;
  const amountOf = (y: (typeof years)[number]) =>
    measure === 'registered' ? y.registeredUsd : (y.disbursedUsd ?? 0);
  const sources = years.map((y) => ({
    year: y.year,
    source:
      measure === 'registered'
        ? y.source
        : y.disbursedUsd === null
          ? 'none'
          : officialFor(statistics, y.year, 'disbursed', asOf)?.source,
    period: y.period,
  }));

  let items: BreakdownItem[];
  if (query.by === 'year') {
    items = years.map((y) => ({
      key: String(y.year),
      label: null,
      amountUsd: amountOf(y),
      projects: null,
    }));
  } else if (query.by === 'flow') {
    items = FLOW_KEYS.map((f) => {
      const sum = years.reduce(
        (s, y) =>
          s +
          (measure === 'registered'
            ? y.byFlow[f]
            : (officialFor(statistics, y.year, 'disbursed', asOf)?.byFlow[f] ?? 0)),
        0,
      );
      return { key: f, label: null, amountUsd: money(sum), projects: null };
    });
  } else {
    items = await byDimension(ctx, query.by, { jurisdiction, years, statistics, asOf, measure });
    items = items.map((i) => ({
      ...i,
      label: labelOf(version.content, query.by as Dimension, i.key),
    }));
  }
  return {
    by: query.by,
    measure,
    asOf,
    jurisdiction,
    totalUsd: money(years.reduce((s, y) => s + amountOf(y), 0)),
    items,
    years: sources,
  };
}

async function byDimension(
  ctx: ServiceContext,
  by: Dimension,
  input: {
    jurisdiction: string;
    years: ReturnType<typeof yearFigures>;
    statistics: Awaited<ReturnType<typeof statisticTotals>>;
    asOf: string;
    measure: 'registered' | 'disbursed';
  },
): Promise<BreakdownItem[]> {
  const sums = new Map<string, { amount: number; projects: number | null }>();
  const add = (key: string, amount: number, projects: number | null) => {
    const s = sums.get(key) ?? { amount: 0, projects: 0 };
    s.amount += amount;
    s.projects = s.projects === null || projects === null ? null : s.projects + projects;
    sums.set(key, s);
  };
  const appYears =
    input.measure === 'registered'
      ? input.years.filter((y) => y.source === 'applications').map((y) => y.year)
      : [];
  if (appYears.length > 0) {
    // Running totals per year and dimension value, kept by the database: no scan of the ledger.
    const rows = await ctx.db
      .select({
        key: fdiDimensionTotals.key,
        amount: sql<string>`sum(${fdiDimensionTotals.amountUsd})`,
        projects: sql<number>`sum(${fdiDimensionTotals.projects})::int`,
      })
      .from(fdiDimensionTotals)
      .where(
        and(
          eq(fdiDimensionTotals.jurisdiction, input.jurisdiction),
          eq(fdiDimensionTotals.measure, 'registered'),
          eq(fdiDimensionTotals.dimension, by),
          inArray(fdiDimensionTotals.year, appYears),
        ),
      )
      .groupBy(fdiDimensionTotals.key);
    for (const r of rows)
      add(r.key === '' ? 'unspecified' : r.key, Number(r.amount), Number(r.projects));
  }
  const column = COLUMN[by];
  for (const y of input.years) {
    const chosen = officialFor(input.statistics, y.year, input.measure, input.asOf);
    if (!chosen) continue;
    const batch = chosen.rows[0]?.batch as string;
    // Breakdown rows recorded with the total (same batch and period) split it; the rest is unspecified.
    const detail = await ctx.db
      .select({
        key: column,
        amount: sql<string>`sum(${fdiEntries.amountUsd})`,
        projects: sql<number>`sum(${fdiEntries.projects})::int`,
      })
      .from(fdiEntries)
      .where(
        and(
          eq(fdiEntries.jurisdiction, input.jurisdiction),
          eq(fdiEntries.sourceKind, 'official_statistic'),
          eq(fdiEntries.measure, input.measure),
          eq(fdiEntries.year, y.year),
          eq(fdiEntries.batch, batch),
          eq(fdiEntries.periodFrom, chosen.period.from),
          eq(fdiEntries.periodTo, chosen.period.to),
          isNotNull(by === 'sector' ? fdiEntries.sector : (column as typeof fdiEntries.country)),
        ),
      )
      .groupBy(column);
    let split = 0;
    for (const d of detail) {
      add(d.key as string, Number(d.amount), d.projects === null ? null : Number(d.projects));
      split += Number(d.amount);
    }
    if (Math.abs(chosen.total - split) > 0.005) add('unspecified', chosen.total - split, null);
  }
  return [...sums.entries()]
    .map(([key, s]) => ({ key, label: null, amountUsd: money(s.amount), projects: s.projects }))
    .sort((a, b) => b.amountUsd - a.amountUsd || (a.key < b.key ? -1 : 1));
}

function labelOf(content: ReturnType<typeof targetVersion>['content'], by: Dimension, key: string) {
  if (key === 'unspecified')
    return { vi: 'Không phân loại trong nguồn', en: 'Not broken down by the source' };
  const { catalogues } = content;
  const name =
    by === 'sector'
      ? catalogues.sectors.find((s) => s.level === 2 && s.code === key)?.name
      : by === 'area'
        ? catalogues.areas.find((a) => a.id === key)?.name
        : by === 'park'
          ? catalogues.parks.find((p) => p.id === key)?.name
          : undefined;
  return name ? { vi: name.vi, en: name.en } : null;
}
