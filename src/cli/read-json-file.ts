/** Reads and parses a JSON file named on the command line; a missing or malformed file is the caller's to fix (exit 2). */
import { invalidInput } from './cli-error.js';
import { readTextFile } from './read-text-file.js';

export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path, 'JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalidInput(
      `${path} is not valid JSON: ${(error as Error).message}\n${path} không phải JSON hợp lệ.`,
    );
  }
}
