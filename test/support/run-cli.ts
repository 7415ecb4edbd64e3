/**
 * Runs the command line as a real child process, as a user or a script would, with its own
 * embedded database directory and the repository's packs, whatever the caller's environment says.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_DIR } from './packs.js';

export const REPO = join(import.meta.dirname, '..', '..');

export type CliRun = { code: number | null; stdout: string; stderr: string };

export function runCli(args: readonly string[], dataDir: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: REPO,
      // An empty DATABASE_URL means unset: the CLI must use the embedded database in DATA_DIR.
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DEFAULT_PACK: '', RULES_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh directory for one test's embedded database; `cleanUp` removes every one made. */
export function tempDirs() {
  const made: string[] = [];
  return {
    async fresh(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'fdi-cli-'));
      made.push(dir);
      return dir;
    },
    async cleanUp(): Promise<void> {
      await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** What an expected failure must never print: a stack trace. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
