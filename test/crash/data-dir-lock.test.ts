/**
 * The embedded database's lock after a crash: whatever a killed process left behind, the next
 * start takes it over instead of refusing forever; a live holder still keeps others out.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function dirWithLock(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fdi-lock-crash-'));
  made.push(dir);
  await writeFile(join(dir, 'pglite.lock'), content);
  return dir;
}

const holder = (pid: number) =>
  JSON.stringify({ pid, role: 'server', host: hostname(), since: '2026-01-01T00:00:00.000Z' });

describe('the data directory lock after a crash', () => {
  it('takes over a lock whose process is dead', async () => {
    // Far above any pid_max: no process has it.
    const dir = await dirWithLock(holder(2 ** 30));
    const release = await acquireDataDirLock(dir, 'server');
    expect(JSON.parse(await readFile(join(dir, 'pglite.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('takes over a lock naming its own pid that it does not hold (a restarted container is pid 1 again)', async () => {
    const dir = await dirWithLock(holder(process.pid));
    const release = await acquireDataDirLock(dir, 'server');
    // …and holding it now, it refuses a second taker in the same process.
    await expect(acquireDataDirLock(dir, 'cli')).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
  });

  it('takes over an empty lock file (killed between creating and writing it)', async () => {
    const dir = await dirWithLock('');
    const release = await acquireDataDirLock(dir, 'server');
    await release();
  });

  it('still refuses while the holder is alive', async () => {
    const dir = await dirWithLock(holder(process.ppid));
    await expect(acquireDataDirLock(dir, 'cli')).rejects.toBeInstanceOf(DataDirLockedError);
  });
});
