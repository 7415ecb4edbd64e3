/** The context a verb runs in when a page calls it: the app's dependencies, the actor, the request id. */
import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { Actor, ServiceContext } from '../applications/context.js';
import type { Database } from '../db/client.js';
import type { WebDeps } from './web-deps.js';

/** What the app's middleware leaves on every request the pages see. */
export type WebEnv = { Variables: RequestIdVariables };

export const VISITOR: Actor = { role: 'public', name: 'public' };

export function verbContext<E extends WebEnv>(
  c: Context<E>,
  deps: WebDeps & { db: Database },
  actor: Actor = VISITOR,
): ServiceContext {
  return {
    db: deps.db,
    packs: deps.packs,
    clock: deps.clock,
    actor,
    requestId: c.get('requestId'),
  };
}
