/** `token`: created tokens are printed once, on the last line; listed without their secret; revoked by id. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE, tempDirs } from '../support/run-cli.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanUp());

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

// Each test opens a fresh embedded database several times, which is slow on a busy machine.
describe('cli token', { timeout: 180_000 }, () => {
  it('prints a new token alone on its last line, and lists it by name without the secret', async () => {
    const dataDir = await dirs.fresh();
    const created = await runCli(
      ['token', 'create', '--role', 'officer', '--name', 'Officer X (fictional)'],
      dataDir,
    );
    expect(created.code).toBe(0);
    const token = lastLine(created.stdout);
    expect(token).toMatch(/^fdi_[A-Za-z0-9_-]{20,}$/);

    const listed = await runCli(['token', 'list'], dataDir);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Officer X (fictional)');
    expect(listed.stdout).toContain('officer');
    expect(listed.stdout).toContain(token.slice(0, 10));
    expect(listed.stdout).not.toContain(token);
  });

  it('revokes a token by id, which then shows when it was revoked', async () => {
    const dataDir = await dirs.fresh();
    const created = await runCli(
      ['token', 'create', '--role', 'admin', '--name', 'Admin Y'],
      dataDir,
    );
    const id = /\(id ([0-9a-f-]{36})\)/.exec(created.stdout)?.[1] as string;

    const revoked = await runCli(['token', 'revoke', id], dataDir);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Revoked token "Admin Y"');
    const [after] = JSON.parse((await runCli(['token', 'list', '--json'], dataDir)).stdout);
    expect(after).toEqual(expect.objectContaining({ id, name: 'Admin Y', role: 'admin' }));
    expect(after.revokedAt).toEqual(expect.any(String));
  });

  it('exits 2, naming the problem, for an unknown token id or a missing option', async () => {
    const dataDir = await dirs.fresh();
    const unknown = await runCli(
      ['token', 'revoke', '00000000-0000-4000-8000-000000000000'],
      dataDir,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No token 00000000-0000-4000-8000-000000000000');
    expect(unknown.stderr).not.toMatch(STACK_TRACE);

    const incomplete = await runCli(['token', 'create', '--role', 'guest'], dataDir);
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('--role: Invalid value');
    expect(incomplete.stderr).toContain('--name: This field is required');
  });
});
