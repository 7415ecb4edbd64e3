/** The context a verb runs in, built per request from the app's dependencies and the guard's actor. */
import type { Context } from 'hono';
import type { ServiceContext } from '../applications/context.js';
import type { Database } from '../db/client.js';
import type { PackRegistry } from '../screening/pack-registry.js';
import { PUBLIC_ACTOR } from './access-guard.js';
import type { AppEnv } from './app-env.js';

export type ServiceDeps = { db: Database; packs: PackRegistry; clock: () => Date };

export function serviceContext<E extends AppEnv>(c: Context<E>, deps: ServiceDeps): ServiceContext {
  return {
    db: deps.db,
    // Pinned: every verb of the request judges by the one registry current when it started.
    packs: deps.packs.snapshot(),
    clock: deps.clock,
    actor: c.get('actor') ?? PUBLIC_ACTOR,
    requestId: c.get('requestId'),
  };
}
