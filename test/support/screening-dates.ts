/**
 * Where screening suites look for differences: the dates each parameter period of a pack version
 * starts, the day before each change, and a few fixed days (around the 2026-03-01 law change,
 * today, far ahead) — within the version's own dates — and the sets of evidence an officer may
 * have verified.
 */
import fc from 'fast-check';
import type { PackVersion } from '../../src/screening/pack-registry.js';
import { PROPOSAL_FIELDS } from '../../src/screening/proposal-fields.js';

/** A day before an ISO date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const AROUND = ['2026-02-28', '2026-03-01', '2026-11-29', '2031-06-30'];

export function datesToScreen(version: PackVersion): string[] {
  const { effectiveFrom, effectiveTo } = version.content.meta;
  return [...new Set([...version.segments, ...version.segments.slice(1).map(dayBefore), ...AROUND])]
    .filter((d) => d >= effectiveFrom && (!effectiveTo || d <= effectiveTo))
    .sort();
}

const evidencePaths = PROPOSAL_FIELDS.filter((f) => f.evidence).map((f) => f.path);

/** No verification, or any subset of the paths that rest on evidence. */
export const verifiedSets = fc.option(
  fc.subarray(evidencePaths).map((paths) => new Set(paths)),
  { nil: undefined },
);
