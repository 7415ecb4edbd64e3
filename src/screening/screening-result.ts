/** The screening result of `shared/contract/screening-result.md`, as types. */
import type { Text } from './i18n.js';
import type { Basis, CriterionKind, Outcome } from './pack-schema.js';

export type CriterionResult = {
  id: string;
  kind: CriterionKind;
  outcome: Outcome;
  points: number;
  maxPoints: number;
  facts: Record<string, unknown>;
  thresholds: Record<string, number | boolean>;
  declared: boolean;
  title: Text;
  reason: Text;
  basis: Basis[];
};

export type Improvement = {
  criterion: string;
  change: { path: string; from: unknown; to: unknown };
  gain: number;
  bandAfter: string;
  text: Text;
  basis: Basis[];
  /** Added to the contract: the state the change alone leads to. */
  scoreAfter: number;
  eligibleAfter: boolean;
  reviewRequiredAfter: boolean;
};

export type ScreeningResult = {
  pack: { id: string; version: string; effectiveFrom: string; hash: string };
  asOf: string;
  eligible: boolean;
  reviewRequired: boolean;
  score: number;
  band: { id: string; label: Text };
  criteria: CriterionResult[];
  incentives: { id: string; title: Text; basis: Basis[] }[];
  improvements: Improvement[];
  /** Added to the contract: the pack's notices for this date (e.g. a law it encodes was replaced). */
  notices: { text: Text; basis: Basis[] }[];
};
