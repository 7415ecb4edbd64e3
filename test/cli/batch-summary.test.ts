/**
 * A CSV batch scores its rows without writing their texts or searching improvements; its summary
 * row must still be exactly the one a full screening gives. For every pack version under `rules/`,
 * on dates around each parameter change while it is in force, generated proposals are read as JSON lines both ways and
 * their CSV rows compared (eligibility, band, score, review), with the row's name and line.
 * `BATCH_SUMMARY_RUNS` sets the proposals per version (default 1,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOutcome } from '../../src/cli/batch-output.js';
import { type RowContext, screenRow } from '../../src/cli/batch-screen-row.js';
import { arbitraryProposal } from '../support/arbitrary-proposal.js';
import { repoPacks } from '../support/packs.js';
import { datesToScreen } from '../support/screening-dates.js';

const RUNS = Number(process.env.BATCH_SUMMARY_RUNS ?? 1000);
const { registry } = await repoPacks();
const versions = registry.packIds().flatMap((id) => registry.versionsOf(id));

describe('screen-batch CSV summary', () => {
  const context = (fullResult: boolean): RowContext => ({
    packs: registry,
    now: new Date('2026-11-29T00:00:00Z'),
    fullResult,
  });

  for (const version of versions) {
    const { id, version: number } = version.content.meta;
    // The days this version is the one in force, as a row's date picks it.
    const dates = datesToScreen(version).filter(
      (d) => registry.inForce(id, d)?.content.meta.version === number,
    );

    it(`gives the same summary row as a full screening: ${id} ${number}`, () => {
      const rows = fc
        .constantFrom(...dates)
        .chain((asOf) => arbitraryProposal(version.content, { from: asOf, to: asOf }))
        .map((p) => JSON.stringify({ ...p, pack: id }));
      fc.assert(
        fc.property(rows, fc.nat(1_000_000), (text, line) => {
          const light = screenRow({ line, text }, context(false));
          const full = screenRow({ line, text }, context(true));
          expect(light.ok, JSON.stringify(light)).toBe(true);
          expect(light.ok && light.result).toBe(undefined);
          expect(full.ok && full.result?.pack.version).toBe(number);
          expect(formatOutcome(light, 'csv')).toBe(formatOutcome(full, 'csv'));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('refuses to write a JSON line for a row scored without its full result', () => {
    const [version] = versions;
    if (!version) throw new Error('no pack version');
    const asOf = version.content.meta.effectiveFrom;
    const [proposal] = fc.sample(arbitraryProposal(version.content, { from: asOf, to: asOf }), {
      numRuns: 1,
      seed: 1,
    });
    const light = screenRow({ line: 1, text: JSON.stringify(proposal) }, context(false));
    expect(() => formatOutcome(light, 'jsonl')).toThrow(/full result/);
  });
});
