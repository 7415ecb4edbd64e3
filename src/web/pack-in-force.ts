/** The default pack's version in force today (in the pack's time zone), which the pages show. */
import type { PackVersion } from '../screening/pack-registry.js';
import { todayFor } from '../screening/today.js';
import type { WebDeps } from './web-deps.js';

export type InForce = { version: PackVersion; today: string };

export function packInForce(deps: Pick<WebDeps, 'packs' | 'clock'>): InForce {
  const { packs } = deps;
  const today = todayFor(packs, packs.defaultPackId, deps.clock());
  // Before the first version starts (or after the last ends) the latest still describes the form.
  const version =
    packs.inForce(packs.defaultPackId, today) ??
    (packs.versionsOf(packs.defaultPackId).at(-1) as PackVersion);
  return { version, today };
}
