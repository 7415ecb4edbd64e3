/** `seed demo`: fictional applications land in many statuses through the verbs, and a second run adds a batch. */
import { afterAll, describe, expect, it } from 'vitest';
import { ListQuery, listApplications } from '../../src/applications/list-applications.js';
import { openDatabase } from '../../src/db/client.js';
import { context } from '../support/context.js';
import { repoPacks } from '../support/packs.js';
import { runCli, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

/** Reads what the CLI left, through the officers' list verb, once the CLI has exited and released the lock. */
async function storedApplications(dataDir: string) {
  const handle = await openDatabase({ kind: 'pglite', dataDir, role: 'test' });
  try {
    const ctx = context(handle.db, (await repoPacks()).registry);
    return (await listApplications(ctx, ListQuery.parse({ limit: 200 }))).items;
  } finally {
    await handle.close();
  }
}

// Each test opens a fresh embedded database several times, which is slow on a busy machine.
describe('cli seed demo', { timeout: 180_000 }, () => {
  it('loads fictional applications in at least four statuses and summarises them', async () => {
    const dataDir = await dirs.fresh();
    const run = await runCli(['seed', 'demo', '--count', '12'], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Loaded 12 fictional applications');
    expect(run.stdout).toContain('By status');
    expect(run.stdout).toContain('By band');

    const items = await storedApplications(dataDir);
    expect(items).toHaveLength(12);
    expect(new Set(items.map((a) => a.status)).size).toBeGreaterThanOrEqual(4);
    for (const a of items) {
      expect(a.projectName).toContain('(hư cấu)');
      expect(a.investorName).toContain('(fictional)');
      expect(a.submittedOn >= '2025-01-01' && a.submittedOn <= '2026-12-31').toBe(true);
    }
  });

  it('adds another batch when run again, and loads nothing twice for the same --seed', async () => {
    const dataDir = await dirs.fresh();
    expect((await runCli(['seed', 'demo', '--count', '2'], dataDir)).code).toBe(0);
    const second = await runCli(['seed', 'demo', '--count', '2'], dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Loaded 2 fictional applications (seed 3)');
    const again = await runCli(['seed', 'demo', '--count', '2', '--seed', '1'], dataDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 were already loaded');
    expect(await storedApplications(dataDir)).toHaveLength(4);
  });

  it('exits 2 on a count that is not a positive whole number', async () => {
    const run = await runCli(['seed', 'demo', '--count', 'many'], await dirs.fresh());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--count must be a whole number');
  });
});
