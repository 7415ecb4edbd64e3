/** The program and each command explain themselves with --help; an unknown command is bad usage. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

describe('cli help', () => {
  it('lists the commands with --help and exits 0', async () => {
    const run = await runCli(['--help'], await dirs.fresh());
    expect(run.code).toBe(0);
    for (const name of ['screen', 'token', 'seed', 'fdi'])
      expect(run.stdout).toContain(`  ${name}`);
  });

  it('gives each command its own help', async () => {
    const dataDir = await dirs.fresh();
    for (const [args, usage] of [
      [['screen', '--help'], 'screen <proposal.json>'],
      [['token', '--help'], 'token <create|list|revoke>'],
      [['token', 'create', '--help'], 'token <create|list|revoke>'],
      [['seed', '--help'], 'seed demo'],
      [['seed', 'statistics', '--help'], 'seed statistics [--force]'],
      [['fdi', '--help'], 'fdi <import|progress>'],
      [['fdi', 'progress', '--help'], 'fdi <import|progress>'],
    ] as const) {
      const run = await runCli(args, dataDir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(usage);
    }
  });

  it('exits 2 on an unknown command or option', async () => {
    const dataDir = await dirs.fresh();
    expect((await runCli(['frobnicate'], dataDir)).code).toBe(2);
    const run = await runCli(['token', 'list', '--colour'], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
  });
});
