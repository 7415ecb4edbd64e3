/**
 * The optimised screening gives byte-identical results to the implementation it replaced. Results
 * are stored with their hash and replayed years later, so speed may never change a byte: for
 * every pack version under `rules/`, on dates around each parameter change and around 2026-03-01,
 * generated proposals (with and without officer-verified evidence) are screened by
 * `src/screening` and by the frozen copy in `test/support/reference-screening/`, and the canonical
 * JSON must match — and so must plain `JSON.stringify`, because the stored `resultHash` is taken
 * over it, key order included. `IDENTITY_RUNS` sets the proposals per version and date (default 300).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/screening/canonical-json.js';
import { Proposal } from '../src/screening/proposal-schema.js';
import { screenProposal } from '../src/screening/screen-proposal.js';
import { arbitraryProposal } from './support/arbitrary-proposal.js';
import { repoPacks } from './support/packs.js';
import { referenceScreenProposal } from './support/reference-screening/index.js';
import { datesToScreen, verifiedSets } from './support/screening-dates.js';

const RUNS = Number(process.env.IDENTITY_RUNS ?? 300);
const { registry } = await repoPacks();

describe('the optimised screening', () => {
  it('finds pack versions to compare', () => {
    expect(registry.packIds().flatMap((id) => registry.versionsOf(id)).length).toBeGreaterThan(0);
  });

  for (const id of registry.packIds()) {
    for (const version of registry.versionsOf(id)) {
      const dates = datesToScreen(version);
      for (const asOf of dates) {
        it(`gives byte-identical results to the frozen reference: ${id} ${version.content.meta.version} on ${asOf}`, () => {
          const proposals = arbitraryProposal(version.content, { from: asOf, to: asOf });
          fc.assert(
            fc.property(proposals, verifiedSets, (generated, verified) => {
              // Screened as the service screens: after the contract's parsing.
              const proposal = Proposal.parse(generated);
              const options = verified ? { verified } : {};
              const reference = referenceScreenProposal(
                version,
                structuredClone(proposal),
                asOf,
                options,
              );
              const result = screenProposal(version, proposal, asOf, options);
              expect(canonicalJson(result)).toBe(canonicalJson(reference));
              expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
              // Caches must not carry state from one screening to the next.
              const again = screenProposal(version, proposal, asOf, options);
              expect(JSON.stringify(again)).toBe(JSON.stringify(reference));
            }),
            { numRuns: RUNS },
          );
        });
      }
    }
  }
});
