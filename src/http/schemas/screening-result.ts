/** The documented shape of a screening result (`shared/contract/screening-result.md`). */
import { z } from 'zod';
import { CriterionKind, Outcome } from '../../screening/pack-schema.js';
import type { ScreeningResult } from '../../screening/screening-result.js';
import { BasisOut, type Same, TextOut } from './common.js';

const CriterionResultOut = z
  .object({
    id: z.string().meta({ example: 'localisation-rate' }),
    kind: CriterionKind.meta({
      description:
        'gate: fail = not eligible; review: fail = an officer must review; score: earns points; incentive: an incentive the law ties to the project',
    }),
    outcome: Outcome.meta({ description: 'unknown = data missing' }),
    points: z.number(),
    maxPoints: z.number().meta({ description: '0 for gates, reviews and incentives' }),
    facts: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The input values the criterion read, by path' }),
    thresholds: z
      .record(z.string(), z.union([z.number(), z.boolean()]))
      .meta({ description: 'The pack parameters it compared against, by id' }),
    declared: z
      .boolean()
      .meta({ description: "Rests on the investor's declaration; needs evidence" }),
    title: TextOut,
    reason: TextOut,
    basis: z.array(BasisOut),
  })
  .meta({ id: 'CriterionResult' });

const ImprovementOut = z
  .object({
    criterion: z.string(),
    change: z.object({ path: z.string(), from: z.unknown(), to: z.unknown() }),
    gain: z.number().meta({ description: 'Score points gained if this change alone is applied' }),
    bandAfter: z.string().meta({ description: 'The band the proposal would then reach' }),
    text: TextOut,
    basis: z.array(BasisOut),
    scoreAfter: z.number(),
    eligibleAfter: z.boolean(),
    reviewRequiredAfter: z.boolean(),
  })
  .meta({ id: 'Improvement' });

export const ScreeningResultOut = z
  .object({
    pack: z.object({
      id: z.string(),
      version: z.string(),
      effectiveFrom: z.string(),
      hash: z
        .string()
        .meta({ description: "sha256 of the pack's canonical content: pins the exact rules" }),
    }),
    asOf: z.string().meta({ description: 'The date the pack version was chosen for' }),
    eligible: z.boolean().meta({ description: 'false when any gate criterion fails' }),
    reviewRequired: z.boolean(),
    score: z.number().meta({ description: '0..100: earned points / available points × 100' }),
    band: z.object({ id: z.string(), label: TextOut }),
    criteria: z
      .array(CriterionResultOut)
      .meta({ description: "Every criterion of the pack, in the pack's order" }),
    incentives: z
      .array(z.object({ id: z.string(), title: TextOut, basis: z.array(BasisOut) }))
      .meta({
        description:
          'Incentives the project appears to qualify for by rule (informational, not a grant)',
      }),
    improvements: z
      .array(ImprovementOut)
      .meta({ description: 'Ranked by gain; empty when nothing helps' }),
    notices: z.array(z.object({ text: TextOut, basis: z.array(BasisOut) })).meta({
      description:
        "The pack's notices for this date, e.g. that a law the version encodes has been replaced",
    }),
  })
  .meta({ id: 'ScreeningResult', description: 'The result of screening a proposal' });

// Compile-time guard: the documentation and the engine's type must not drift apart.
const documented: Same<z.output<typeof ScreeningResultOut>, ScreeningResult> = true;
void documented;
