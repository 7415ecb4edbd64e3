/**
 * `pack upload|activate|list`: a version folder stored as a draft (a bad one refused whole, nothing
 * stored), activated from a date (a past date only with --retroactive and a note), and listed with
 * its status and activations — by the same verbs as the API, against the embedded database.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownPackFiles, type PackFiles } from '../support/pack-files.js';
import { runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

async function writeFolder(files: PackFiles): Promise<string> {
  const dir = await dirs.fresh();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('cli pack', { timeout: 240_000 }, () => {
  it('uploads a folder as a draft, activates it (a past date only retroactively) and lists it', async () => {
    const dataDir = await dirs.fresh();
    const { packId, files } = await ownPackFiles();

    const uploaded = await runCli(['pack', 'upload', await writeFolder(files)], dataDir);
    expect(uploaded.code).toBe(0);
    expect(uploaded.stdout).toContain(`Stored ${packId} 1.0.0 as a draft`);

    const past = await runCli(
      ['pack', 'activate', packId, '1.0.0', '--from', '2024-12-13'],
      dataDir,
    );
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('--retroactive');
    expect(past.stderr).toContain('--note');
    expect(past.stderr).not.toMatch(STACK_TRACE);

    const activated = await runCli(
      [
        'pack',
        'activate',
        packId,
        '1.0.0',
        '--from',
        '2024-12-13',
        '--retroactive',
        '--note',
        'Test pack in force from the plan date',
      ],
      dataDir,
    );
    expect(activated.code).toBe(0);
    expect(activated.stdout).toContain(`Activated ${packId} 1.0.0 from 2024-12-13 (retroactive)`);

    const listed = await runCli(['pack', 'list', packId, '--json'], dataDir);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.stdout);
    expect(list).toMatchObject({
      packId,
      inForceToday: '1.0.0',
      timeline: [{ version: '1.0.0', from: '2024-12-13' }],
      versions: [
        {
          version: '1.0.0',
          status: 'active',
          createdBy: 'cli',
          activations: [
            {
              effectiveFrom: '2024-12-13',
              activatedBy: 'cli',
              note: 'Test pack in force from the plan date',
            },
          ],
        },
      ],
    });
    const table = await runCli(['pack', 'list', packId], dataDir);
    expect(table.stdout).toMatch(/1\.0\.0\s+active\s+2024-12-13/);
  });

  it('refuses a bad pack whole, naming each problem by file, and stores nothing', async () => {
    const dataDir = await dirs.fresh();
    const { packId, files } = await ownPackFiles();
    const file = join(await dirs.fresh(), 'upload.json');
    const broken: PackFiles = {
      ...files,
      'parameters/thresholds.yaml': 'localisation.fullPct: [unclosed',
    };
    delete broken['criteria/rd-staff.yaml'];
    await writeFile(file, JSON.stringify({ files: broken }));

    const refused = await runCli(['pack', 'upload', file], dataDir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('files["parameters/thresholds.yaml"]');
    expect(refused.stderr).toContain('Invalid YAML');
    expect(refused.stderr).not.toMatch(STACK_TRACE);

    const listed = await runCli(['pack', 'list', packId], dataDir);
    expect(listed.code).toBe(2);
    expect(listed.stderr).toContain(`No rule pack "${packId}" is stored`);
  });

  it('prints its help in both languages', async () => {
    const help = await runCli(['pack', '--help'], await dirs.fresh());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pack activate <pack> <version> --from YYYY-MM-DD');
    expect(help.stdout).toContain('Các phiên bản của bộ tiêu chí');
  });
});
