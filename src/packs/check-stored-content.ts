/**
 * Re-validates a stored pack version before it is activated, with the loader's own checks: the
 * content is laid out again as the files of a version folder and built by `buildPack` (schemas,
 * cross-references, conditions), and must hash to the stored hash. An uploaded version's own test
 * cases, stored beside its content, must pass too: a draft may be stored and simulated while its
 * cases still describe the old rules, but it is not activated until they say what it does.
 */
import { buildPack, type LoadedCase, type PackBundle } from '../screening/build-pack.js';
import { hashContent } from '../screening/canonical-json.js';
import { type PackProblem, problem } from '../screening/pack-problems.js';
import type { PackContent } from '../screening/pack-schema.js';
import { failingCases } from '../screening/run-cases.js';

/** What an upload stores of a version's cases: the base proposal and the cases as loaded. */
export type StoredCases = { base: Record<string, unknown>; cases: LoadedCase[] };

const BASE_FILE = 'cases/base.yaml';

function bundleOf(content: PackContent): PackBundle {
  const bundle: PackBundle = {
    'pack.yaml': content.meta,
    'parameters/parameters.yaml': content.parameters,
    'catalogues/areas.yaml': content.catalogues.areas,
    'catalogues/parks.yaml': content.catalogues.parks,
    'catalogues/sectors.yaml': content.catalogues.sectors,
    'catalogues/sector-lists.yaml': content.catalogues.sectorLists,
    'derived.yaml': content.derived,
  };
  for (const c of content.criteria) bundle[`criteria/${c.id}.yaml`] = c;
  return bundle;
}

/** Every problem of the stored content and cases; empty when it may be activated. */
export function checkStoredContent(
  content: unknown,
  hash: string,
  cases: StoredCases | null = null,
): PackProblem[] {
  if (content === null || typeof content !== 'object')
    return [problem('pack.yaml', '', 'Nội dung lưu trữ bị hỏng.', 'The stored content is broken.')];
  let built: ReturnType<typeof buildPack>;
  try {
    built = buildPack(bundleOf(content as PackContent));
  } catch {
    // A content too broken to lay out (a missing part) is a problem to report, not a crash.
    return [problem('pack.yaml', '', 'Nội dung lưu trữ bị hỏng.', 'The stored content is broken.')];
  }
  // Everything but the cases passed when the only problem left is the absent base case.
  const problems = built.ok ? [] : built.problems.filter((p) => p.file !== BASE_FILE);
  if (problems.length > 0) return problems;
  if (hashContent(content) !== hash)
    return [
      problem(
        'pack.yaml',
        '',
        'Nội dung lưu trữ không khớp mã băm đã lưu.',
        'The stored content does not match its stored hash.',
      ),
    ];
  if (!cases) return [];
  try {
    return failingCases({ content: content as PackContent, hash, ...cases });
  } catch {
    return [
      problem(
        'cases',
        '',
        'Các trường hợp kiểm thử lưu trữ bị hỏng.',
        'The stored cases are broken.',
      ),
    ];
  }
}
