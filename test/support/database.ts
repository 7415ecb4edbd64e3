/**
 * The database suites run on embedded PGlite always, and on the real PostgreSQL when the run has a
 * scratch database (see global-setup.ts). One database per driver per test file, migrations
 * applied (never pushed); each test makes its own rows and looks only at them.
 */
import { afterAll, describe, inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';

export type DriverName = 'pglite' | 'postgres';

const handles = new Map<DriverName, Promise<DatabaseHandle>>();

export function database(driver: DriverName): Promise<DatabaseHandle> {
  let h = handles.get(driver);
  if (!h) {
    h = (async () => {
      if (driver === 'postgres') {
        const url = inject('postgresUrl');
        if (!url) throw new Error('no PostgreSQL for this run');
        return openDatabase({ kind: 'postgres', url, max: 20 });
      }
      const handle = await openDatabase({ kind: 'memory' });
      await applyMigrations(handle);
      return handle;
    })();
    handles.set(driver, h);
  }
  return h;
}

afterAll(async () => {
  for (const h of handles.values()) await (await h).close();
  handles.clear();
});

export function drivers(): DriverName[] {
  return inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** Registers the same suite once per available driver. */
export function describeEachDatabase(
  name: string,
  suite: (db: () => Promise<DatabaseHandle>, driver: DriverName) => void,
): void {
  for (const driver of drivers()) {
    describe(`${name} (${driver})`, () => suite(() => database(driver), driver));
  }
}
