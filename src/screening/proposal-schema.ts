/**
 * The proposal contract (`shared/contract/proposal.md`) as a zod schema: names, types, units, ranges,
 * cross-field rules, unknown fields rejected. Checks that need a pack (catalogue ids, the version in
 * force) are in `validate-proposal.ts`.
 */
import { z } from 'zod';
import { ISO_COUNTRIES } from './iso-countries.js';

/** A bilingual custom issue, read back by `validation-issues.ts`. */
export function customIssue(rule: string, vi: string, en: string) {
  return { code: 'custom' as const, message: en, params: { rule, vi, en } };
}

const pct = z.number().min(0).max(100);
const name = z.string().trim().min(1).max(200);

export const IsoDate = z
  .string()
  .refine(
    isIsoDate,
    customIssue(
      'date',
      'Phải là một ngày có thật, dạng YYYY-MM-DD.',
      'Must be a real calendar date, YYYY-MM-DD.',
    ),
  )
  .meta({ description: 'ISO 8601 calendar date, YYYY-MM-DD', example: '2025-03-14' });

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ProposalProject = z.strictObject({
  name,
  form: z.enum(['new', 'capital_increase', 'capital_contribution']),
  sectorCodes: z
    .array(
      z
        .string()
        .refine(
          (c) => /^\d{2,5}$/.test(c),
          customIssue(
            'vsic_code',
            'Mã VSIC phải gồm 2 đến 5 chữ số.',
            'A VSIC code has 2 to 5 digits.',
          ),
        ),
    )
    .min(1)
    .max(5)
    .meta({ description: 'VSIC 2018 codes; the first is the main activity', example: ['2610'] }),
  description: z.string().max(4000).optional(),
});

export const ProposalInvestor = z.strictObject({
  name,
  country: z
    .string()
    .refine(
      (c) => ISO_COUNTRIES.has(c),
      customIssue(
        'iso_country',
        'Mã quốc gia ISO 3166-1 alpha-2 viết hoa, ví dụ "KR".',
        'An upper-case ISO 3166-1 alpha-2 country code, e.g. "KR".',
      ),
    )
    .meta({ example: 'KR' }),
  multinational: z.boolean(),
  globalRank: z.enum(['fortune_global_500', 'forbes_global_2000']).nullable().optional(),
});

export const ProposalCapital = z.strictObject({
  totalUsd: z.number().gt(0).max(1e11).meta({ description: 'US dollars', example: 250000000 }),
  foreignSharePct: pct,
});

export const ProposalSite = z.strictObject({
  area: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: "An area id from the pack's catalogue", example: 'tan-uyen' }),
  industrialPark: z.string().min(1).max(100).nullable().meta({
    description: 'A park or cluster id; null = outside parks and clusters',
    example: 'vsip-2a',
  }),
  landHa: z.number().min(0).meta({ description: 'hectares', example: 12.5 }),
  relocationFromSouth: z.boolean().optional(),
});

export const ProposalWorkforce = z
  .strictObject({
    total: z.number().int().min(0),
    trainedPct: pct,
    universityPct: pct,
    rdStaffPct: pct,
  })
  .superRefine((w, ctx) => {
    if (w.universityPct > w.trainedPct) {
      ctx.addIssue({
        ...customIssue(
          'university_within_trained',
          `Tỷ lệ lao động có trình độ đại học (${w.universityPct}) không được lớn hơn tỷ lệ lao động qua đào tạo (${w.trainedPct}).`,
          `The university share (${w.universityPct}) cannot exceed the trained share (${w.trainedPct}).`,
        ),
        path: ['universityPct'],
      });
    }
  });

export const ProposalTechnology = z.strictObject({
  highTechCertificate: z.boolean(),
  priorityHighTech: z.boolean(),
  highTechRevenuePct: pct,
  rdSpendPct: pct,
  rdCentre: z.boolean(),
  smartFactory: z.boolean(),
  transferList: z.enum(['encouraged', 'ordinary', 'restricted', 'banned']),
  usedEquipmentMaxAgeYears: z.number().min(0).nullable(),
});

export const ProposalTransfer = z.strictObject({
  knowledge: z.boolean(),
  technology: z.boolean(),
  management: z.boolean(),
  localSupplierCount: z.number().int().min(0).optional(),
});

export const ProposalTrade = z.strictObject({
  localisationPct: pct,
  exportPct: pct,
  ftaOriginCompliant: z.boolean(),
});

export const ProposalEnvironment = z.strictObject({
  riskGroup: z.enum(['I', 'II', 'III', 'IV']),
  pollutingProduction: z.boolean(),
  importsScrap: z.boolean(),
  renewableEnergyPct: pct,
  circularEconomy: z.boolean(),
  singleUsePlasticFree: z.boolean(),
});

export const Proposal = z
  .strictObject({
    submittedOn: IsoDate.optional(),
    pack: z.string().min(1).max(100).optional(),
    project: ProposalProject,
    investor: ProposalInvestor,
    capital: ProposalCapital,
    site: ProposalSite,
    workforce: ProposalWorkforce,
    technology: ProposalTechnology,
    transfer: ProposalTransfer,
    trade: ProposalTrade,
    environment: ProposalEnvironment,
  })
  .meta({ id: 'Proposal', description: 'An FDI project proposal (contract v1)' });

export type Proposal = z.infer<typeof Proposal>;
