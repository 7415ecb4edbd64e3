/**
 * Runs a pack version's own test cases (sentences in `cases/*.yaml`): each case's proposal is
 * screened by the version and compared with what the case expects. The test suite runs them for
 * every folder in `rules/`; an uploaded draft is refused while any of them fails, so a policy
 * owner who changes a threshold must say, in a case, what the change is meant to do.
 */
import type { BuiltPack, LoadedCase } from './build-pack.js';
import { caseProposal } from './check-cases.js';
import { type PackProblem, problem } from './pack-problems.js';
import { compileVersion, PackRegistry, type PackVersion } from './pack-registry.js';
import { screenProposal } from './screen-proposal.js';
import { validateProposal } from './validate-proposal.js';

/** One expectation a case did not meet: what, expected and got (as JSON text). */
export type CaseMismatch = { what: string; expected: string; got: string };

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

export function runCase(pack: BuiltPack, version: PackVersion, c: LoadedCase): CaseMismatch[] {
  const { meta } = pack.content;
  const registry = new PackRegistry([version], meta.id);
  const checked = validateProposal(
    registry,
    caseProposal(pack.base, c, meta.id, meta.effectiveFrom),
    meta.effectiveFrom,
  );
  if (!checked.ok)
    return [{ what: 'valid proposal', expected: 'valid', got: show(checked.issues) }];
  const r = screenProposal(checked.version, checked.proposal, checked.asOf);
  const e = c.expect;
  const out: CaseMismatch[] = [];
  const expect = (what: string, expected: unknown, got: unknown) => {
    if (expected !== undefined && expected !== got)
      out.push({ what, expected: show(expected), got: show(got) });
  };
  expect('eligible', e.eligible, r.eligible);
  expect('reviewRequired', e.reviewRequired, r.reviewRequired);
  expect('score', e.score, r.score);
  expect('band', e.band, r.band.id);
  for (const [id, want] of Object.entries(e.criteria ?? {})) {
    const got = r.criteria.find((x) => x.id === id);
    expect(`${id} outcome`, want.outcome, got?.outcome);
    expect(`${id} points`, want.points, got?.points);
  }
  const incentives = r.incentives.map((i) => i.id);
  for (const id of e.incentives ?? [])
    if (!incentives.includes(id))
      out.push({ what: 'incentives', expected: `includes ${id}`, got: show(incentives) });
  for (const id of e.notIncentives ?? [])
    if (incentives.includes(id))
      out.push({ what: 'incentives', expected: `excludes ${id}`, got: show(incentives) });
  if (e.improvement) {
    const want = e.improvement;
    const match = r.improvements.some(
      (i) => i.change.path === want.path && (want.to === undefined || i.change.to === want.to),
    );
    if (!match)
      out.push({
        what: 'improvement',
        expected: show(want),
        got: show(r.improvements.map((i) => i.change)),
      });
  }
  return out;
}

/** Every failing case of the version as a pack problem (file, case name, vi and en). */
export function failingCases(pack: BuiltPack): PackProblem[] {
  const version = compileVersion(pack.content, pack.hash);
  const problems: PackProblem[] = [];
  for (const c of pack.cases) {
    for (const m of runCase(pack, version, c)) {
      problems.push(
        problem(
          c.file,
          c.name,
          `Trường hợp kiểm thử không đạt: ${m.what} mong đợi ${m.expected}, kết quả ${m.got}.`,
          `Test case fails: ${m.what} expected ${m.expected}, got ${m.got}.`,
        ),
      );
    }
  }
  return problems;
}
