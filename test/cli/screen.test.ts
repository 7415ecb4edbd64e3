/** `screen`: a proposal file screened by the CLI reads as the in-process screening does, and bad input exits 2. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withValueAt } from '../../src/screening/facts.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { repoPacks, screen } from '../support/packs.js';
import { REPO, runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const SAMPLE = 'seeds/proposals/semiconductor-plant.json';
const dirs = tempDirs();
let dataDir: string;
let registry: PackRegistry;
let sample: Record<string, unknown>;

beforeAll(async () => {
  dataDir = await dirs.fresh();
  registry = (await repoPacks()).registry;
  sample = JSON.parse(await readFile(join(REPO, SAMPLE), 'utf8')) as Record<string, unknown>;
});
afterAll(() => dirs.cleanUp());

async function proposalFile(proposal: unknown): Promise<string> {
  const file = join(dataDir, `proposal-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(proposal));
  return file;
}

describe('cli screen', () => {
  it('prints the band and every criterion in Vietnamese by default', async () => {
    const expected = screen(registry, sample);
    const run = await runCli(['screen', SAMPLE], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`xếp loại: ${expected.band.label.vi}`);
    expect(run.stdout).toContain('Tiêu chí:');
    for (const c of expected.criteria) expect(run.stdout).toContain(c.title.vi);
  });

  it('prints them in English with --lang en', async () => {
    const expected = screen(registry, sample);
    const run = await runCli(['screen', SAMPLE, '--lang', 'en'], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`band: ${expected.band.label.en}`);
    expect(run.stdout).toContain('Criteria:');
    for (const c of expected.criteria) expect(run.stdout).toContain(c.title.en);
  });

  it('prints with --json exactly the result screenProposal gives in process', async () => {
    const run = await runCli(['screen', SAMPLE, '--json'], dataDir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(screen(registry, sample));
  });

  it('screens a proposal without submittedOn on the --date given', async () => {
    const undated = withValueAt(sample, 'submittedOn', undefined);
    const run = await runCli(
      ['screen', await proposalFile(undated), '--json', '--date', '2025-06-01'],
      dataDir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe('2025-06-01');
  });

  it('exits 2 on an invalid proposal and names every faulty field in the chosen language', async () => {
    let bad = withValueAt(sample, 'capital.totalUsd', -5);
    bad = withValueAt(bad, 'site.area', 'nowhere-fictional');
    const file = await proposalFile(bad);
    const en = await runCli(['screen', file, '--lang', 'en'], dataDir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('capital.totalUsd: Must be greater than 0');
    expect(en.stderr).toContain('site.area: Area "nowhere-fictional" is not in the catalogue');
    const vi = await runCli(['screen', file], dataDir);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('site.area: Địa bàn "nowhere-fictional" không có trong danh mục');
  });

  it('exits 2 with a clear message, not a stack trace, when the file is missing or not JSON', async () => {
    const missing = join(dataDir, 'no-such-proposal.json');
    const run = await runCli(['screen', missing], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`File not found: ${missing}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const notJson = join(dataDir, 'not-json.json');
    await writeFile(notJson, '{ "project": ');
    const broken = await runCli(['screen', notJson], dataDir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
  });

  it('exits 2 on bad usage and points at the help', async () => {
    const run = await runCli(['screen', SAMPLE, '--lang', 'fr'], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be vi or en');
    expect(run.stderr).toContain('screen --help');
    expect((await runCli(['screen'], dataDir)).code).toBe(2);
    expect((await runCli(['screen', SAMPLE, '--date', '2025-02-30'], dataDir)).code).toBe(2);
  });
});
