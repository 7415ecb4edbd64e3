/** The repository's rule packs, loaded once per test file, and helpers to screen with them. */
import { join } from 'node:path';
import type { BuiltPack } from '../../src/screening/build-pack.js';
import { loadRulesDir } from '../../src/screening/load-packs.js';
import { compileVersion, PackRegistry } from '../../src/screening/pack-registry.js';
import { screenProposal } from '../../src/screening/screen-proposal.js';
import type { ScreeningResult } from '../../src/screening/screening-result.js';
import { validateProposal } from '../../src/screening/validate-proposal.js';

export const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');
export const PACK_ID = 'binh-duong-7099';

let loaded: Promise<{ packs: BuiltPack[]; registry: PackRegistry }> | undefined;

export function repoPacks() {
  loaded ??= loadRulesDir(RULES_DIR).then((packs) => ({
    packs,
    registry: new PackRegistry(
      packs.map((p) => compileVersion(p.content, p.hash)),
      PACK_ID,
    ),
  }));
  return loaded;
}

/** Validates and screens; throws with the issues when the proposal is invalid. */
export function screen(
  registry: PackRegistry,
  proposal: unknown,
  today = '2026-11-29',
): ScreeningResult {
  const v = validateProposal(registry, proposal, today);
  if (!v.ok) throw new Error(`invalid proposal: ${JSON.stringify(v.issues)}`);
  return screenProposal(v.version, v.proposal, v.asOf);
}
