/**
 * The address a request comes from, for per-client limits: the socket's peer, or the first
 * X-Forwarded-For entry when the operator says a proxy in front sets it (anyone can send the
 * header, so it is ignored otherwise).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** What requests without a socket (in-process `app.request()`) share as their address. */
export const UNKNOWN_ADDRESS = 'unknown';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? UNKNOWN_ADDRESS;
  } catch {
    // Not served by @hono/node-server: there are no socket bindings to read.
    return UNKNOWN_ADDRESS;
  }
}
