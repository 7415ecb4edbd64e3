/** What the pages need: the packs and the clock always; the database for anything stored. */
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/client.js';
import type { PackRegistry } from '../screening/pack-registry.js';

export type WebDeps = {
  packs: PackRegistry;
  clock: () => Date;
  /** Absent in an app built without a database: pages that need one say so. */
  db?: Database;
  /** The API's limiter of public writes, reused for the pages' own public writes. */
  publicWriteLimit?: MiddlewareHandler;
  /** Where the rule packs live, to show a pack's CHANGELOG.md. */
  rulesDir?: string;
};
