/** The Hono environment every sub-app shares: the values middleware puts on the request context. */
import type { RequestIdVariables } from 'hono/request-id';
import type { Actor } from '../applications/context.js';

export type AppEnv = {
  Variables: RequestIdVariables & {
    /** Who is asking, set by the access guard on /api/ routes: a token holder, or the public. */
    actor?: Actor;
  };
};
