/** Names the pack gives to the ids stored with an application: bands, areas, parks, sectors. */
import type { Text } from '../../screening/i18n.js';
import type { PackRegistry, PackVersion } from '../../screening/pack-registry.js';

/** The pack's latest version: names are kept across versions, and new ids appear in later ones. */
export function latestVersion(packs: PackRegistry, packId: string): PackVersion | undefined {
  return packs.versionsOf(packId).at(-1) ?? packs.versionsOf(packs.defaultPackId).at(-1);
}

export function bandLabel(packs: PackRegistry, packId: string, band: string): Text | undefined {
  const meta = latestVersion(packs, packId)?.content.meta;
  if (!meta) return undefined;
  return [...meta.bands, meta.ineligibleBand].find((b) => b.id === band)?.label;
}

export function areaLabel(packs: PackRegistry, packId: string, area: string): Text | undefined {
  return latestVersion(packs, packId)?.content.catalogues.areas.find((a) => a.id === area)?.name;
}

/** A VSIC code with its name when the pack's catalogue has it. */
export function sectorLabel(version: PackVersion | undefined, code: string): Text | undefined {
  return version?.content.catalogues.sectors.find((s) => s.code === code)?.name;
}
