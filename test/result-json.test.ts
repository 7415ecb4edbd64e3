/**
 * `screeningResultJson` writes exactly `JSON.stringify(result)`: the HTTP answer and the stored
 * `resultHash` must not depend on which of the two made the text. For every pack version under
 * `rules/`, on dates around each parameter change, generated proposals (with and without
 * officer-verified evidence) are screened and both serialisations compared, each result twice so
 * that the JSON kept for objects shared across results is checked once it is cached.
 * `RESULT_JSON_RUNS` sets the proposals per version (default 3,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Proposal } from '../src/screening/proposal-schema.js';
import { screeningResultJson } from '../src/screening/result-json.js';
import { screenProposal } from '../src/screening/screen-proposal.js';
import type { ScreeningResult } from '../src/screening/screening-result.js';
import { arbitraryProposal } from './support/arbitrary-proposal.js';
import { repoPacks } from './support/packs.js';
import { datesToScreen, verifiedSets } from './support/screening-dates.js';

const RUNS = Number(process.env.RESULT_JSON_RUNS ?? 3000);
const { registry } = await repoPacks();

const versions = registry.packIds().flatMap((id) => registry.versionsOf(id));

describe('screeningResultJson', () => {
  it('finds pack versions to check', () => {
    expect(versions.length).toBeGreaterThan(0);
  });

  for (const version of versions) {
    const { id, version: number } = version.content.meta;
    const dates = datesToScreen(version);

    it(`writes exactly JSON.stringify(result): ${id} ${number}`, () => {
      const cases = fc
        .constantFrom(...dates)
        .chain((asOf) =>
          fc.tuple(fc.constant(asOf), arbitraryProposal(version.content, { from: asOf, to: asOf })),
        );
      fc.assert(
        fc.property(cases, verifiedSets, ([asOf, generated], verified) => {
          const proposal = Proposal.parse(generated);
          const result = screenProposal(version, proposal, asOf, verified ? { verified } : {});
          const expected = JSON.stringify(result);
          expect(screeningResultJson(result)).toBe(expected);
          expect(screeningResultJson(result)).toBe(expected);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('escapes what JSON.stringify escapes and leaves out what it leaves out', () => {
    const [version] = versions;
    if (!version) throw new Error('no pack version');
    const asOf = version.segments[0] as string;
    const proposal = fc.sample(arbitraryProposal(version.content, { from: asOf, to: asOf }), {
      numRuns: 1,
      seed: 1,
    })[0];
    const result = screenProposal(version, Proposal.parse(proposal), asOf);
    const [first] = result.criteria;
    if (!first) throw new Error('no criterion');
    // Texts and facts made per result may hold anything a proposal can: quotes, controls, lone
    // surrogates, numbers JSON has no form for, keys whose value is undefined.
    const odd: ScreeningResult = {
      ...result,
      score: Number.NaN,
      criteria: [
        {
          ...first,
          id: 'quote " backslash \\ tab \t',
          points: -0,
          facts: { 'a"b': 'line\nbreak', lone: '\ud800', pair: '😀', gone: undefined, n: Infinity },
          reason: { vi: 'Đầu tư \u0001', en: 'ok' },
        },
        ...result.criteria.slice(1),
      ],
      improvements: result.improvements.map((i) => ({
        ...i,
        change: { ...i.change, from: undefined },
      })),
    };
    expect(screeningResultJson(odd)).toBe(JSON.stringify(odd));
  });
});
