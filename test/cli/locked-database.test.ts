/** While the server holds the embedded database, database commands explain what to do and exit 1. */
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/data-dir-lock.js';
import { runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

describe('cli on a database held by the server', { timeout: 120_000 }, () => {
  it('names the server and says to stop it or use the API, without a stack trace', async () => {
    const dataDir = await dirs.fresh();
    const release = await acquireDataDirLock(dataDir, 'server');
    try {
      for (const args of [
        ['token', 'list'],
        ['token', 'create', '--role', 'officer', '--name', 'Z'],
        ['seed', 'demo', '--count', '1'],
      ]) {
        const run = await runCli(args, dataDir);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`in use by the server (process ${process.pid}`);
        expect(run.stderr).toMatch(/Stop the server/);
        expect(run.stderr).toMatch(/API/);
        expect(run.stderr).not.toMatch(STACK_TRACE);
      }
    } finally {
      await release();
    }
  });
});
