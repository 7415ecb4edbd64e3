/**
 * The effect of a simulation on the FDI forecast's pipeline: undecided capital weighted by each
 * band's historical approval rate — the rates `computeProgress` uses — under the current bands and
 * with the simulated band moves applied. The rates stay those of past decisions.
 */
import type { ServiceContext } from '../applications/context.js';
import { packsOfJurisdiction } from '../fdi/fdi-progress.js';
import { pipelineBands } from '../fdi/ledger-queries.js';
import { approvalRates, money, type PipelineBand, weighPipeline } from '../fdi/progress.js';
import type { PackVersion } from '../screening/pack-registry.js';
import type { PipelineMove } from './simulation-tally.js';

export async function pipelineEffect(
  ctx: ServiceContext,
  simulated: PackVersion,
  packId: string,
  moves: readonly PipelineMove[],
) {
  const jurisdiction = simulated.content.meta.jurisdiction.id;
  // The forecast pools every pack of the jurisdiction; the simulated pack counts even if only stored.
  const packs = [...new Set([packId, ...packsOfJurisdiction(ctx, jurisdiction)])].sort();
  const current = await pipelineBands(ctx.db, packs);
  const after = new Map(current.map((b) => [b.band, { ...b }]));
  for (const m of moves) {
    const b: PipelineBand = after.get(m.band) ?? {
      band: m.band,
      applications: 0,
      capitalUsd: 0,
      approved: 0,
      rejected: 0,
    };
    b.applications += m.applications;
    b.capitalUsd += m.capitalUsd;
    after.set(m.band, b);
  }
  const simulatedBands = [...after.values()];
  const rateOf = approvalRates(current);
  const now = weighPipeline(current, rateOf);
  const then = weighPipeline(simulatedBands, rateOf);
  const bands = [...after.keys()].sort();
  const before = new Map(current.map((b) => [b.band, b]));
  return {
    jurisdiction,
    packs,
    currentWeightedUsd: money(now.weightedUsd),
    simulatedWeightedUsd: money(then.weightedUsd),
    deltaUsd: money(then.weightedUsd - now.weightedUsd),
    byBand: bands.map((band) => {
      const r = rateOf(band);
      const b0 = before.get(band);
      const b1 = after.get(band);
      return {
        band,
        approvalRate: Math.round(r.rate * 1000) / 1000,
        basis: r.basis,
        current: { applications: b0?.applications ?? 0, capitalUsd: money(b0?.capitalUsd ?? 0) },
        simulated: { applications: b1?.applications ?? 0, capitalUsd: money(b1?.capitalUsd ?? 0) },
      };
    }),
  };
}
