/**
 * One process at a time on an embedded database directory. PGlite has no server to arbitrate
 * between processes, so a second writer would corrupt it: the server and the CLI both take this
 * lock, and the one that finds it taken says who holds it and what to do instead.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export type LockHolder = { pid: number; role: string; host: string; since: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dir} is in use by the ${holder.role} (process ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
        `Only one process may open it at a time. Stop the ${holder.role} and try again, or do this through the running server's API ` +
        `(for tokens: POST /api/v1/tokens with an admin token), or point DATABASE_URL at a PostgreSQL server, which many processes can share.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The lock files this process holds. A lock naming this process's pid that is not in here was
 * left by an earlier process that had the same pid — usual when a container restarts and the
 * server is again pid 1 — and is stale, though the pid is alive.
 */
const heldHere = new Set<string>();

function parseHolder(text: string | undefined): Partial<LockHolder> | undefined {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Partial<LockHolder>) : {};
  } catch {
    return undefined;
  }
}

/**
 * Who holds the lock. A file that does not parse is either being written this instant by its
 * taker, or was left empty by a process killed between creating and writing it (then it would
 * block every restart): it is read again a moment later, and if still unreadable, has no holder.
 */
async function readHolder(file: string): Promise<Partial<LockHolder>> {
  const read = () => readFile(file, 'utf8').catch(() => undefined);
  const first = parseHolder(await read());
  if (first) return first;
  await new Promise((resolve) => setTimeout(resolve, 200));
  return parseHolder(await read()) ?? {};
}

/** Takes the lock or throws `DataDirLockedError`; a lock left by a dead process is taken over. */
export async function acquireDataDirLock(dir: string, role: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'pglite.lock');
  const me: LockHolder = {
    pid: process.pid,
    role,
    host: hostname(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      heldHere.add(file);
      return async () => {
        heldHere.delete(file);
        await rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = await readHolder(file);
      const stale =
        typeof holder.pid !== 'number' ||
        (holder.host === me.host &&
          (holder.pid === me.pid ? !heldHere.has(file) : !alive(holder.pid)));
      if (!stale) throw new DataDirLockedError(dir, holder as LockHolder);
      await rm(file, { force: true });
    }
  }
  throw new Error(`could not take the lock on ${dir}`);
}
