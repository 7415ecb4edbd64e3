/**
 * Keeps a process's registry in step with activations made elsewhere (another instance on the same
 * PostgreSQL, or the CLI): every `intervalMs` it asks for activations newer than the last it saw
 * and re-reads only the packs they concern. The activation table is append-only, so the highest
 * id is a complete summary of what has changed.
 */
import { gt, max } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { packActivations } from '../db/schema.js';
import type { PackHolder } from './pack-holder.js';
import { reloadPacks } from './stored-registry.js';

export async function lastActivationId(db: Database): Promise<number> {
  const [row] = await db.select({ last: max(packActivations.id) }).from(packActivations);
  return Number(row?.last ?? 0);
}

/** One poll: reloads the packs with new activations; resolves to the new last id seen. */
export async function pollActivations(
  db: Database,
  holder: PackHolder,
  seen: number,
): Promise<number> {
  const rows = await db
    .select({ id: packActivations.id, packId: packActivations.packId })
    .from(packActivations)
    .where(gt(packActivations.id, seen));
  if (rows.length === 0) return seen;
  const packIds = [...new Set(rows.map((r) => r.packId))].sort();
  await holder.update((current) => reloadPacks(db, current, packIds));
  return Math.max(seen, ...rows.map((r) => r.id));
}

/** Starts polling; the returned function stops it. Failures are reported and retried next time. */
export function watchActivations(
  db: Database,
  holder: PackHolder,
  options: { intervalMs: number; startAfter: number; onError: (error: unknown) => void },
): () => void {
  let seen = options.startAfter;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pollActivations(db, holder, seen)
      .then((next) => {
        seen = next;
      }, options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
