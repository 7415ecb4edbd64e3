/**
 * The registry built from the database: for every pack with activations, the versions its timeline
 * names (compiled once per hash) and the timeline itself. Drafts are not in it — they are judged
 * only by simulation and replay, which read them from `pack_versions`.
 */
import type { Executor } from '../db/client.js';
import { PackRegistry, type PackVersion } from '../screening/pack-registry.js';
import { type Activation, activationsOf, timelineOf } from './pack-timeline.js';
import { storedVersion } from './stored-versions.js';

async function packFromDatabase(db: Executor, packId: string, activations: Activation[]) {
  const versions: PackVersion[] = [];
  for (const name of new Set(activations.map((a) => a.version))) {
    const v = await storedVersion(db, packId, name);
    // The table has no foreign key to pack_versions (it is append-only); a stray row is skipped.
    if (v) versions.push(v);
  }
  return { versions, timeline: timelineOf(activations) };
}

function byPack(activations: readonly Activation[]): Map<string, Activation[]> {
  const out = new Map<string, Activation[]>();
  for (const a of activations) out.set(a.packId, [...(out.get(a.packId) ?? []), a]);
  return out;
}

/** Every activated pack from the database, with `defaultPackId` kept from the files' choice. */
export async function registryFromDatabase(
  db: Executor,
  defaultPackId: string,
): Promise<PackRegistry> {
  let registry = new PackRegistry([], defaultPackId);
  for (const [packId, list] of byPack(await activationsOf(db))) {
    const { versions, timeline } = await packFromDatabase(db, packId, list);
    registry = registry.withPack(packId, versions, timeline);
  }
  return registry;
}

/** `registry` with the named packs read again from the database (the others are kept as they are). */
export async function reloadPacks(
  db: Executor,
  registry: PackRegistry,
  packIds: readonly string[],
): Promise<PackRegistry> {
  const grouped = byPack(await activationsOf(db, packIds));
  let next = registry;
  for (const packId of packIds) {
    const list = grouped.get(packId);
    if (!list) continue;
    const { versions, timeline } = await packFromDatabase(db, packId, list);
    next = next.withPack(packId, versions, timeline);
  }
  return next;
}
