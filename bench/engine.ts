/**
 * Engine benchmark, one core: full screenings (every criterion, texts, improvements), the same
 * screenings by the frozen pre-optimisation implementation (so a speed-up is measured in one run,
 * under the same load), the compiled evaluation alone, json-rules-engine evaluating the same
 * criteria, and a hand-written plain function of four criteria beside the compiled form of the
 * same four (the limit).
 */
import fc from 'fast-check';
import type { Engine } from '../src/screening/compile-pack.js';
import type { Facts } from '../src/screening/conditions.js';
import { evaluateAll, evaluateCriterion } from '../src/screening/evaluate.js';
import { engineOn } from '../src/screening/pack-registry.js';
import type { Proposal } from '../src/screening/proposal-schema.js';
import { createReferenceEvaluator } from '../src/screening/reference-evaluator.js';
import { screenWithEngine } from '../src/screening/screen-proposal.js';
import { arbitraryProposal } from '../test/support/arbitrary-proposal.js';
import { repoPacks } from '../test/support/packs.js';
import { referenceScreenProposal } from '../test/support/reference-screening/index.js';
import { type Row, timeAsync, timeSync } from './measure.js';

const FOUR = ['localisation-rate', 'technology-level', 'transfer', 'capital-per-hectare'];

/** The same four criteria written by hand, with the 1.0.0 thresholds as literals: the speed limit. */
function plainFour(f: Facts): number {
  let points = 0;
  const loc = f['trade.localisationPct'] as number;
  points += loc >= 40 ? 10 : loc >= 30 ? 6 : loc >= 20 ? 3 : 0;
  const cert = f['technology.highTechCertificate'] === true;
  const prio = f['technology.priorityHighTech'] === true;
  points +=
    cert || (prio && (f['technology.highTechRevenuePct'] as number) >= 70)
      ? 12
      : prio
        ? 8
        : f['technology.smartFactory'] === true
          ? 4
          : 0;
  const n =
    Number(f['transfer.knowledge'] === true) +
    Number(f['transfer.technology'] === true) +
    Number(f['transfer.management'] === true);
  points += n === 3 ? 8 : n === 2 ? 5 : n === 1 ? 3 : 0;
  const land = f['site.landHa'] as number;
  if (land > 0) {
    const perHa = (f['capital.totalUsd'] as number) / land;
    points += perHa >= 1e7 ? 6 : perHa >= 8e6 ? 4 : perHa >= 5e6 ? 2 : 0;
  }
  return points;
}

export async function benchEngine(count: number): Promise<Row[]> {
  const { registry } = await repoPacks();
  const version = registry.versionsOf('binh-duong-7099')[0];
  if (!version) throw new Error('pack missing');
  const asOf = '2025-03-14';
  const engine: Engine = engineOn(version, asOf);
  const proposals = fc.sample(arbitraryProposal(version.content, { from: asOf, to: asOf }), {
    numRuns: count,
    seed: 7099,
  }) as Proposal[];
  const facts = proposals.map((p) => engine.factsOf(p));
  const four = engine.criteria.filter((c) => FOUR.includes(c.def.id));
  const reference = createReferenceEvaluator(engine);
  const jreCount = Math.min(count, 20_000);
  const refCount = Math.min(count, 50_000);
  let sink = 0;

  return [
    timeSync('full screening (all criteria, texts vi+en, improvements)', proposals, (p) => {
      sink += screenWithEngine(engine, p, asOf).score;
    }),
    timeSync(
      `reference (pre-optimisation) full screening (${refCount.toLocaleString('en')} proposals)`,
      proposals.slice(0, refCount),
      (p) => {
        sink += referenceScreenProposal(version, p, asOf).score;
      },
    ),
    timeSync('compiled evaluation, all criteria (facts built)', proposals, (p) => {
      const f = engine.factsOf(p);
      sink += evaluateAll(engine, f).length;
    }),
    await timeAsync(
      `json-rules-engine, all criteria (${jreCount.toLocaleString('en')} proposals)`,
      facts.slice(0, jreCount),
      async (f) => {
        sink += (await reference.evaluate(f)).length;
      },
    ),
    timeSync('compiled evaluation, 4 criteria', facts, (f) => {
      for (const c of four) sink += evaluateCriterion(c, f).points;
    }),
    timeSync('hand-written plain function, same 4 criteria', facts, (f) => {
      sink += plainFour(f);
    }),
  ].map((row) => ({ ...row, note: sink > -1 ? row.note : '' }));
}
