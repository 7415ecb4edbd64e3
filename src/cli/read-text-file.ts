/** Reads a file named on the command line; a missing or unreadable file is the caller's to fix (exit 2). */
import { readFile } from 'node:fs/promises';
import { invalidInput } from './cli-error.js';

/** `kind` names what the file should be (JSON, CSV) in the messages. */
export async function readTextFile(path: string, kind: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw invalidInput(`File not found: ${path}\nKhông tìm thấy tệp: ${path}`);
    if (code === 'EISDIR')
      throw invalidInput(
        `${path} is a folder, not a ${kind} file.\n${path} là thư mục, không phải tệp ${kind}.`,
      );
    throw invalidInput(
      `Cannot read ${path}: ${(error as Error).message}\nKhông đọc được tệp ${path}.`,
    );
  }
}
