/**
 * The files of the released 1.0.0 folder as an upload (path → text), under a pack id and
 * jurisdiction of the test's own, so activations never touch the packs other suites judge by;
 * and a variant that raises the localisation threshold for full points from 40 % to 50 %.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readPackFileTexts } from '../../src/screening/read-pack-files.js';
import { RULES_DIR } from './packs.js';

const RELEASED = join(RULES_DIR, 'binh-duong-7099', '1.0.0');

export type PackFiles = Record<string, string>;

export async function ownPackFiles(): Promise<{ packId: string; files: PackFiles }> {
  const tag = randomUUID().slice(0, 8);
  const packId = `test-lifecycle-${tag}`;
  const files = await readPackFileTexts(RELEASED);
  files['pack.yaml'] = (files['pack.yaml'] as string)
    .replace(/^id: binh-duong-7099$/m, `id: ${packId}`)
    .replace(/^ {2}id: vn-binh-duong$/m, `  id: test-jurisdiction-${tag}`);
  return { packId, files };
}

/** The same pack under another version number, the full-points localisation rate raised to 50 %. */
export function raisedLocalisation(files: PackFiles, version: string): PackFiles {
  const out = { ...files };
  out['pack.yaml'] = (out['pack.yaml'] as string).replace(
    /^version: 1\.0\.0$/m,
    `version: ${version}`,
  );
  out['parameters/thresholds.yaml'] = (out['parameters/thresholds.yaml'] as string).replace(
    /(localisation\.fullPct:[\s\S]*?value: )40,/,
    '$150,',
  );
  return out;
}

/**
 * `raisedLocalisation` with its own cases brought up to date (the cases that gave full
 * localisation points at 40 % now use 50 %), so that it may be activated.
 */
export function raisedLocalisationWithCases(files: PackFiles, version: string): PackFiles {
  const out = raisedLocalisation(files, version);
  for (const path of Object.keys(out).filter((p) => p.startsWith('cases/')))
    out[path] = (out[path] as string)
      .replace(/localisationPct: 40\b/g, 'localisationPct: 50')
      .replace(/(path: trade\.localisationPct, to: )40\b/g, '$150');
  return out;
}
