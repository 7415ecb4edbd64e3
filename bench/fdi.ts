/**
 * FDI progress and breakdown over a large ledger: `fdiProgress` mid-year and at a year end (both
 * read the running totals the database keeps per day), and `fdiBreakdown` by country. The issue's
 * budget: progress under 100 ms with a million entries.
 */
import type { ServiceContext } from '../src/applications/context.js';
import { BreakdownQuery, fdiBreakdown } from '../src/fdi/fdi-breakdown.js';
import { fdiProgress } from '../src/fdi/fdi-progress.js';
import type { PackRegistry } from '../src/screening/pack-registry.js';
import type { Scratch } from './database.js';
import { type Row, timeQuery } from './measure.js';

export const PROGRESS_BUDGET_MS = 100;

function benchContext(scratch: Scratch, packs: PackRegistry): ServiceContext {
  return {
    db: scratch.handle.db,
    packs,
    actor: { role: 'system', name: 'bench' },
    // Mid-2030: every year of the target has figures, and the current one is only half over.
    clock: () => new Date('2030-06-30T05:00:00Z'),
  };
}

export async function benchFdi(scratch: Scratch, packs: PackRegistry): Promise<Row[]> {
  const ctx = benchContext(scratch, packs);
  return [
    await timeQuery('fdiProgress as of 2030-06-30 (mid-year)', () =>
      fdiProgress(ctx, { asOf: '2030-06-30' }),
    ),
    await timeQuery('fdiProgress as of 2030-12-31 (year end)', () =>
      fdiProgress(ctx, { asOf: '2030-12-31' }),
    ),
    await timeQuery('fdiBreakdown by country as of 2030-06-30', () =>
      fdiBreakdown(ctx, BreakdownQuery.parse({ by: 'country' })),
    ),
  ];
}

/** The same progress once the applications table is full: its pipeline is read on every call. */
export async function benchProgressWithPipeline(
  scratch: Scratch,
  packs: PackRegistry,
  applications: number,
): Promise<Row> {
  const ctx = benchContext(scratch, packs);
  return timeQuery(
    `fdiProgress as of 2030-12-31, ${applications.toLocaleString('en')} applications in the pipeline`,
    () => fdiProgress(ctx, { asOf: '2030-12-31' }),
  );
}
