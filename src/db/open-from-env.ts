/**
 * Opens the database the environment names (PostgreSQL or embedded PGlite) and brings it up to date:
 * migrations applied, pack versions stored. The server and the CLI start the same way.
 */
import type { Env } from '../env.js';
import { syncPackVersions } from '../packs/stored-versions.js';
import type { PackRegistry } from '../screening/pack-registry.js';
import { type DatabaseHandle, openDatabase } from './client.js';
import { applyMigrations } from './migrate.js';

export async function openDatabaseFromEnv(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>,
  role: 'server' | 'cli',
  packs: PackRegistry,
): Promise<DatabaseHandle> {
  const handle = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL })
    : await openDatabase({ kind: 'pglite', dataDir: env.DATA_DIR, role });
  try {
    await applyMigrations(handle, env.DATABASE_URL ? { url: env.DATABASE_URL } : {});
    await syncPackVersions(handle.db, packs, role);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}
