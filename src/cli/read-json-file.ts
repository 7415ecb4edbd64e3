/** Reads and parses a JSON file named on the command line; a missing or malformed file is the caller's to fix (exit 2). */
import { readFile } from 'node:fs/promises';
import { invalidInput } from './cli-error.js';

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw invalidInput(`File not found: ${path}\nKhông tìm thấy tệp: ${path}`);
    if (code === 'EISDIR')
      throw invalidInput(
        `${path} is a folder, not a JSON file.\n${path} là thư mục, không phải tệp JSON.`,
      );
    throw invalidInput(
      `Cannot read ${path}: ${(error as Error).message}\nKhông đọc được tệp ${path}.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalidInput(
      `${path} is not valid JSON: ${(error as Error).message}\n${path} không phải JSON hợp lệ.`,
    );
  }
}
