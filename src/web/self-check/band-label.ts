/** The label of a band a result names (its own, or an improvement's `bandAfter`), from its pack. */
import type { Text } from '../../screening/i18n.js';
import { engineOn, type PackRegistry } from '../../screening/pack-registry.js';
import { bandLabel } from '../../screening/screen-proposal.js';
import type { ScreeningResult } from '../../screening/screening-result.js';

export function bandLabelOf(packs: PackRegistry, result: ScreeningResult, bandId: string): Text {
  if (bandId === result.band.id) return result.band.label;
  const version = packs.version(result.pack.id, result.pack.version);
  return version ? bandLabel(engineOn(version, result.asOf), bandId) : { vi: bandId, en: bandId };
}
