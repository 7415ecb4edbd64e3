/**
 * Loading a pack validates everything and refuses a bad pack whole, listing every problem by file
 * and path in both languages.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, type PackBundle } from '../src/screening/build-pack.js';
import { loadPackDir } from '../src/screening/load-packs.js';
import { readPackFiles } from '../src/screening/read-pack-files.js';
import { RULES_DIR } from './support/packs.js';

const { bundle } = await readPackFiles(join(RULES_DIR, 'binh-duong-7099', '1.0.0'));
const { bundle: bundle2 } = await readPackFiles(join(RULES_DIR, 'binh-duong-7099', '2.0.0'));

// biome-ignore lint/suspicious/noExplicitAny: tests reach into parsed YAML to break it on purpose.
type Loose = Record<string, any>;

function problemsAfter(change: (b: Loose) => void, from: PackBundle = bundle) {
  const b = structuredClone(from) as Loose;
  change(b);
  const r = buildPack(b as PackBundle);
  if (r.ok) throw new Error('the pack was accepted');
  return r.problems;
}

describe('loading a rule pack', () => {
  it('accepts the repository pack and hashes it', () => {
    const r = buildPack(bundle);
    expect(r.ok).toBe(true);
  });

  it('lists every problem of a pack with several, each with its file and path, in Vietnamese and English', () => {
    const problems = problemsAfter((b) => {
      b['criteria/localisation-rate.yaml'].rules[0].when.fact = 'trade.localisationPcts';
      b['criteria/fta-origin.yaml'].title.vi = '';
      b['parameters/thresholds.yaml']['export.fullPct'].kind = 'LAW';
      b['parameters/thresholds.yaml']['export.fullPct'].verification = 'unverified';
      b['criteria/transfer.yaml'].rules[0].points = 'transfer.points.nope';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'criteria/fta-origin.yaml', path: 'title.vi' }),
      ]),
    );
    // A structurally broken file stops the build before cross-references, so fix it and look again.
    const next = problemsAfter((b) => {
      b['criteria/localisation-rate.yaml'].rules[0].when.fact = 'trade.localisationPcts';
      b['parameters/thresholds.yaml']['export.fullPct'].kind = 'LAW';
      b['parameters/thresholds.yaml']['export.fullPct'].verification = 'unverified';
      b['criteria/transfer.yaml'].rules[0].points = 'transfer.points.nope';
    });
    expect(next.map((p) => `${p.file} ${p.path}`)).toEqual(
      expect.arrayContaining([
        'criteria/localisation-rate.yaml rules[0].when',
        'parameters/thresholds.yaml export.fullPct',
        'criteria/transfer.yaml rules[0].points',
      ]),
    );
    for (const p of next) {
      expect(p.message.vi.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses an enum value that does not exist, such as a risk group "V"', () => {
    const problems = problemsAfter((b) => {
      b['criteria/environmental-risk.yaml'].rules[0].when.value = 'V';
    });
    expect(problems[0]?.message.en).toContain(
      '"V" is not among the values of "environment.riskGroup"',
    );
  });

  it('refuses a number compared with a flag, and a text naming a parameter that does not exist', () => {
    const problems = problemsAfter((b) => {
      b['criteria/circular-economy.yaml'].rules[0].when.value = 1;
      b['criteria/localisation-rate.yaml'].otherwise.reason.en =
        'Below {param.localisation.nothing}.';
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['rules[0].when', 'otherwise.reason']),
    );
  });

  it('refuses a criterion file that pack.yaml does not list, and a listed criterion without a file', () => {
    const problems = problemsAfter((b) => {
      b['criteria/extra.yaml'] = { ...b['criteria/rd-centre.yaml'], id: 'extra' };
      delete b['criteria/rd-centre.yaml'];
    });
    expect(problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['criteria/extra.yaml', 'pack.yaml']),
    );
  });

  it('refuses band cut-offs that rise instead of fall', () => {
    const problems = problemsAfter((b) => {
      b['parameters/bands.yaml']['bands.encouragedMin'].values[0].value = 80;
    });
    expect(problems.some((p) => p.file === 'pack.yaml' && p.path.startsWith('bands['))).toBe(true);
  });

  it('refuses a test case whose proposal is invalid, naming the field', () => {
    const problems = problemsAfter((b) => {
      const file = Object.keys(b).find(
        (f) => f.startsWith('cases/') && f !== 'cases/base.yaml',
      ) as string;
      b[file].cases[0].set = { 'trade.localisationPct': 140 };
    });
    expect(problems[0]?.path).toMatch(/cases\[0\]\.set\.trade\.localisationPct/);
  });

  it('accepts the 2.0.0 pack and the illustrative pack', async () => {
    expect(buildPack(bundle2).ok).toBe(true);
    const demo = await readPackFiles(join(RULES_DIR, 'demo-coastal-province', '1.0.0'));
    expect(buildPack(demo.bundle).ok).toBe(true);
  });

  it('refuses changes naming a criterion or parameter this version lacks, or dated before it', () => {
    const problems = problemsAfter((b) => {
      const changes = b['pack.yaml'].changes;
      changes[0].criteria.push('no-such-criterion');
      changes[0].parameters.push('no.such.parameter');
      changes[1].datesAffected.from = '2026-02-28';
    }, bundle2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'pack.yaml',
          path: expect.stringMatching(/^changes\[0\]\.criteria\[\d+\]$/),
          message: expect.objectContaining({
            en: 'No criterion "no-such-criterion" in this version.',
          }),
        }),
        expect.objectContaining({
          path: expect.stringMatching(/^changes\[0\]\.parameters\[\d+\]$/),
          message: expect.objectContaining({
            en: 'No parameter "no.such.parameter" in this version.',
          }),
        }),
        expect.objectContaining({
          path: 'changes[1].datesAffected.from',
          message: expect.objectContaining({
            en: "2026-02-28 is before the version's effective date (2026-03-01).",
          }),
        }),
      ]),
    );
    for (const p of problems) expect(p.message.vi.length).toBeGreaterThan(0);
  });

  it('refuses a change that removes a criterion the version still has, and accepts one it dropped', () => {
    const removed = (criterion: string) => ({
      kind: 'removed',
      what: { vi: 'Bỏ tiêu chí.', en: 'Criterion dropped.' },
      criteria: [criterion],
      datesAffected: { from: '2026-03-01' },
    });
    const problems = problemsAfter((b) => {
      b['pack.yaml'].changes.push(removed('rd-centre'));
    }, bundle2);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'pack.yaml',
        path: expect.stringMatching(/^changes\[\d+\]\.criteria\[0\]$/),
        message: expect.objectContaining({
          en: 'Criterion "rd-centre" is recorded as removed but is still in this version.',
        }),
      }),
    ]);
    const b = structuredClone(bundle2) as Loose;
    b['pack.yaml'].changes.push(removed('a-criterion-of-1-0-0'));
    expect(buildPack(b as PackBundle).ok).toBe(true);
  });

  it('refuses a change citing a document that is not among the sources', () => {
    const problems = problemsAfter((b) => {
      b['pack.yaml'].changes[0].basis = [{ doc: 'Law 999/2030/QH99', ref: 'Art. 1' }];
    }, bundle2);
    expect(problems.map((p) => p.path)).toContain('changes[0].basis');
  });

  it('reports a YAML syntax error with its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pack-'));
    try {
      await mkdir(join(dir, 'criteria'));
      await writeFile(join(dir, 'pack.yaml'), 'id: x\nversion: [1.0\n');
      const r = await loadPackDir(dir);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.problems[0]).toEqual(
          expect.objectContaining({ file: 'pack.yaml', path: expect.stringMatching(/^line \d+/) }),
        );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
