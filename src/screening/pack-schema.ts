/**
 * The rule-pack format: what a pack version's files may hold (`rules/<pack>/<version>/`). The
 * structure is checked here; cross-references (facts, parameters, catalogues, texts) are checked
 * in `build-pack.ts`. See rules/README.md for the authoring guide.
 */
import { z } from 'zod';
import { IsoDate } from './proposal-schema.js';

const nonEmpty = z.string().trim().min(1);
export const TextSchema = z.strictObject({ vi: nonEmpty, en: nonEmpty });
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const dottedId = z.string().regex(/^[a-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*$/, 'dotted id');

export const BasisSchema = z.strictObject({
  doc: nonEmpty,
  ref: nonEmpty,
  url: z.url().optional(),
});
export type Basis = z.infer<typeof BasisSchema>;
const bases = z.array(BasisSchema).min(1);

/** How much of a fact was checked: ✅ read in the cited source, ◐ secondary only, ❓ not verified. */
export const Verification = z.enum(['verified', 'secondary', 'unverified']);
export type Verification = z.infer<typeof Verification>;
/** LAW binds; POLICY is a provincial or party orientation; DESIGN is our own choice. */
export const BasisKind = z.enum(['LAW', 'POLICY', 'DESIGN']);
export type BasisKind = z.infer<typeof BasisKind>;

export const PARAMETER_UNITS = [
  'percent',
  'USD',
  'VND',
  'VND-per-USD',
  'USD-per-ha',
  'points',
  'score',
  'years',
  'persons',
  'count',
  'flag',
] as const;
export const ParameterUnit = z.enum(PARAMETER_UNITS);
export type ParameterUnit = z.infer<typeof ParameterUnit>;

export const ParameterValueSchema = z.strictObject({
  from: IsoDate,
  value: z.union([z.number(), z.boolean()]),
  basis: bases,
  note: TextSchema.optional(),
});

export const ParameterSchema = z.strictObject({
  description: TextSchema,
  unit: ParameterUnit,
  kind: BasisKind,
  verification: Verification,
  values: z.array(ParameterValueSchema).min(1),
});
export type Parameter = z.infer<typeof ParameterSchema>;
export const ParametersFileSchema = z.record(dottedId, ParameterSchema);

export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export type Operator = (typeof OPERATORS)[number];

const Literal = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type Literal = z.infer<typeof Literal>;

/** A leaf condition in json-rules-engine's format; `value` may name a parameter as `{ fact: "param.<id>" }`. */
export type LeafCondition = {
  fact: string;
  operator: Operator;
  value: Literal | Literal[] | { fact: string };
};
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | LeafCondition;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({
      fact: nonEmpty,
      operator: z.enum(OPERATORS),
      value: z.union([Literal, z.array(Literal), z.strictObject({ fact: nonEmpty })]),
    }),
  ]),
);

export const CriterionKind = z.enum(['gate', 'review', 'score', 'incentive']);
export type CriterionKind = z.infer<typeof CriterionKind>;
export const Outcome = z.enum(['pass', 'partial', 'fail', 'unknown', 'not_applicable']);
export type Outcome = z.infer<typeof Outcome>;

export const CriterionSchema = z.strictObject({
  id,
  kind: CriterionKind,
  title: TextSchema,
  asks: TextSchema,
  basis: bases,
  applies: ConditionSchema.optional(),
  notApplicable: TextSchema.optional(),
  rules: z
    .array(
      z.strictObject({
        outcome: z.enum(['pass', 'partial', 'fail']),
        points: dottedId.optional(),
        when: ConditionSchema,
        reason: TextSchema,
      }),
    )
    .min(1),
  otherwise: z.strictObject({ outcome: z.enum(['pass', 'fail']), reason: TextSchema }),
  unknown: TextSchema.optional(),
  improve: TextSchema.optional(),
  /** A score criterion whose points add to the score but whose maximum is not counted as available. */
  bonus: z.boolean().optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

const Operand = nonEmpty;
export const DerivedExprSchema = z.union([
  z.strictObject({ multiply: z.tuple([Operand, Operand]) }),
  z.strictObject({ divide: z.tuple([Operand, Operand]) }),
  z.strictObject({
    firstOf: z
      .array(z.strictObject({ when: ConditionSchema, value: z.union([z.string(), z.number()]) }))
      .min(1),
    otherwise: z.union([z.string(), z.number()]),
  }),
  z.strictObject({ areaTags: Operand }),
  z.strictObject({ parkKind: Operand }),
  z.strictObject({
    sectorLists: Operand,
    which: z.enum(['main', 'other', 'any']),
    group: id.optional(),
  }),
]);
export type DerivedExpr = z.infer<typeof DerivedExprSchema>;
export const DerivedFactSchema = z.strictObject({
  description: TextSchema,
  unit: z.enum([...PARAMETER_UNITS, 'tier', 'tags', 'lists', 'kind']),
  expr: DerivedExprSchema,
  /** Labels of the values a `firstOf` or `parkKind` fact can take, for explanations. */
  labels: z.record(z.string(), TextSchema).optional(),
});
export type DerivedFact = z.infer<typeof DerivedFactSchema>;
export const DerivedFileSchema = z.record(
  z.string().regex(/^derived\.[a-zA-Z0-9]+$/),
  DerivedFactSchema,
);

export const AreaSchema = z.strictObject({
  id,
  name: TextSchema,
  tags: z.array(id),
  note: TextSchema.optional(),
});
export const ParkSchema = z.strictObject({
  id,
  kind: z.enum(['park', 'cluster']),
  name: TextSchema,
  area: id.nullable(),
  areaHa: z.number().positive().nullable(),
  status: z.enum(['operating', 'under_construction', 'planned', 'unknown']),
  source: z.string().min(1),
  verification: Verification,
  note: z.string().optional(),
});
export const SectorSchema = z.strictObject({
  code: z.string().regex(/^(?:[A-U]|\d{2}|\d{4})$/),
  level: z.union([z.literal(1), z.literal(2), z.literal(4)]),
  parent: z.string().nullable(),
  name: TextSchema,
});
export const SectorListSchema = z.strictObject({
  id,
  /** Lists sharing a group can be read together by a derived fact (e.g. the plan's named sectors). */
  group: id.optional(),
  name: TextSchema,
  prefixes: z.array(z.string().regex(/^\d{2,5}$/)),
  basis: bases,
  kind: BasisKind,
  verification: Verification,
  note: TextSchema.optional(),
});
export type Area = z.infer<typeof AreaSchema>;
export type Park = z.infer<typeof ParkSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorList = z.infer<typeof SectorListSchema>;

export const SourceSchema = z.strictObject({
  doc: nonEmpty,
  date: IsoDate,
  title: TextSchema,
  url: z.url().optional(),
  verification: Verification,
});

export const BandSchema = z.strictObject({
  id,
  label: TextSchema,
  minScore: dottedId,
  requiresAny: z
    .array(z.strictObject({ criterion: id, outcomes: z.array(z.enum(['pass', 'partial'])).min(1) }))
    .min(1)
    .optional(),
  description: TextSchema,
});

export const PackMetaSchema = z.strictObject({
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semver MAJOR.MINOR.PATCH'),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  transition: TextSchema.optional(),
  title: TextSchema,
  description: TextSchema,
  jurisdiction: z.strictObject({
    id,
    country: z.string().regex(/^[A-Z]{2}$/),
    name: TextSchema,
    timeZone: z.string().min(1),
    note: TextSchema.optional(),
  }),
  authority: z.strictObject({ name: TextSchema, note: TextSchema.optional() }),
  sources: z.array(SourceSchema).min(1),
  target: z.strictObject({
    amount: z.number().positive(),
    unit: z.literal('USD'),
    measure: z.enum(['registered', 'disbursed']),
    from: IsoDate,
    to: IsoDate,
    kind: BasisKind,
    verification: Verification,
    basis: bases,
    description: TextSchema,
  }),
  criteria: z.array(id).min(1),
  bands: z.array(BandSchema).min(1),
  ineligibleBand: z.strictObject({ id, label: TextSchema, description: TextSchema }),
  /** Dated notices every screening in their period carries, e.g. that a law this version encodes was replaced. */
  notices: z
    .array(
      z.strictObject({ from: IsoDate, to: IsoDate.optional(), text: TextSchema, basis: bases }),
    )
    .optional(),
  coverageExceptions: z
    .array(z.strictObject({ criterion: id, outcome: z.enum(['pass', 'fail']), reason: TextSchema }))
    .optional(),
  /** An example pack (not a real jurisdiction's criteria): never the default, always labelled. */
  illustrative: z.boolean().optional(),
  /**
   * What changed from the previous version (OpenFisca style): what, for which submission dates,
   * and which criteria. A removed criterion is named by its id in the previous version.
   */
  changes: z
    .array(
      z.strictObject({
        kind: z.enum(['added', 'changed', 'removed', 'notice']),
        what: TextSchema,
        criteria: z.array(id),
        parameters: z.array(z.string().min(1)).optional(),
        datesAffected: z.strictObject({ from: IsoDate, to: IsoDate.optional() }),
        basis: bases.optional(),
      }),
    )
    .optional(),
});
export type PackMeta = z.infer<typeof PackMetaSchema>;

export const CaseSchema = z.strictObject({
  name: nonEmpty,
  submittedOn: IsoDate.optional(),
  set: z.record(z.string(), z.unknown()).optional(),
  unset: z.array(z.string()).optional(),
  expect: z.strictObject({
    eligible: z.boolean().optional(),
    reviewRequired: z.boolean().optional(),
    band: id.optional(),
    score: z.number().optional(),
    criteria: z
      .record(id, z.strictObject({ outcome: Outcome.optional(), points: z.number().optional() }))
      .optional(),
    incentives: z.array(id).optional(),
    notIncentives: z.array(id).optional(),
    improvement: z.strictObject({ path: z.string(), to: z.unknown().optional() }).optional(),
  }),
});
export type PackCase = z.infer<typeof CaseSchema>;
export const CasesFileSchema = z.strictObject({ cases: z.array(CaseSchema).min(1) });
export const BaseCaseFileSchema = z.strictObject({ base: z.record(z.string(), z.unknown()) });

/** The whole rule content of a version: what is hashed, stored and replayed. Cases are kept apart. */
export type PackContent = {
  meta: PackMeta;
  parameters: Record<string, Parameter>;
  catalogues: { areas: Area[]; parks: Park[]; sectors: Sector[]; sectorLists: SectorList[] };
  derived: Record<string, DerivedFact>;
  criteria: Criterion[];
};
