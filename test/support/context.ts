/** Verb contexts and proposals for the database suites: each test makes its own data. */
import { randomUUID } from 'node:crypto';
import type { Actor, ServiceContext } from '../../src/applications/context.js';
import type { Database } from '../../src/db/client.js';
import { withValueAt } from '../../src/screening/facts.js';
import type { PackRegistry } from '../../src/screening/pack-registry.js';
import { repoPacks } from './packs.js';

export const OFFICER: Actor = { role: 'officer', name: 'Officer Test' };
export const INVESTOR: Actor = { role: 'public', name: 'investor' };

export function context(
  db: Database,
  packs: PackRegistry,
  actor: Actor = OFFICER,
  now = new Date('2026-11-29T03:00:00Z'),
): ServiceContext {
  return { db, packs, actor, clock: () => now, requestId: randomUUID() };
}

/** A valid proposal (the pack's base case) with a unique investor name, and optional changes by path. */
export async function proposal(
  changes: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const { packs } = await repoPacks();
  const base = packs[0]?.base as Record<string, unknown>;
  let p: Record<string, unknown> = { ...structuredClone(base), submittedOn: '2025-03-14' };
  p = withValueAt(p, 'investor.name', `Test Investor ${randomUUID().slice(0, 8)} (fictional)`);
  for (const [path, value] of Object.entries(changes)) p = withValueAt(p, path, value);
  return p;
}
