/** Application rows as the API shows them: amounts as numbers, the latest screening, what may happen next. */
import type { applications } from '../db/schema.js';
import { Proposal } from '../screening/proposal-schema.js';
import type { ScreeningResult } from '../screening/screening-result.js';
import { allowedActions, type Status } from './status.js';

type Row = typeof applications.$inferSelect;

export type ApplicationSummary = {
  id: string;
  status: Status;
  submittedOn: string;
  packId: string;
  projectName: string;
  investorName: string;
  country: string;
  sectorCodes: string[];
  area: string;
  capitalUsd: number;
  band: string;
  eligible: boolean;
  reviewRequired: boolean;
  score: number;
  createdAt: string;
  updatedAt: string;
};

export type ApplicationView = {
  id: string;
  status: Status;
  submittedOn: string;
  packId: string;
  proposal: unknown;
  screening: ScreeningResult;
  allowedActions: string[];
  createdAt: string;
  updatedAt: string;
};

/**
 * The stored proposal with its fields in the contract's order: JSONB keeps keys in its own order,
 * and people reading an application expect it laid out as they wrote it.
 */
function inContractOrder(stored: unknown): unknown {
  const parsed = Proposal.safeParse(stored);
  return parsed.success ? parsed.data : stored;
}

export function summaryOf(row: Row): ApplicationSummary {
  return {
    id: row.id,
    status: row.status,
    submittedOn: row.submittedOn,
    packId: row.packId,
    projectName: row.projectName,
    investorName: row.investorName,
    country: row.country,
    sectorCodes: row.sectorCodes,
    area: row.area,
    capitalUsd: Number(row.capitalUsd),
    band: row.band,
    eligible: row.eligible,
    reviewRequired: row.reviewRequired,
    score: Number(row.score),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function viewOf(row: Row, screening: ScreeningResult): ApplicationView {
  return {
    id: row.id,
    status: row.status,
    submittedOn: row.submittedOn,
    packId: row.packId,
    proposal: inContractOrder(row.proposal),
    screening,
    allowedActions: allowedActions(row.status),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns copied from a proposal and its screening, for lists and filters. */
export function listColumns(
  proposal: {
    project: { name: string; sectorCodes: string[] };
    investor: { name: string; country: string };
    site: { area: string };
    capital: { totalUsd: number };
  },
  result: ScreeningResult,
) {
  return {
    projectName: proposal.project.name,
    investorName: proposal.investor.name,
    country: proposal.investor.country,
    sectorCodes: proposal.project.sectorCodes,
    area: proposal.site.area,
    capitalUsd: String(proposal.capital.totalUsd),
    band: result.band.id,
    eligible: result.eligible,
    reviewRequired: result.reviewRequired,
    score: String(result.score),
  };
}
