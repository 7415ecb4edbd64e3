/**
 * Runs every rule pack's own test cases (`rules/<pack>/<version>/cases/*.yaml`) and checks that the
 * cases cover each criterion both ways and each band cut-off from both sides.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseProposal } from '../src/screening/check-cases.js';
import { loadRulesDir } from '../src/screening/load-packs.js';
import { compileVersion, PackRegistry } from '../src/screening/pack-registry.js';
import { parameterValueAt } from '../src/screening/parameters.js';
import { screenProposal } from '../src/screening/screen-proposal.js';
import { validateProposal } from '../src/screening/validate-proposal.js';

const packs = await loadRulesDir(join(import.meta.dirname, '..', 'rules'));

for (const pack of packs) {
  const { meta } = pack.content;
  const version = compileVersion(pack.content, pack.hash);
  const registry = new PackRegistry([version], meta.id);

  describe(`${meta.id} ${meta.version}`, () => {
    for (const c of pack.cases) {
      it(c.name, () => {
        const checked = validateProposal(
          registry,
          caseProposal(pack.base, c, meta.id, meta.effectiveFrom),
          meta.effectiveFrom,
        );
        if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
        const r = screenProposal(checked.version, checked.proposal, checked.asOf);
        const e = c.expect;
        if (e.eligible !== undefined) expect(r.eligible, 'eligible').toBe(e.eligible);
        if (e.reviewRequired !== undefined)
          expect(r.reviewRequired, 'reviewRequired').toBe(e.reviewRequired);
        if (e.score !== undefined) expect(r.score, 'score').toBe(e.score);
        if (e.band !== undefined) expect(r.band.id, 'band').toBe(e.band);
        for (const [id, want] of Object.entries(e.criteria ?? {})) {
          const got = r.criteria.find((x) => x.id === id);
          if (want.outcome !== undefined) expect(got?.outcome, `${id} outcome`).toBe(want.outcome);
          if (want.points !== undefined) expect(got?.points, `${id} points`).toBe(want.points);
        }
        const incentives = r.incentives.map((i) => i.id);
        for (const id of e.incentives ?? []) expect(incentives, 'incentives').toContain(id);
        for (const id of e.notIncentives ?? []) expect(incentives, 'incentives').not.toContain(id);
        if (e.improvement) {
          const match = r.improvements.find(
            (i) =>
              i.change.path === e.improvement?.path &&
              (e.improvement.to === undefined || i.change.to === e.improvement.to),
          );
          expect(match, `improvement on ${e.improvement.path}`).toBeDefined();
        }
      });
    }

    it('has a passing and a failing case for every criterion', () => {
      const missing: string[] = [];
      for (const criterion of pack.content.criteria) {
        for (const outcome of ['pass', 'fail'] as const) {
          const covered = pack.cases.some(
            (c) => c.expect.criteria?.[criterion.id]?.outcome === outcome,
          );
          const excused = meta.coverageExceptions?.some(
            (x) => x.criterion === criterion.id && x.outcome === outcome,
          );
          if (!covered && !excused) missing.push(`${criterion.id}: ${outcome}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('has a case on each side of every band cut-off', () => {
      const missing: string[] = [];
      meta.bands.forEach((band, i) => {
        const below = meta.bands[i + 1];
        if (!below) return;
        const param = pack.content.parameters[band.minScore];
        const cut = Number(param && parameterValueAt(param, meta.effectiveFrom)?.value);
        const near = (s: number | undefined) => s !== undefined && Math.abs(s - cut) <= 5;
        const above = pack.cases.some(
          (c) =>
            c.expect.band === band.id && near(c.expect.score) && (c.expect.score as number) >= cut,
        );
        const under = pack.cases.some(
          (c) =>
            c.expect.band === below.id && near(c.expect.score) && (c.expect.score as number) < cut,
        );
        if (!above) missing.push(`${band.id}: a case at or just above ${cut}`);
        if (!under) missing.push(`${below.id}: a case just below ${cut}`);
      });
      expect(missing).toEqual([]);
    });
  });
}
