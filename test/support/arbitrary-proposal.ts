/**
 * fast-check generators of valid proposals for a pack: every enum, catalogue ids, edge values
 * (0, 100, the pack's own thresholds) and optional fields present or absent.
 */
import fc from 'fast-check';
import type { PackContent } from '../../src/screening/pack-schema.js';
import type { Proposal } from '../../src/screening/proposal-schema.js';

function thresholdsOf(content: PackContent, unit: string): number[] {
  const values = new Set<number>();
  for (const p of Object.values(content.parameters)) {
    if (p.unit !== unit) continue;
    for (const v of p.values) if (typeof v.value === 'number') values.add(v.value);
  }
  return [...values];
}

export function arbitraryProposal(
  content: PackContent,
  dates: { from: string; to: string },
): fc.Arbitrary<Proposal> {
  const pcts = thresholdsOf(content, 'percent');
  const pct = fc.oneof(
    fc.constantFrom(0, 100, ...pcts),
    fc.constantFrom(...pcts).map((t) => Math.max(0, Number((t - 0.1).toFixed(2)))),
    fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  );
  const divisions = content.catalogues.sectors.filter((s) => s.level === 2).map((s) => s.code);
  const listCodes = content.catalogues.sectorLists.flatMap((l) => l.prefixes);
  const level4 = content.catalogues.sectors.filter((s) => s.level === 4).map((s) => s.code);
  const code = fc.oneof(fc.constantFrom(...divisions), fc.constantFrom(...listCodes, ...level4));
  const areas = content.catalogues.areas.map((a) => a.id);
  const parks = content.catalogues.parks.map((p) => p.id);
  const perHa = thresholdsOf(content, 'USD-per-ha');
  const date = fc
    .date({
      min: new Date(`${dates.from}T00:00:00Z`),
      max: new Date(`${dates.to}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  return fc
    .record({
      submittedOn: date,
      project: fc.record({
        name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
        form: fc.constantFrom('new', 'capital_increase', 'capital_contribution'),
        sectorCodes: fc.array(code, { minLength: 1, maxLength: 5 }),
      }),
      investor: fc.record(
        {
          name: fc.constant('Fictional Investor Ltd.'),
          country: fc.constantFrom('KR', 'JP', 'SG', 'VN', 'US', 'DE', 'TW', 'CN'),
          multinational: fc.boolean(),
          globalRank: fc.constantFrom('fortune_global_500', 'forbes_global_2000', null),
        },
        { requiredKeys: ['name', 'country', 'multinational'] },
      ),
      capital: fc.record({
        totalUsd: fc.oneof(
          fc.constantFrom(1, 4e6, 2.4e8, 1.2e9, 1e11),
          fc.integer({ min: 1, max: 2e9 }),
        ),
        foreignSharePct: pct,
      }),
      site: fc.record(
        {
          area: fc.constantFrom(...areas),
          industrialPark: fc.option(fc.constantFrom(...parks), { nil: null }),
          landHa: fc.oneof(
            fc.constantFrom(0, 0.5, 12.5, 100),
            fc.double({ min: 0, max: 2000, noNaN: true }).map((x) => Math.round(x * 10) / 10),
          ),
          relocationFromSouth: fc.boolean(),
        },
        { requiredKeys: ['area', 'industrialPark', 'landHa'] },
      ),
      workforce: fc
        .record({
          total: fc.oneof(
            fc.constantFrom(0, 199, 200, 2999, 3000, 3001),
            fc.integer({ min: 0, max: 60000 }),
          ),
          trainedPct: pct,
          universityPct: pct,
          rdStaffPct: pct,
        })
        .map((w) => ({ ...w, universityPct: Math.min(w.universityPct, w.trainedPct) })),
      technology: fc.record({
        highTechCertificate: fc.boolean(),
        priorityHighTech: fc.boolean(),
        highTechRevenuePct: pct,
        rdSpendPct: pct,
        rdCentre: fc.boolean(),
        smartFactory: fc.boolean(),
        transferList: fc.constantFrom('encouraged', 'ordinary', 'restricted', 'banned'),
        usedEquipmentMaxAgeYears: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      }),
      transfer: fc.record(
        {
          knowledge: fc.boolean(),
          technology: fc.boolean(),
          management: fc.boolean(),
          localSupplierCount: fc.oneof(
            fc.constantFrom(0, 2, 3, 9, 10),
            fc.integer({ min: 0, max: 500 }),
          ),
        },
        { requiredKeys: ['knowledge', 'technology', 'management'] },
      ),
      trade: fc.record({ localisationPct: pct, exportPct: pct, ftaOriginCompliant: fc.boolean() }),
      environment: fc.record({
        riskGroup: fc.constantFrom('I', 'II', 'III', 'IV'),
        pollutingProduction: fc.boolean(),
        importsScrap: fc.boolean(),
        renewableEnergyPct: pct,
        circularEconomy: fc.boolean(),
        singleUsePlasticFree: fc.boolean(),
      }),
    })
    .map((p) => {
      // Aim some land figures at the capital-per-hectare thresholds, whose edges matter most.
      if (perHa.length > 0 && p.site.landHa > 0 && p.capital.totalUsd % 7 === 0) {
        const t = perHa[p.capital.totalUsd % perHa.length] as number;
        return {
          ...p,
          site: {
            ...p.site,
            landHa: Math.max(0.1, Math.round((p.capital.totalUsd / t) * 10) / 10),
          },
        };
      }
      return p;
    }) as fc.Arbitrary<Proposal>;
}
