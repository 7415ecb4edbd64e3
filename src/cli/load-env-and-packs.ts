/** The environment and the rule packs every command that screens or stores starts from, as the server does. */
import { type Env, parseEnv } from '../env.js';
import { loadRegistry } from '../screening/load-registry.js';
import type { PackRegistry } from '../screening/pack-registry.js';

export async function loadEnvAndPacks(): Promise<{ env: Env; packs: PackRegistry }> {
  const env = parseEnv();
  return { env, packs: await loadRegistry(env.RULES_DIR, env.DEFAULT_PACK) };
}
