/**
 * `GET /fdi/progress`: where a jurisdiction stands against its pack's FDI target on a date, and
 * which source every figure comes from.
 */
import type { ServiceContext } from '../applications/context.js';
import type { PackVersion } from '../screening/pack-registry.js';
import { todayFor } from '../screening/today.js';
import { invalid } from '../service-errors.js';
import { applicationTotals, pipelineBands, statisticTotals } from './ledger-queries.js';
import { computeProgress } from './progress.js';

export type ProgressQuery = { asOf?: string; pack?: string };

/** The pack version whose target applies on a date: the one in force, else the earliest. */
export function targetVersion(
  ctx: Pick<ServiceContext, 'packs'>,
  packId: string,
  asOf: string,
): PackVersion {
  const versions = ctx.packs.versionsOf(packId);
  const v = ctx.packs.inForce(packId, asOf) ?? versions[0];
  if (!v) {
    throw invalid([
      {
        path: 'pack',
        rule: 'unknown_pack',
        message: {
          vi: `Không có bộ tiêu chí "${packId}".`,
          en: `No rule pack "${packId}". Available: ${ctx.packs.packIds().join(', ')}.`,
        },
      },
    ]);
  }
  return v;
}

/** Every pack id that counts toward the same jurisdiction (its applications feed the pipeline). */
export function packsOfJurisdiction(
  ctx: Pick<ServiceContext, 'packs'>,
  jurisdiction: string,
): string[] {
  return ctx.packs
    .packIds()
    .filter((id) =>
      ctx.packs.versionsOf(id).some((v) => v.content.meta.jurisdiction.id === jurisdiction),
    );
}

export async function fdiProgress(ctx: ServiceContext, query: ProgressQuery) {
  const packId = query.pack ?? ctx.packs.defaultPackId;
  const asOf = query.asOf ?? todayFor(ctx.packs, packId, ctx.clock());
  const version = targetVersion(ctx, packId, asOf);
  const meta = version.content.meta;
  const jurisdiction = meta.jurisdiction.id;
  const target = {
    amountUsd: meta.target.amount,
    from: meta.target.from,
    to: meta.target.to,
    basis: meta.target.basis,
  };
  const [statistics, applications, pipeline] = await Promise.all([
    statisticTotals(ctx.db, jurisdiction),
    applicationTotals(ctx.db, jurisdiction, asOf),
    pipelineBands(ctx.db, packsOfJurisdiction(ctx, jurisdiction)),
  ]);
  const p = computeProgress({ target, asOf, statistics, applications, pipeline });
  return {
    asOf,
    measure: meta.target.measure,
    pack: { id: meta.id, version: meta.version },
    jurisdiction: { id: jurisdiction, name: meta.jurisdiction.name },
    target: { ...target, kind: meta.target.kind, description: meta.target.description },
    cumulativeUsd: p.cumulativeUsd,
    shareOfTarget: p.shareOfTarget,
    years: p.years,
    byFlow: p.byFlow,
    linearPathUsd: p.linearPathUsd,
    gapToPathUsd: p.gapToPathUsd,
    requiredAnnualPaceUsd: p.requiredAnnualPaceUsd,
    yearsLeft: p.yearsLeft,
    status: p.status,
    forecast: p.forecast,
  };
}
