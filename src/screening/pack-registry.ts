/**
 * The pack versions the service knows, and the choice of the one in force on a date — by the
 * date, never by the clock. Each version's engines are compiled once, when it is added.
 */
import { compileEngine, type Engine } from './compile-pack.js';
import type { PackContent } from './pack-schema.js';
import { segmentStartFor, segmentStarts } from './parameters.js';

export type PackVersion = {
  content: PackContent;
  hash: string;
  segments: string[];
  engines: ReadonlyMap<string, Engine>;
};

export function compileVersion(content: PackContent, hash: string): PackVersion {
  const segments = segmentStarts(content);
  const engines = new Map(segments.map((start) => [start, compileEngine(content, hash, start)]));
  return { content, hash, segments, engines };
}

export function engineOn(version: PackVersion, date: string): Engine {
  return version.engines.get(segmentStartFor(version.segments, date)) as Engine;
}

export class PackRegistry {
  readonly #byPack = new Map<string, PackVersion[]>();

  constructor(
    versions: readonly PackVersion[],
    readonly defaultPackId: string,
  ) {
    for (const v of versions) this.add(v);
  }

  add(version: PackVersion): void {
    const list = this.#byPack.get(version.content.meta.id) ?? [];
    const kept = list.filter((v) => v.content.meta.version !== version.content.meta.version);
    kept.push(version);
    kept.sort((a, b) => (a.content.meta.effectiveFrom < b.content.meta.effectiveFrom ? -1 : 1));
    this.#byPack.set(version.content.meta.id, kept);
  }

  packIds(): string[] {
    return [...this.#byPack.keys()].sort();
  }

  versionsOf(packId: string): readonly PackVersion[] {
    return this.#byPack.get(packId) ?? [];
  }

  version(packId: string, version: string): PackVersion | undefined {
    return this.versionsOf(packId).find((v) => v.content.meta.version === version);
  }

  /** The version in force on `date`: the latest that started on or before it and had not ended. */
  inForce(packId: string, date: string): PackVersion | undefined {
    let found: PackVersion | undefined;
    for (const v of this.versionsOf(packId)) {
      const m = v.content.meta;
      if (m.effectiveFrom <= date && (!m.effectiveTo || date <= m.effectiveTo)) found = v;
    }
    return found;
  }
}
