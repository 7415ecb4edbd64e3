/**
 * The pack registry a process runs with: every version under the rules folder, compiled, with the
 * default pack chosen. The server and the CLI start from it, so they judge by the same packs.
 */
import { loadRulesDir } from './load-packs.js';
import { PackError } from './pack-problems.js';
import { compileVersion, PackRegistry } from './pack-registry.js';

/** The packs cannot be used as configured; the message says what to fix, in both languages. */
export class PackSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackSetupError';
  }
}

/** A loaded pack as the default choice sees it. */
export type LoadedPack = { id: string; illustrative: boolean };

/**
 * DEFAULT_PACK when it names a loaded pack (an illustrative one too: choosing it is explicit);
 * else the only pack; else the only real (non-illustrative) pack, since an example must never
 * judge a proposal that names no pack. Anything else is ambiguous and an error.
 */
export function chooseDefaultPack(
  requested: string | undefined,
  loaded: readonly LoadedPack[],
): string {
  const ids = loaded.map((p) => p.id);
  if (requested !== undefined) {
    if (ids.includes(requested)) return requested;
    throw new PackSetupError(
      `DEFAULT_PACK "${requested}" is not loaded; loaded packs: ${ids.join(', ')}.`,
    );
  }
  if (loaded.length === 1) return ids[0] as string;
  const real = loaded.filter((p) => !p.illustrative);
  if (real.length === 1) return (real[0] as LoadedPack).id;
  throw new PackSetupError(
    `Several packs are loaded (${ids.join(', ')}): set DEFAULT_PACK to one of them.`,
  );
}

/** Loads, checks and compiles every pack version; any problem becomes a `PackSetupError` listing all. */
export async function loadRegistry(
  rulesDir: string,
  requestedDefault: string | undefined,
): Promise<PackRegistry> {
  let built: Awaited<ReturnType<typeof loadRulesDir>>;
  try {
    built = await loadRulesDir(rulesDir);
  } catch (error) {
    if (error instanceof PackError) {
      const lines = error.problems.map(
        (p) => `  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message.en} / ${p.message.vi}`,
      );
      throw new PackSetupError(
        `Rule packs in ${rulesDir} are invalid / Bộ tiêu chí không hợp lệ:\n${lines.join('\n')}`,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new PackSetupError(`Cannot read rule packs in ${rulesDir}: ${reason}`);
  }
  const versions = built.map((p) => compileVersion(p.content, p.hash));
  // A pack is illustrative when any of its versions says so: one flag must not hide an example.
  const packs = new Map<string, boolean>();
  for (const v of versions) {
    const { id, illustrative } = v.content.meta;
    packs.set(id, (packs.get(id) ?? false) || illustrative === true);
  }
  const loaded = [...packs]
    .map(([id, illustrative]) => ({ id, illustrative }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return new PackRegistry(versions, chooseDefaultPack(requestedDefault, loaded));
}
