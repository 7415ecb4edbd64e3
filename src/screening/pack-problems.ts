/** A problem found in a pack, named by file and path, in both languages. */
import type { z } from 'zod';
import type { Text } from './i18n.js';
import { fromZodError } from './validation-issues.js';

export type PackProblem = { file: string; path: string; message: Text };

export function problem(file: string, path: string, vi: string, en: string): PackProblem {
  return { file, path, message: { vi, en } };
}

export function problemsFromZod(
  file: string,
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): PackProblem[] {
  return fromZodError(error, prefix).map((i) => ({ file, path: i.path, message: i.message }));
}

export class PackError extends Error {
  constructor(
    readonly packDir: string,
    readonly problems: readonly PackProblem[],
  ) {
    super(
      `Rule pack ${packDir} is invalid:\n${problems.map((p) => `  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message.en}`).join('\n')}`,
    );
    this.name = 'PackError';
  }
}
