/**
 * `pack simulate`: a draft raising the localisation thresholds, simulated from the command line
 * over applications stored in an embedded database — the bilingual summary and the changed
 * applications, JSON, an NDJSON file, filters, and bad usage explained without a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitApplication } from '../../src/applications/submit-application.js';
import { progressLine } from '../../src/cli/pack-simulate-command.js';
import { openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import { hashContent } from '../../src/screening/canonical-json.js';
import { withValueAt } from '../../src/screening/facts.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import { context, INVESTOR } from '../support/context.js';
import { releasedPack, storeDraft } from '../support/draft-pack.js';
import { PACK_ID } from '../support/packs.js';
import { runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

const NOW = new Date('2026-01-15T03:00:00Z');
/** Localisation %, capital: 25 % stays in its band, 35 and 45 % fall a band, 65 % is unchanged. */
const ROWS = [
  [25, 110e6],
  [35, 120e6],
  [45, 130e6],
  [65, 150e6],
] as const;

type Json = {
  summary: {
    applications: { compared: number; changed: number };
    bands: { down: { applications: number; capitalUsd: number } };
  };
  items: { id: string; band: { from: string; to: string } }[];
  nextCursor: string | null;
};

describe('cli pack simulate', { timeout: 240_000 }, () => {
  let dataDir: string;
  const ids: string[] = [];

  beforeAll(async () => {
    dataDir = await dirs.fresh();
    const handle = await openDatabase({ kind: 'pglite', dataDir, role: 'test' });
    try {
      await applyMigrations(handle);
      const { content, hash, base } = await releasedPack();
      const packs = new PackRegistry([compileVersion(content, hash)], PACK_ID);
      await syncPackVersions(handle.db, packs, 'test');
      for (const [pct, capital] of ROWS) {
        let p = structuredClone(base);
        for (const [path, value] of Object.entries({
          submittedOn: '2025-03-14',
          'project.name': `CLI simulation ${pct} (fictional)`,
          'trade.localisationPct': pct,
          'capital.totalUsd': capital,
          'site.landHa': capital / 8e6,
          'workforce.trainedPct': 0,
          'workforce.universityPct': 0,
          'environment.renewableEnergyPct': 0,
        }))
          p = withValueAt(p, path, value);
        const { body } = await submitApplication(context(handle.db, packs, INVESTOR, NOW), {
          body: p,
        });
        ids.push(body.id);
      }
      const draft = await storeDraft(handle.db, content, '1.1.0-raised', {
        'localisation.fullPct': 60,
        'localisation.partialPct': 50,
        'localisation.minimalPct': 40,
      });
      expect(hashContent(draft)).not.toBe(hash);
    } finally {
      await handle.close();
    }
  });

  const changed = () => ids.slice(0, 3).sort();

  it('prints the summary in both languages and the changed applications, with the capital that falls a band', async () => {
    const run = await runCli(['pack', 'simulate', PACK_ID, '1.1.0-raised'], dataDir);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Compared \/ Đã so sánh\s+4/);
    expect(run.stdout).toMatch(/Changed \/ Có thay đổi\s+3/);
    expect(run.stdout).toMatch(/Band down \/ Xuống nhóm\s+2 \(250,000,000 USD\)/);
    expect(run.stdout).toContain('priority → encouraged (down): 2, 250,000,000 USD');
    expect(run.stdout).toContain('localisation-rate — Localisation rate / Tỷ lệ nội địa hóa');
    for (const id of changed()) expect(run.stdout).toContain(id);
    expect(run.stdout).not.toContain(ids[3]);
  });

  it('prints JSON with --json, filtered with --band', async () => {
    const run = await runCli(['pack', 'simulate', PACK_ID, '1.1.0-raised', '--json'], dataDir);
    expect(run.code).toBe(0);
    const all = JSON.parse(run.stdout) as Json;
    expect(all.items.map((i) => i.id)).toEqual(changed());
    expect(all.summary.bands.down).toEqual({ applications: 2, capitalUsd: 250e6 });
    expect(all.nextCursor).toBeNull();

    const priority = await runCli(
      ['pack', 'simulate', PACK_ID, '1.1.0-raised', '--band', 'priority', '--limit', '1', '--json'],
      dataDir,
    );
    expect(priority.code).toBe(0);
    const page = JSON.parse(priority.stdout) as Json;
    expect(page.summary.applications.compared).toBe(3);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.band).toEqual(expect.objectContaining({ from: 'priority' }));
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('writes every changed application to --out as NDJSON', async () => {
    const out = join(await dirs.fresh(), 'changes.ndjson');
    const run = await runCli(['pack', 'simulate', PACK_ID, '1.1.0-raised', '--out', out], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Changed applications written / Đã ghi hồ sơ thay đổi: 3 → ${out}`,
    );
    const lines = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id)).toEqual(changed());
  });

  it('explains an unknown version and bad options with exit 2 and no stack trace', async () => {
    const unknown = await runCli(['pack', 'simulate', PACK_ID, '9.9.9'], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no version "9.9.9"');
    expect(unknown.stderr).toContain('không có phiên bản "9.9.9"');
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
    for (const args of [
      ['--from', '2025-13-01'],
      ['--limit', '5', '--all'],
      ['--status', 'pending'],
      ['--limit', '0'],
    ]) {
      const run = await runCli(['pack', 'simulate', PACK_ID, '1.1.0-raised', ...args], dataDir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('pack simulate --help');
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('pack simulate progress', () => {
  it('shows applications compared, the rate and the time left on a terminal, and nothing in a pipe', () => {
    let tty = '';
    const terminal = progressLine({ isTTY: true, write: (t: string) => (tty += t) });
    terminal.update(500, 1000);
    terminal.update(1000, 1000);
    terminal.end();
    expect(tty).toMatch(/500\/1,000 · [\d,]+\/s · ETA \/ còn (\d+ s|\?)/);
    expect(tty).toContain('1,000/1,000');
    expect(tty.endsWith('\r\x1b[K')).toBe(true);
    let piped = '';
    const pipe = progressLine({ isTTY: false, write: (t: string) => (piped += t) });
    pipe.update(1, 2);
    pipe.end();
    expect(piped).toBe('');
  });
});
