/**
 * Loads every pack version under a rules folder (`<rules>/<pack-id>/<version>/`), refusing the lot
 * if any version is invalid, with every problem of every version listed. An uploaded version (the
 * same files as a map of path → text) goes through the very same checks (`loadPackFileTexts`).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuiltPack, buildPack } from './build-pack.js';
import { PackError, type PackProblem, problem } from './pack-problems.js';
import { parsePackFileTexts, readPackFileTexts } from './read-pack-files.js';

export type LoadResult = { ok: true; pack: BuiltPack } | { ok: false; problems: PackProblem[] };

/** One version from its files as path → text: parsed, checked, built, its cases run. */
export function loadPackFileTexts(files: Readonly<Record<string, string>>): LoadResult {
  const { bundle, problems } = parsePackFileTexts(files);
  if (problems.length > 0) return { ok: false, problems };
  return buildPack(bundle);
}

export async function loadPackDir(dir: string): Promise<LoadResult> {
  return loadPackFileTexts(await readPackFileTexts(dir));
}

export async function loadRulesDir(rulesDir: string): Promise<BuiltPack[]> {
  const packs: BuiltPack[] = [];
  const problems: PackProblem[] = [];
  const packDirs = (await readdir(rulesDir, { withFileTypes: true })).filter((d) =>
    d.isDirectory(),
  );
  for (const packDir of packDirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const versionDirs = (
      await readdir(join(rulesDir, packDir.name), { withFileTypes: true })
    ).filter((d) => d.isDirectory());
    for (const versionDir of versionDirs.sort((a, b) => a.name.localeCompare(b.name))) {
      const where = `${packDir.name}/${versionDir.name}`;
      const result = await loadPackDir(join(rulesDir, packDir.name, versionDir.name));
      if (!result.ok) {
        problems.push(...result.problems.map((p) => ({ ...p, file: `${where}/${p.file}` })));
        continue;
      }
      const meta = result.pack.content.meta;
      if (meta.id !== packDir.name || meta.version !== versionDir.name) {
        problems.push(
          problem(
            `${where}/pack.yaml`,
            'id',
            `Thư mục phải là ${meta.id}/${meta.version}.`,
            `The folder must be ${meta.id}/${meta.version}.`,
          ),
        );
        continue;
      }
      packs.push(result.pack);
    }
  }
  if (problems.length > 0) throw new PackError(rulesDir, problems);
  if (packs.length === 0)
    throw new PackError(rulesDir, [
      problem('', '', 'Không có bộ tiêu chí nào.', 'No rule pack found.'),
    ]);
  return packs;
}
