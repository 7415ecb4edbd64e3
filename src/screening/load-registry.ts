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

/** DEFAULT_PACK when it names a loaded pack; else the only pack; several without a choice is an error. */
export function chooseDefaultPack(
  requested: string | undefined,
  loaded: readonly string[],
): string {
  if (requested !== undefined) {
    if (loaded.includes(requested)) return requested;
    throw new PackSetupError(
      `DEFAULT_PACK "${requested}" is not loaded; loaded packs: ${loaded.join(', ')}.`,
    );
  }
  if (loaded.length === 1) return loaded[0] as string;
  throw new PackSetupError(
    `Several packs are loaded (${loaded.join(', ')}): set DEFAULT_PACK to one of them.`,
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
  const packIds = [...new Set(versions.map((v) => v.content.meta.id))].sort();
  return new PackRegistry(versions, chooseDefaultPack(requestedDefault, packIds));
}
