/**
 * The differential test at full size: for every pack version, `count` generated proposals (shared
 * among its parameter periods) (valid, edge values, every enum) evaluated by the compiled evaluator and by
 * json-rules-engine must give identical outcomes, points, branches and facts for every criterion.
 * `npm test` runs the same check on a smaller sample (test/engine-differential.test.ts).
 */
import fc from 'fast-check';
import { canonicalJson } from '../src/screening/canonical-json.js';
import { evaluateAll } from '../src/screening/evaluate.js';
import { createReferenceEvaluator } from '../src/screening/reference-evaluator.js';
import { arbitraryProposal } from '../test/support/arbitrary-proposal.js';
import { repoPacks } from '../test/support/packs.js';

export type DifferentialRow = {
  pack: string;
  period: string;
  proposals: number;
  mismatches: number;
  seconds: number;
  firstMismatch?: string;
};

const BATCH = 5000;

export async function benchDifferential(count: number): Promise<DifferentialRow[]> {
  const { registry } = await repoPacks();
  const rows: DifferentialRow[] = [];
  for (const id of registry.packIds()) {
    for (const version of registry.versionsOf(id)) {
      // The version's proposals shared among its parameter periods.
      const perPeriod = Math.ceil(count / version.engines.size);
      for (const [start, engine] of version.engines) {
        const reference = createReferenceEvaluator(engine);
        const arbitrary = arbitraryProposal(version.content, { from: start, to: start });
        const started = performance.now();
        let mismatches = 0;
        let firstMismatch: string | undefined;
        // In batches, so a million proposals never sit in memory at once; seeds differ per batch.
        for (let done = 0; done < perPeriod; done += BATCH) {
          const n = Math.min(BATCH, perPeriod - done);
          for (const proposal of fc.sample(arbitrary, { numRuns: n, seed: 7099 + done })) {
            const facts = engine.factsOf(proposal);
            const compiled = canonicalJson(evaluateAll(engine, facts));
            const expected = canonicalJson(await reference.evaluate(facts));
            if (compiled !== expected) {
              mismatches++;
              firstMismatch ??= JSON.stringify(proposal);
            }
          }
          process.stderr.write(
            `\r  differential ${id} ${version.content.meta.version} (${start}): ${(done + n).toLocaleString('en')} / ${perPeriod.toLocaleString('en')}`,
          );
        }
        process.stderr.write('\n');
        rows.push({
          pack: `${id} ${version.content.meta.version}`,
          period: start,
          proposals: perPeriod,
          mismatches,
          seconds: (performance.now() - started) / 1000,
          ...(firstMismatch ? { firstMismatch } : {}),
        });
      }
    }
  }
  return rows;
}

export function printDifferential(rows: readonly DifferentialRow[]): void {
  console.log('\nDifferential: compiled evaluator vs json-rules-engine, every criterion');
  console.log('| pack version | parameters from | proposals | mismatches | seconds |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.pack} | ${r.period} | ${r.proposals.toLocaleString('en')} | ${r.mismatches} | ${r.seconds.toFixed(1)} |`,
    );
  for (const r of rows)
    if (r.firstMismatch)
      console.log(`First mismatch in ${r.pack} (${r.period}): ${r.firstMismatch}`);
}
