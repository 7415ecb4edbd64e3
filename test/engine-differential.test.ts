/**
 * The compiled evaluator and json-rules-engine give identical outcomes, points, branches and facts
 * for every criterion, over generated proposals (valid, edge values, every enum). `DIFF_RUNS` sets
 * how many (default 2,000 in `npm test`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDerived } from '../src/screening/derived-facts.js';
import { evaluateAll } from '../src/screening/evaluate.js';
import { createReferenceEvaluator } from '../src/screening/reference-evaluator.js';
import { arbitraryProposal } from './support/arbitrary-proposal.js';
import { repoPacks } from './support/packs.js';
import { proposalFacts } from './support/reference-screening/facts.js';

const RUNS = Number(process.env.DIFF_RUNS ?? 2000);
const { registry } = await repoPacks();

for (const id of registry.packIds()) {
  for (const version of registry.versionsOf(id)) {
    describe(`${id} ${version.content.meta.version}`, () => {
      for (const [start, engine] of version.engines) {
        it(`agrees with json-rules-engine on ${RUNS} generated proposals (parameters from ${start})`, async () => {
          const reference = createReferenceEvaluator(engine);
          await fc.assert(
            fc.asyncProperty(
              arbitraryProposal(version.content, { from: start, to: start }),
              async (proposal) => {
                const facts = engine.factsOf(proposal);
                // The generated facts maker gives what the plain loop before it gave.
                expect(facts).toStrictEqual(applyDerived(engine.derive, proposalFacts(proposal)));
                const compiled = evaluateAll(engine, facts);
                const expected = await reference.evaluate(facts);
                expect(compiled).toEqual(expected);
              },
            ),
            { numRuns: RUNS },
          );
        });
      }
    });
  }
}
