/**
 * Opens the database the environment names for one command and always closes it, so the embedded
 * database's lock is released even when the command fails. The work gets the packs as the
 * database has them — the activation timeline decides what is in force, as it does for the server.
 */
import type { ServiceContext } from '../applications/context.js';
import type { Database } from '../db/client.js';
import { openDatabaseFromEnv } from '../db/open-from-env.js';
import type { Env } from '../env.js';
import { registryFromDatabase } from '../packs/stored-registry.js';
import type { PackRegistry } from '../screening/pack-registry.js';

/** The CLI acts as the system: what it does is audited under this name. */
export const CLI_ACTOR = { role: 'system', name: 'cli' } as const;

export async function withDatabase<T>(
  env: Env,
  packs: PackRegistry,
  work: (db: Database, packs: PackRegistry) => Promise<T>,
): Promise<T> {
  const handle = await openDatabaseFromEnv(env, 'cli', packs);
  try {
    return await work(handle.db, await registryFromDatabase(handle.db, packs.defaultPackId));
  } finally {
    await handle.close();
  }
}

export function cliContext(
  db: Database,
  packs: PackRegistry,
  actor: ServiceContext['actor'] = CLI_ACTOR,
): ServiceContext {
  return { db, packs, clock: () => new Date(), actor };
}
