/**
 * The audit trail is append-only in the database itself, pack versions are stored once and never
 * silently rewritten, and the embedded database refuses a second process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/applications/audit.js';
import type { Database } from '../../src/db/client.js';
import { openDatabase } from '../../src/db/client.js';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock.js';
import { applyMigrations, migrationStatus } from '../../src/db/migrate.js';
import { auditEvents, packVersions } from '../../src/db/schema.js';
import {
  PackVersionConflictError,
  storedVersion,
  syncPackVersions,
} from '../../src/packs/stored-versions.js';
import { hashContent } from '../../src/screening/canonical-json.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import { expectAppendOnlyRefusal } from '../support/append-only.js';
import { context } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { repoPacks } from '../support/packs.js';

describeEachDatabase('the audit trail and stored packs', (open) => {
  let db: Database;
  beforeAll(async () => {
    db = (await open()).db;
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit events', async () => {
    const { registry } = await repoPacks();
    const subject = `probe-${crypto.randomUUID()}`;
    await recordAudit(db, context(db, registry), { action: 'test.probe', subject });
    await expectAppendOnlyRefusal(
      db.execute(sql`update audit_events set action = 'changed' where subject = ${subject}`),
    );
    await expectAppendOnlyRefusal(
      db.execute(sql`delete from audit_events where subject = ${subject}`),
    );
    await expectAppendOnlyRefusal(db.execute(sql`truncate audit_events`));
    const rows = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.subject} = ${subject}`);
    expect(rows.map((r) => r.action)).toEqual(['test.probe']);
  });

  it('reports every migration applied', async () => {
    const status = await migrationStatus(db);
    expect(status.applied).toBe(status.expected);
    expect(status.expected).toBeGreaterThanOrEqual(2);
  });

  it('stores each pack version once, and refuses the same version with different content', async () => {
    const { packs } = await repoPacks();
    const built = packs[0];
    if (!built) throw new Error('no pack');
    const content = structuredClone(built.content);
    content.meta.id = `test-pack-${crypto.randomUUID().slice(0, 8)}`;
    const hash = hashContent(content);
    const registry = new PackRegistry([compileVersion(content, hash)], content.meta.id);
    await syncPackVersions(db, registry, 'test');
    await syncPackVersions(db, registry, 'test');
    const rows = await db
      .select()
      .from(packVersions)
      .where(sql`${packVersions.packId} = ${content.meta.id}`);
    expect(rows).toHaveLength(1);
    expect((await storedVersion(db, content.meta.id, content.meta.version))?.hash).toBe(hash);

    const edited = structuredClone(content);
    const p = edited.parameters['localisation.fullPct'];
    if (p?.values[0]) p.values[0].value = 45;
    const changed = new PackRegistry([compileVersion(edited, hashContent(edited))], edited.meta.id);
    await expect(syncPackVersions(db, changed, 'test')).rejects.toThrow(PackVersionConflictError);
  });
});

describe('the embedded database directory', () => {
  it('lets one process in at a time and tells the second who holds it and what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fdi-lock-'));
    try {
      const release = await acquireDataDirLock(dir, 'server');
      const second = await acquireDataDirLock(dir, 'cli').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(second).toBeInstanceOf(DataDirLockedError);
      expect((second as Error).message).toMatch(/in use by the server.*Stop the server.*API/s);
      await release();
      const again = await acquireDataDirLock(dir, 'cli');
      await again();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps its data across restarts, with migrations applied once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fdi-data-'));
    try {
      const first = await openDatabase({ kind: 'pglite', dataDir: dir, role: 'test' });
      await applyMigrations(first);
      await first.db.execute(
        sql`insert into audit_events (actor, role, action) values ('t', 'system', 'persisted')`,
      );
      await first.close();
      const second = await openDatabase({ kind: 'pglite', dataDir: dir, role: 'test' });
      await applyMigrations(second);
      const rows = await second.db.select().from(auditEvents);
      expect(rows.map((r) => r.action)).toEqual(['persisted']);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
