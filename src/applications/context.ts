/** What every verb receives: the database (or a transaction), the packs, the clock and the actor. */
import type { Database } from '../db/client.js';
import type { PackRegistry } from '../screening/pack-registry.js';

export type Role = 'public' | 'investor' | 'officer' | 'admin' | 'system';

export type Actor = { role: Role; name: string; tokenId?: string };

export type ServiceContext = {
  db: Database;
  packs: PackRegistry;
  clock: () => Date;
  actor: Actor;
  requestId?: string;
};
