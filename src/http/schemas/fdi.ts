/** The documented shapes of the FDI endpoints: progress, breakdown, recorded statistics (contract v1). */
import { z } from 'zod';
import type { fdiBreakdown } from '../../fdi/fdi-breakdown.js';
import type { fdiProgress } from '../../fdi/fdi-progress.js';
import type { recordStatistics } from '../../fdi/record-statistics.js';
import { BasisKind } from '../../screening/pack-schema.js';
import { IsoDate } from '../../screening/proposal-schema.js';
import { BasisOut, type Same, TextOut } from './common.js';

const usd = (description: string) => z.number().meta({ description: `US dollars: ${description}` });
const date = z.string().meta({ description: 'YYYY-MM-DD', example: '2022-12-31' });
const Period = z.object({ from: date, to: date }).meta({ id: 'FdiPeriod' });
const Measure = z.enum(['registered', 'disbursed']).meta({ id: 'FdiMeasure' });
const packId = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .meta({ description: 'A pack id from GET /api/v1/rule-packs; default: the default pack' });

const YearSourceOut = z
  .enum(['official_statistic', 'partial_statistic', 'applications', 'none'])
  .meta({
    id: 'FdiYearSource',
    description:
      'official_statistic: a full-year official statistic; partial_statistic: the latest statistic for part of the ' +
      'year (a cut-off date); applications: applications approved in this service; none: nothing recorded',
  });

const FlowsOut = z
  .object({
    new: z.number(),
    capital_increase: z.number(),
    capital_contribution: z.number(),
    capital_reduction: z.number().meta({ description: 'Negative or zero' }),
    unspecified: z.number().meta({
      description: 'Totals whose source does not split them by flow (recorded with flow "all")',
    }),
  })
  .meta({ id: 'FdiFlows', description: 'US dollars by flow of capital' });

const SourceRefOut = z
  .object({
    doc: z.string().nullable().meta({ description: 'The document or publication cited' }),
    url: z.string().nullable(),
    date: z.string().nullable().meta({ description: 'Date of the source, YYYY-MM-DD' }),
    status: z
      .string()
      .meta({ description: 'final or preliminary (statistics); approved or reversal (ledger)' }),
  })
  .meta({ id: 'FdiSourceRef' });

const YearOut = z
  .object({
    year: z.number().int(),
    registeredUsd: usd('the registered capital that counts for the year, from `source`'),
    disbursedUsd: z.number().nullable().meta({
      description: 'US dollars disbursed, when an official statistic gives it; else null',
    }),
    source: YearSourceOut,
    sourceRef: SourceRefOut.nullable().meta({
      description: 'The (last) source of the figure; null when it comes from applications or none',
    }),
    sources: z
      .array(SourceRefOut)
      .meta({ description: 'Every source the figure rests on (a total may combine several rows)' }),
    applicationsUsd: usd(
      'applications approved in this service in the year, net of reversals; detail only when a statistic counts',
    ),
    period: Period.meta({
      description:
        'The period the figure covers: the whole year, or a partial period up to a cut-off',
    }),
    byFlow: FlowsOut,
  })
  .meta({ id: 'FdiYear' });

const BandRateOut = z.object({
  rate: z.number().meta({ description: 'Share of decided applications approved, 0..1' }),
  basis: z.enum(['band', 'overall', 'none']).meta({
    description:
      "band: the band's own decisions; overall: the band has none, so all decisions; none: no decisions yet (rate 0)",
  }),
  approved: z.number().int(),
  rejected: z.number().int(),
});

export const ProgressOut = z
  .object({
    asOf: date.meta({ description: 'The date the figures are as of (default today)' }),
    measure: Measure.meta({ description: "The target's measure" }),
    pack: z.object({ id: z.string(), version: z.string() }).meta({
      description: 'The pack version whose target applies on asOf',
    }),
    jurisdiction: z.object({ id: z.string(), name: TextOut }),
    target: z.object({
      amountUsd: z.number(),
      from: date,
      to: date,
      basis: z.array(BasisOut),
      kind: BasisKind.meta({ description: 'POLICY: a provincial plan target' }),
      description: TextOut,
    }),
    cumulativeUsd: usd('sum of `years[].registeredUsd` from the target start to asOf'),
    shareOfTarget: z
      .number()
      .meta({ description: 'cumulativeUsd / target, a fraction (0.15 = 15 %)' }),
    years: z.array(YearOut).meta({ description: 'Each year from the target start to asOf' }),
    byFlow: FlowsOut.meta({
      description:
        'cumulativeUsd by flow; `unspecified` holds totals a source does not split by flow',
    }),
    linearPathUsd: usd('where a straight line from 0 to the target would stand on asOf'),
    gapToPathUsd: usd('cumulativeUsd − linearPathUsd; negative = below the path'),
    requiredAnnualPaceUsd: z.number().nullable().meta({
      description:
        'US dollars a year still needed to reach the target; null once the target period is over',
    }),
    yearsLeft: z.number().meta({ description: 'Years from asOf to the end of the target period' }),
    status: z.enum(['ahead', 'on_track', 'behind']).meta({
      description:
        'behind: at the observed pace the target is missed; on_track: it is reached; ahead: it is reached and ' +
        'cumulativeUsd is already above the linear path',
    }),
    forecast: z.object({
      observedAnnualRateUsd: usd('cumulativeUsd / coveredYears: the pace seen in the data'),
      coveredYears: z.number().meta({
        description:
          'How many years the figures cover (a partial period counts as its share of the year)',
      }),
      trendUsd: usd('cumulativeUsd + observedAnnualRateUsd × yearsLeft'),
      withPipelineUsd: usd('trendUsd + the pipeline weighted by approval rates'),
      pipeline: z.object({
        applications: z.number().int().meta({ description: 'Applications awaiting a decision' }),
        capitalUsd: usd('their capital'),
        weightedUsd: usd('their capital, each band weighted by its approval rate'),
        approvalRateByBand: z.record(z.string(), BandRateOut),
      }),
    }),
  })
  .meta({
    id: 'FdiProgress',
    description: "Registered FDI against the pack's target, with sources",
  });

// Compile-time guard: the documentation and the verb's answer must not drift apart.
const documentedProgress: Same<
  z.output<typeof ProgressOut>,
  Awaited<ReturnType<typeof fdiProgress>>
> = true;
void documentedProgress;

export const ProgressQuery = z.strictObject({
  asOf: IsoDate.optional().meta({ description: 'Figures as of this date; default today' }),
  pack: packId,
});

type Breakdown = Awaited<ReturnType<typeof fdiBreakdown>>;

export const BreakdownOut = z
  .object({
    by: z.enum(['year', 'flow', 'country', 'sector', 'area', 'park']),
    measure: Measure,
    asOf: date,
    jurisdiction: z.string(),
    totalUsd: usd("the years' total; the items add up to it"),
    items: z.array(
      z.object({
        key: z.string().meta({
          description:
            'A year, a flow, an ISO country code, a VSIC division, an area or park id; `unspecified` for what ' +
            'a source does not break down',
          example: 'KR',
        }),
        label: TextOut.nullable().meta({ description: 'Name from the pack catalogue, if any' }),
        amountUsd: z.number(),
        projects: z.number().int().nullable(),
      }),
    ),
    years: z
      .array(z.object({ year: z.number().int(), source: YearSourceOut, period: Period }))
      .meta({ description: 'The source each year was taken from, as in the progress' }),
  })
  .meta({ id: 'FdiBreakdown' });

/** The breakdown as answered: a year without a source is reported as `none`, never left out. */
export type BreakdownAnswer = Omit<Breakdown, 'years'> & {
  years: (Omit<Breakdown['years'][number], 'source'> & {
    source: NonNullable<Breakdown['years'][number]['source']>;
  })[];
};
const documentedBreakdown: Same<z.output<typeof BreakdownOut>, BreakdownAnswer> = true;
void documentedBreakdown;

export const StatisticsRecordedOut = z
  .object({
    batch: z.string().meta({ description: 'Id of the batch: rows recorded together' }),
    jurisdiction: z.string(),
    recorded: z.number().int().meta({ description: 'How many rows were stored (all of them)' }),
    periods: z.array(z.string()).meta({
      description: 'The periods recorded, as from..to',
      example: ['2022-01-01..2022-12-31'],
    }),
  })
  .meta({ id: 'StatisticsRecorded' });

// `batch` is typed as a UUID template literal by node:crypto; on the wire it is a plain string.
type Recorded = Awaited<ReturnType<typeof recordStatistics>>;
const documentedRecorded: Same<
  z.output<typeof StatisticsRecordedOut>,
  Omit<Recorded, 'batch'> & { batch: string }
> = true;
void documentedRecorded;
