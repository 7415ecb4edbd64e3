/**
 * A pack's own test cases: each is the base proposal with a few fields set, and what the screening
 * must say. Checked at load (valid proposals, expectations that name real criteria and bands); run
 * by the test suite.
 */
import { withValueAt } from './facts.js';
import { type PackProblem, problem } from './pack-problems.js';
import { compileVersion, PackRegistry } from './pack-registry.js';
import type { PackCase, PackContent } from './pack-schema.js';
import { PROPOSAL_FIELDS } from './proposal-fields.js';
import { validateProposal } from './validate-proposal.js';

const PATHS = new Set(PROPOSAL_FIELDS.map((f) => f.path));

export function caseProposal(
  base: Record<string, unknown>,
  c: PackCase,
  packId: string,
  fallbackDate: string,
): unknown {
  let p: unknown = {
    ...structuredClone(base),
    pack: packId,
    submittedOn: c.submittedOn ?? fallbackDate,
  };
  for (const [path, value] of Object.entries(c.set ?? {})) p = withValueAt(p, path, value);
  for (const path of c.unset ?? []) p = withValueAt(p, path, undefined);
  return p;
}

export function checkCases(
  content: PackContent,
  hash: string,
  base: Record<string, unknown>,
  cases: (PackCase & { file: string })[],
): PackProblem[] {
  const out: PackProblem[] = [];
  const registry = new PackRegistry([compileVersion(content, hash)], content.meta.id);
  const criteria = new Map(content.criteria.map((c) => [c.id, c.kind]));
  const bands = new Set([...content.meta.bands.map((b) => b.id), content.meta.ineligibleBand.id]);
  const names = new Set<string>();
  const baseCheck = validateProposal(
    registry,
    { ...base, pack: content.meta.id, submittedOn: content.meta.effectiveFrom },
    content.meta.effectiveFrom,
  );
  if (!baseCheck.ok) {
    for (const i of baseCheck.issues)
      out.push(problem('cases/base.yaml', `base.${i.path}`, i.message.vi, i.message.en));
    return out;
  }
  cases.forEach((c, i) => {
    const at = `cases[${i}]`;
    const bad = (path: string, vi: string, en: string) =>
      out.push(problem(c.file, `${at}${path}`, vi, en));
    if (names.has(c.name)) bad('.name', 'Tên ca kiểm thử lặp lại.', 'Duplicate case name.');
    names.add(c.name);
    for (const path of [...Object.keys(c.set ?? {}), ...(c.unset ?? [])]) {
      if (!PATHS.has(path))
        bad('.set', `"${path}" không phải trường của hồ sơ.`, `"${path}" is not a proposal field.`);
    }
    const checked = validateProposal(
      registry,
      caseProposal(base, c, content.meta.id, content.meta.effectiveFrom),
      content.meta.effectiveFrom,
    );
    if (!checked.ok)
      for (const issue of checked.issues)
        bad(`.set.${issue.path}`, issue.message.vi, issue.message.en);
    for (const id of Object.keys(c.expect.criteria ?? {})) {
      if (!criteria.has(id))
        bad('.expect.criteria', `Không có tiêu chí "${id}".`, `No criterion "${id}".`);
    }
    for (const id of [...(c.expect.incentives ?? []), ...(c.expect.notIncentives ?? [])]) {
      if (criteria.get(id) !== 'incentive')
        bad(
          '.expect.incentives',
          `"${id}" không phải tiêu chí ưu đãi.`,
          `"${id}" is not an incentive criterion.`,
        );
    }
    if (c.expect.band && !bands.has(c.expect.band))
      bad('.expect.band', `Không có mức "${c.expect.band}".`, `No band "${c.expect.band}".`);
  });
  return out;
}
