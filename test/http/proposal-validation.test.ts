/**
 * Every rule of validity in `shared/contract/proposal.md` is enforced over HTTP: a 400 problem that
 * names the field's path and the rule, with a message in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { ProblemOut } from '../../src/http/schemas/problem.js';
import { buildTestApp, PACK_ID, postJson, sampleProposal } from './test-app.js';

const { app, packs } = await buildTestApp();
const version = packs.inForce(PACK_ID, '2025-03-14');
if (!version) throw new Error('no pack version in force on the sample date');
const { catalogues } = version.content;

async function problemFor(body: unknown, headers: Record<string, string> = {}): Promise<Problem> {
  const res = await postJson(app, body, headers);
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await res.json()) as Problem;
  expect(ProblemOut.safeParse(problem).error).toBeUndefined();
  expect(problem.code).toBe('validation_failed');
  for (const e of problem.errors) {
    expect(e.message.vi, e.path).not.toBe('');
    expect(e.message.en, e.path).not.toBe('');
  }
  return problem;
}

/** The one issue at `path`, asserting its rule. */
async function rejects(body: unknown, path: string, rule: string) {
  const problem = await problemFor(body);
  const issue = problem.errors.find((e) => e.path === path);
  expect(issue, `an issue at ${path} in ${JSON.stringify(problem.errors)}`).toBeDefined();
  expect(issue?.rule).toBe(rule);
  return issue;
}

describe('a proposal that breaks a rule of the contract is refused with the path of the field', () => {
  it('a required field is missing', async () => {
    const p = sampleProposal();
    const { totalUsd: _, ...capital } = p.capital;
    await rejects({ ...p, capital }, 'capital.totalUsd', 'required');
  });

  it('an unknown field is a typo, not silently dropped', async () => {
    const p = sampleProposal();
    await rejects(
      { ...p, trade: { ...p.trade, localisationPcts: 35 } },
      'trade.localisationPcts',
      'unknown_field',
    );
  });

  it('a number sent as a string has the wrong type', async () => {
    const p = sampleProposal();
    await rejects({ ...p, workforce: { ...p.workforce, total: '800' } }, 'workforce.total', 'type');
  });

  it('a percentage above 100 is out of range', async () => {
    const p = sampleProposal();
    await rejects({ ...p, trade: { ...p.trade, exportPct: 120 } }, 'trade.exportPct', 'maximum');
  });

  it('capital of zero is out of range', async () => {
    const p = sampleProposal();
    await rejects({ ...p, capital: { ...p.capital, totalUsd: 0 } }, 'capital.totalUsd', 'minimum');
  });

  it('land cannot be negative', async () => {
    const p = sampleProposal();
    await rejects({ ...p, site: { ...p.site, landHa: -1 } }, 'site.landHa', 'minimum');
  });

  it('null is accepted only where the contract shows it', async () => {
    const p = sampleProposal();
    await rejects(
      { ...p, investor: { ...p.investor, multinational: null } },
      'investor.multinational',
      'type',
    );
    await rejects({ ...p, project: { ...p.project, form: null } }, 'project.form', 'enum');
  });

  it('a project has 1 to 5 sector codes and a name of at most 200 characters', async () => {
    const p = sampleProposal();
    await rejects(
      { ...p, project: { ...p.project, sectorCodes: [] } },
      'project.sectorCodes',
      'min_items',
    );
    const six = ['2610', '2620', '2630', '2640', '2651', '2652'];
    await rejects(
      { ...p, project: { ...p.project, sectorCodes: six } },
      'project.sectorCodes',
      'max_items',
    );
    await rejects(
      { ...p, project: { ...p.project, name: 'x'.repeat(201) } },
      'project.name',
      'max_length',
    );
  });

  it('the workforce must be a whole number of people', async () => {
    const p = sampleProposal();
    await rejects({ ...p, workforce: { ...p.workforce, total: 800.5 } }, 'workforce.total', 'type');
  });

  it('university graduates cannot outnumber trained workers', async () => {
    const p = sampleProposal();
    const issue = await rejects(
      { ...p, workforce: { ...p.workforce, trainedPct: 30, universityPct: 40 } },
      'workforce.universityPct',
      'university_within_trained',
    );
    expect(issue?.message.en).toContain('40');
  });

  it('the country is an upper-case ISO 3166-1 alpha-2 code', async () => {
    const p = sampleProposal();
    await rejects(
      { ...p, investor: { ...p.investor, country: 'XX' } },
      'investor.country',
      'iso_country',
    );
    await rejects(
      { ...p, investor: { ...p.investor, country: 'kr' } },
      'investor.country',
      'iso_country',
    );
  });

  it('a sector code has 2 to 5 digits', async () => {
    const p = sampleProposal();
    await rejects(
      { ...p, project: { ...p.project, sectorCodes: ['26A0'] } },
      'project.sectorCodes[0]',
      'vsic_code',
    );
    await rejects(
      { ...p, project: { ...p.project, sectorCodes: ['2610', '2'] } },
      'project.sectorCodes[1]',
      'vsic_code',
    );
  });

  it("a sector code must fall in a division of the pack's VSIC catalogue", async () => {
    const divisions = new Set(catalogues.sectors.filter((s) => s.level === 2).map((s) => s.code));
    const missing = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).find(
      (d) => !divisions.has(d),
    );
    expect(missing).toBeDefined();
    const p = sampleProposal();
    await rejects(
      { ...p, project: { ...p.project, sectorCodes: [`${missing}00`] } },
      'project.sectorCodes[0]',
      'unknown_sector',
    );
  });

  it('an unknown area is refused with the list of valid areas', async () => {
    const p = sampleProposal();
    const issue = await rejects(
      { ...p, site: { ...p.site, area: 'atlantis' } },
      'site.area',
      'unknown_area',
    );
    for (const area of catalogues.areas) {
      expect(issue?.message.en).toContain(area.id);
      expect(issue?.message.vi).toContain(area.id);
    }
  });

  it('an unknown industrial park is refused, pointing to the published catalogue', async () => {
    const p = sampleProposal();
    const issue = await rejects(
      { ...p, site: { ...p.site, industrialPark: 'no-such-park' } },
      'site.industrialPark',
      'unknown_park',
    );
    expect(issue?.message.en).toContain(`/api/v1/rule-packs/${PACK_ID}`);
  });

  it('a submission date must be a real calendar date', async () => {
    await rejects({ ...sampleProposal(), submittedOn: '2025-02-30' }, 'submittedOn', 'date');
    await rejects({ ...sampleProposal(), submittedOn: '14/03/2025' }, 'submittedOn', 'date');
  });

  it('a date before the earliest pack version is refused: no pack was in force', async () => {
    const earliest = packs.versionsOf(PACK_ID)[0]?.content.meta.effectiveFrom as string;
    const issue = await rejects(
      { ...sampleProposal(), submittedOn: '2020-01-01' },
      'submittedOn',
      'no_pack_in_force',
    );
    expect(issue?.message.en).toContain(earliest);
  });

  it('an unknown pack is refused with the packs that exist', async () => {
    const issue = await rejects(
      { ...sampleProposal(), pack: 'atlantis-2030' },
      'pack',
      'unknown_pack',
    );
    expect(issue?.message.en).toContain(PACK_ID);
  });

  it('an enumerated value outside its list is refused with the allowed values', async () => {
    const p = sampleProposal();
    const issue = await rejects(
      { ...p, environment: { ...p.environment, riskGroup: 'V' } },
      'environment.riskGroup',
      'enum',
    );
    expect(issue?.message.en).toContain('"IV"');
  });
});

describe('a proposal with several problems', () => {
  it('lists every problem in one answer, structural and catalogue alike', async () => {
    const p = sampleProposal();
    const { totalUsd: _, ...capital } = p.capital;
    const problem = await problemFor({
      ...p,
      capital,
      project: { ...p.project, sectorCodes: ['x'] },
      investor: { ...p.investor, country: 'XX' },
      site: { ...p.site, area: 'atlantis', industrialPark: 'no-such-park' },
      workforce: { ...p.workforce, trainedPct: 10, universityPct: 20 },
      trade: { ...p.trade, localisationPcts: 1 },
    });
    expect(problem.errors.map((e) => e.path).sort()).toEqual(
      [
        'capital.totalUsd',
        'project.sectorCodes[0]',
        'investor.country',
        'site.area',
        'site.industrialPark',
        'workforce.universityPct',
        'trade.localisationPcts',
      ].sort(),
    );
    expect(problem.detail).toContain('7');
  });

  it('speaks Vietnamese in title and detail when the client prefers it, and always carries both', async () => {
    const body = { ...sampleProposal(), submittedOn: '2025-02-30' };
    const vi = await problemFor(body, { 'Accept-Language': 'vi-VN,vi;q=0.9,en;q=0.5' });
    expect(vi.title).toBe(vi.localized.vi.title);
    expect(vi.detail).toBe(vi.localized.vi.detail);
    const en = await problemFor(body, { 'Accept-Language': 'en-GB' });
    expect(en.title).toBe(en.localized.en.title);
    expect(en.localized.vi).toEqual(vi.localized.vi);
    expect(en.title).not.toBe(vi.title);
  });
});
