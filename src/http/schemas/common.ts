/** Response building blocks shared by the documented schemas: bilingual text, legal basis, issues. */
import { z } from 'zod';
import { BasisKind, Verification } from '../../screening/pack-schema.js';

export const TextOut = z
  .object({ vi: z.string(), en: z.string() })
  .meta({ id: 'Text', description: 'The same text in Vietnamese and English' });

export const BasisOut = z
  .object({
    doc: z.string().meta({ description: 'The document: a law, decree, decision or plan' }),
    ref: z.string().meta({ description: 'The article, clause or appendix' }),
    url: z.string().optional(),
  })
  .meta({ id: 'Basis', description: 'The legal or policy source of a rule: document and clause' });

export const IssueOut = z
  .object({
    path: z.string().meta({
      description: 'JSON path of the field, e.g. "capital.totalUsd"',
      example: 'capital.totalUsd',
    }),
    rule: z.string().meta({
      description: 'The rule broken, e.g. "required", "unknown_area"',
      example: 'required',
    }),
    message: TextOut,
  })
  .meta({ id: 'Issue', description: 'One validation problem' });

export const VerificationOut = Verification.meta({
  description:
    'verified = read in the cited source; secondary = secondary sources only; unverified = not checked',
});
export const BasisKindOut = BasisKind.meta({
  description:
    'LAW binds; POLICY is a provincial or party orientation; DESIGN is a choice of the pack authors',
});

/** Fails to compile unless A and B describe the same values: keeps a documented schema honest. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
