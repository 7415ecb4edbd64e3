/** Everything the tracker page shows, read through the FDI verbs in one go. */
import type { ServiceContext } from '../../applications/context.js';
import { fdiBreakdown } from '../../fdi/fdi-breakdown.js';
import { fdiProgress, targetVersion } from '../../fdi/fdi-progress.js';

export const BREAKDOWNS = ['flow', 'country', 'sector', 'area'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

export type ProgressData = Awaited<ReturnType<typeof fdiProgress>>;
export type BreakdownData = Awaited<ReturnType<typeof fdiBreakdown>>;

export async function loadProgress(ctx: ServiceContext) {
  const progress = await fdiProgress(ctx, {});
  const breakdowns = await Promise.all(
    BREAKDOWNS.map((by) => fdiBreakdown(ctx, { by, measure: 'registered' })),
  );
  // The bands' names, for the pipeline's approval rates: they are the pack's words, not ours.
  const meta = targetVersion(ctx, progress.pack.id, progress.asOf).content.meta;
  const bands = [...meta.bands, meta.ineligibleBand].map((b) => ({ id: b.id, label: b.label }));
  return {
    progress,
    breakdowns: Object.fromEntries(BREAKDOWNS.map((by, i) => [by, breakdowns[i]])) as Record<
      BreakdownBy,
      BreakdownData
    >,
    bands,
    timeZone: meta.jurisdiction.timeZone,
  };
}
export type ProgressPageData = Awaited<ReturnType<typeof loadProgress>>;
