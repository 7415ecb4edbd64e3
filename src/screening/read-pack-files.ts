/**
 * Reads a pack version — a folder on disk, or the same files as a map of relative path to text (an
 * upload) — into a bundle of parsed files. YAML problems are reported with their line and column,
 * as pack problems, so a bad file is named like any other problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { PackBundle } from './build-pack.js';
import { type PackProblem, problem } from './pack-problems.js';

const RULE_FILE = /\.(ya?ml|json)$/;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && RULE_FILE.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export function parseRuleFile(
  file: string,
  text: string,
): { value?: unknown; problems: PackProblem[] } {
  if (file.endsWith('.json')) {
    try {
      return { value: JSON.parse(text), problems: [] };
    } catch (e) {
      return {
        problems: [
          problem(
            file,
            '',
            `JSON không hợp lệ: ${(e as Error).message}`,
            `Invalid JSON: ${(e as Error).message}`,
          ),
        ],
      };
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]);
        const where = `line ${at.line}, column ${at.col}`;
        return problem(
          file,
          where,
          `YAML không hợp lệ: ${e.message}`,
          `Invalid YAML: ${e.message}`,
        );
      }),
    };
  }
  return { value: doc.toJS({ maxAliasCount: 100 }), problems: [] };
}

/** A version folder's rule files as relative path (with `/`) → text. */
export async function readPackFileTexts(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listFiles(dir)) files[file] = await readFile(join(dir, file), 'utf8');
  return files;
}

/** Parses each file of a version given as path → text; paths are those inside the version folder. */
export function parsePackFileTexts(files: Readonly<Record<string, string>>): {
  bundle: PackBundle;
  problems: PackProblem[];
} {
  const bundle: PackBundle = {};
  const problems: PackProblem[] = [];
  for (const file of Object.keys(files).sort()) {
    if (!RULE_FILE.test(file)) {
      problems.push(
        problem(
          file,
          '',
          'Chỉ nhận tệp .yaml, .yml hoặc .json.',
          'Only .yaml, .yml or .json files are read.',
        ),
      );
      continue;
    }
    const parsed = parseRuleFile(file, files[file] as string);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) bundle[file] = parsed.value;
  }
  return { bundle, problems };
}

export async function readPackFiles(
  dir: string,
): Promise<{ bundle: PackBundle; problems: PackProblem[] }> {
  return parsePackFileTexts(await readPackFileTexts(dir));
}
