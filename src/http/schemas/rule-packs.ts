/** The documented shapes of the rule-pack endpoints: the list of packs and a published pack. */
import { z } from 'zod';
import { CriterionKind, ParameterUnit } from '../../screening/pack-schema.js';
import type { PublishedPack } from '../../screening/publish-pack.js';
import { BasisKindOut, BasisOut, type Same, TextOut, VerificationOut } from './common.js';

const date = z.string().meta({ description: 'YYYY-MM-DD', example: '2024-12-13' });
const value = z.union([z.number(), z.boolean()]);

const Jurisdiction = z.object({
  id: z.string(),
  country: z.string(),
  name: TextOut,
  timeZone: z.string().meta({ description: 'IANA time zone; "today" is taken in it' }),
  note: TextOut.nullable(),
});

export const PackVersionSummaryOut = z.object({
  version: z.string().meta({ example: '1.0.0' }),
  effectiveFrom: date,
  effectiveTo: date.nullable(),
  status: z.enum(['active', 'draft', 'retired']).meta({
    description:
      'active: in force today or activated to take effect later; retired: superseded by a later activation; draft: never activated',
  }),
  hash: z.string(),
});

export const PackSummaryOut = z
  .object({
    id: z.string(),
    title: TextOut,
    jurisdiction: Jurisdiction,
    default: z.boolean().meta({ description: 'Used when a proposal names no pack' }),
    versions: z.array(PackVersionSummaryOut).meta({ description: 'Oldest first' }),
  })
  .meta({ id: 'PackSummary' });

export const PackListOut = z
  .object({ items: z.array(PackSummaryOut), nextCursor: z.null() })
  .meta({ id: 'PackList' });

const Threshold = z.object({
  id: z.string(),
  description: TextOut,
  value,
  unit: ParameterUnit,
  kind: BasisKindOut,
  verification: VerificationOut,
  basis: z.array(BasisOut),
});

const Criterion = z.object({
  id: z.string(),
  kind: CriterionKind,
  title: TextOut,
  asks: TextOut.meta({ description: 'What the criterion asks of a project' }),
  basis: z.array(BasisOut),
  maxPoints: z.number(),
  thresholds: z.array(Threshold),
  rules: z
    .array(z.object({ outcome: z.enum(['pass', 'partial', 'fail']), points: z.number() }))
    .meta({ description: 'Tried in order; the first that holds decides' }),
  otherwise: z.object({ outcome: z.enum(['pass', 'fail']) }),
});

const Parameter = z.object({
  id: z.string(),
  description: TextOut,
  unit: ParameterUnit,
  kind: BasisKindOut,
  verification: VerificationOut,
  value: value.nullable().meta({ description: 'In force on asOf' }),
  values: z.array(
    z.object({ from: date, value, basis: z.array(BasisOut), note: TextOut.nullable() }),
  ),
});

const Change = z.object({
  kind: z.enum(['added', 'changed', 'removed', 'notice']),
  what: TextOut,
  criteria: z
    .array(z.string())
    .meta({ description: 'Criteria affected; a removed one by its id in the previous version' }),
  parameters: z.array(z.string()),
  datesAffected: z
    .object({ from: date, to: date.nullable() })
    .meta({ description: 'Submission dates the change affects; to = null: until a later version' }),
  basis: z.array(BasisOut),
});

const Band = z.object({
  id: z.string(),
  label: TextOut,
  minScore: z.number(),
  requiresAny: z.array(
    z.object({ criterion: z.string(), outcomes: z.array(z.enum(['pass', 'partial'])) }),
  ),
  description: TextOut,
});

export const PublishedPackOut = z
  .object({
    id: z.string(),
    version: z.string(),
    effectiveFrom: date,
    effectiveTo: date.nullable(),
    hash: z.string(),
    asOf: date.meta({ description: 'The date the parameter values are taken on' }),
    title: TextOut,
    description: TextOut,
    transition: TextOut.nullable(),
    illustrative: z
      .boolean()
      .meta({ description: "An example pack, not a real jurisdiction's criteria" }),
    changes: z
      .array(Change)
      .meta({ description: 'What changed from the previous version; empty for a first version' }),
    jurisdiction: Jurisdiction,
    authority: z.object({ name: TextOut, note: TextOut.nullable() }),
    sources: z.array(
      z.object({
        doc: z.string(),
        date,
        title: TextOut,
        url: z.string().nullable(),
        verification: VerificationOut,
      }),
    ),
    target: z.object({
      amount: z.number(),
      unit: z.literal('USD'),
      measure: z.enum(['registered', 'disbursed']),
      period: z.object({ from: date, to: date }),
      kind: BasisKindOut,
      verification: VerificationOut,
      basis: z.array(BasisOut),
      description: TextOut,
    }),
    criteria: z.array(Criterion).meta({ description: "Every criterion, in the pack's order" }),
    parameters: z.array(Parameter),
    bands: z.array(Band).meta({ description: 'Best first' }),
    ineligibleBand: z.object({ id: z.string(), label: TextOut, description: TextOut }),
    catalogues: z.object({
      areas: z.array(z.object({ id: z.string(), name: TextOut, tags: z.array(z.string()) })),
      parks: z.array(
        z.object({
          id: z.string(),
          name: TextOut,
          area: z.string().nullable(),
          kind: z.enum(['park', 'cluster']),
          areaHa: z.number().nullable(),
          status: z.enum(['operating', 'under_construction', 'planned', 'unknown']),
          verification: VerificationOut,
        }),
      ),
      sectors: z.array(
        z.object({
          code: z.string(),
          level: z.union([z.literal(1), z.literal(2), z.literal(4)]),
          parent: z.string().nullable(),
          name: TextOut,
        }),
      ),
      sectorLists: z.array(
        z.object({
          id: z.string(),
          name: TextOut,
          prefixes: z.array(z.string()),
          kind: BasisKindOut,
          verification: VerificationOut,
          basis: z.array(BasisOut),
        }),
      ),
    }),
  })
  .meta({ id: 'PublishedPack', description: 'A pack version as published on a date' });

// Compile-time guard: the documentation and the published type must not drift apart.
const documented: Same<z.output<typeof PublishedPackOut>, PublishedPack> = true;
void documented;
