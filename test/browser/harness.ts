/**
 * Browser tests drive Debian's Chromium (playwright-core) against the real server on a free
 * localhost port, with its own in-memory database. Without Chromium the suite says so and is
 * skipped locally; in CI (`CI=true`) a missing browser fails the run, since `.ci/run` installs it.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { jsonLogger } from '../../src/http/logger.js';
import { syncPackVersions } from '../../src/packs/stored-versions.js';
import { createToken } from '../../src/tokens/tokens.js';
import { RULES_DIR, repoPacks } from '../support/packs.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && process.env.CI) {
  throw new Error(
    `Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install chromium).`,
  );
}
if (!HAVE_CHROMIUM) {
  process.stderr.write(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium).\n`,
  );
}

/** Screenshots of each page, kept for review (not committed). */
export const SCREENSHOTS = join(import.meta.dirname, '..', 'output', 'screenshots');

export type TestServer = {
  url: string;
  officerToken: string;
  adminToken: string;
  close(): Promise<void>;
};

export async function startServer(options: { now?: () => Date } = {}): Promise<TestServer> {
  const { registry } = await repoPacks();
  const handle = await openDatabase({ kind: 'memory' });
  await applyMigrations(handle);
  await syncPackVersions(handle.db, registry, 'test');
  const clock = options.now ?? (() => new Date());
  const system = {
    db: handle.db,
    packs: registry,
    clock,
    actor: { role: 'system' as const, name: 'test' },
  };
  const officer = await createToken(system, { role: 'officer', name: 'Cán bộ Kiểm thử' });
  const admin = await createToken(system, { role: 'admin', name: 'Quản trị Kiểm thử' });
  const app = createApp({
    packs: registry,
    clock,
    db: handle,
    logger: jsonLogger('silent'),
    rateLimit: { perMinute: 1000, trustProxy: false },
    rulesDir: RULES_DIR,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    officerToken: officer.token,
    adminToken: admin.token,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
