/**
 * Runs every rule pack's own test cases (`rules/<pack>/<version>/cases/*.yaml`) and checks that the
 * cases cover each criterion both ways and each band cut-off from both sides.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulesDir } from '../src/screening/load-packs.js';
import { compileVersion } from '../src/screening/pack-registry.js';
import { parameterValueAt } from '../src/screening/parameters.js';
import { runCase } from '../src/screening/run-cases.js';

const packs = await loadRulesDir(join(import.meta.dirname, '..', 'rules'));

for (const pack of packs) {
  const { meta } = pack.content;
  const version = compileVersion(pack.content, pack.hash);

  describe(`${meta.id} ${meta.version}`, () => {
    for (const c of pack.cases) {
      it(c.name, () => {
        expect(runCase(pack, version, c)).toEqual([]);
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
