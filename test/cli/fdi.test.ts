/** `fdi import`, `fdi progress` and `seed statistics`: official statistics recorded whole or not at all, and loaded once. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { fdiEntries } from '../../src/db/schema.js';
import { CSV_COLUMNS } from '../../src/fdi/statistics-csv.js';
import { runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

type YearJson = { year: number; source: string };

async function progressYears(dataDir: string): Promise<YearJson[]> {
  const run = await runCli(['fdi', 'progress', '--json'], dataDir);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { years: YearJson[] }).years;
}

/** Official statistic rows left in the ledger, read once the CLI has exited and released the lock. */
async function officialRows(dataDir: string): Promise<number> {
  const handle = await openDatabase({ kind: 'pglite', dataDir, role: 'test' });
  try {
    return await handle.db.$count(
      fdiEntries,
      and(
        eq(fdiEntries.jurisdiction, 'vn-binh-duong'),
        eq(fdiEntries.sourceKind, 'official_statistic'),
      ),
    );
  } finally {
    await handle.close();
  }
}

const HEADER = 'period_from,period_to,flow,measure,amount_usd,source_doc,status';

// Each test opens a fresh embedded database several times, which is slow on a busy machine.
describe('cli fdi', { timeout: 180_000 }, () => {
  it('imports the published statistics, after which 2022 counts its full-year figure and 2021 its latest part-year one', async () => {
    const dataDir = await dirs.fresh();
    const run = await runCli(['fdi', 'import', 'seeds/fdi-statistics.csv'], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recorded 15 official statistics for vn-binh-duong');
    expect(run.stdout).toMatch(/Batch \/ Lô: [0-9a-f-]{36}/);
    expect(run.stdout).toContain('2022-01-01 – 2022-12-31');
    expect(run.stderr).toContain('Recorded 15/15 rows');

    const years = await progressYears(dataDir);
    expect(years.find((y) => y.year === 2022)?.source).toBe('official_statistic');
    expect(years.find((y) => y.year === 2021)?.source).toBe('partial_statistic');
  });

  it('refuses a file with an amount that is not a number on line 4 and a period across two years on line 6, naming both lines and storing nothing', async () => {
    const dataDir = await dirs.fresh();
    const file = join(dataDir, 'statistics.csv');
    await writeFile(
      file,
      [
        HEADER,
        '2021-01-01,2021-12-31,all,registered,1000000000,Report A,final',
        '2022-01-01,2022-12-31,all,registered,2000000000,Report B,final',
        '2023-01-01,2023-12-31,all,registered,abc,Report C,final',
        '2024-01-01,2024-06-30,all,registered,500000000,Report D,preliminary',
        '2024-12-01,2025-01-31,all,registered,300000000,Report E,preliminary',
        '2025-01-01,2025-03-31,all,registered,200000000,Report F,preliminary',
      ].join('\n'),
    );
    const run = await runCli(['fdi', 'import', file], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing was recorded (2 problem(s))');
    expect(run.stderr).toMatch(/line 4\.amountUsd: /);
    expect(run.stderr).toMatch(/line 6\.period: A statistic covers one calendar year at most/);
    expect(run.stderr).not.toMatch(/line [2357]\./);
    expect(run.stderr).not.toMatch(STACK_TRACE);

    const years = await progressYears(dataDir);
    expect(years.every((y) => y.source === 'none')).toBe(true);
  });

  it('loads the seed statistics once: a second run loads nothing, and --force loads them again as a new batch', async () => {
    const dataDir = await dirs.fresh();
    const first = await runCli(['seed', 'statistics'], dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Recorded 15 official statistics');
    const second = await runCli(['seed', 'statistics'], dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already has official statistics for vn-binh-duong');
    expect(await officialRows(dataDir)).toBe(15);

    const forced = await runCli(['seed', 'statistics', '--force'], dataDir);
    expect(forced.code).toBe(0);
    expect(await officialRows(dataDir)).toBe(30);
  });

  it('documents every CSV column in its help, and exits 2 on a date that is not one', async () => {
    const dataDir = await dirs.fresh();
    const help = await runCli(['fdi', '--help'], dataDir);
    expect(help.code).toBe(0);
    for (const column of CSV_COLUMNS) expect(help.stdout).toMatch(new RegExp(`^  ${column} `, 'm'));

    const run = await runCli(['fdi', 'progress', '--as-of', '2026-02-30'], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of must be a calendar date YYYY-MM-DD');
  });
});
