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

/**
 * When each version of a pack takes effect, from the activations stored in the database: entries
 * sorted by `from`; of two on the same date the later activation wins (it comes last).
 */
export type PackTimeline = readonly { version: string; from: string }[];

/** The version a timeline puts in force on `date`, if any. */
export function versionOnDate(timeline: PackTimeline, date: string): string | undefined {
  let found: string | undefined;
  for (const entry of timeline) if (entry.from <= date) found = entry.version;
  return found;
}

/**
 * Immutable once built: a change of what is in force (an activation) makes a new registry, which
 * the process swaps in whole (see src/packs/pack-holder.ts), so a screening never sees a mix.
 */
export class PackRegistry {
  readonly #byPack = new Map<string, PackVersion[]>();
  readonly #timelines = new Map<string, PackTimeline>();
  readonly #defaultPackId: string;

  constructor(
    versions: readonly PackVersion[],
    defaultPackId: string,
    /** Per pack, when its versions take effect; a pack without one falls back to content dates. */
    timelines: ReadonlyMap<string, PackTimeline> = new Map(),
  ) {
    this.#defaultPackId = defaultPackId;
    for (const v of versions) this.#add(v);
    for (const [packId, timeline] of timelines) this.#timelines.set(packId, [...timeline]);
  }

  get defaultPackId(): string {
    return this.#defaultPackId;
  }

  #add(version: PackVersion): void {
    const list = this.#byPack.get(version.content.meta.id) ?? [];
    const kept = list.filter((v) => v.content.meta.version !== version.content.meta.version);
    kept.push(version);
    kept.sort((a, b) => (a.content.meta.effectiveFrom < b.content.meta.effectiveFrom ? -1 : 1));
    this.#byPack.set(version.content.meta.id, kept);
  }

  /** A new registry with one pack's versions and timeline replaced (the others are shared). */
  withPack(packId: string, versions: readonly PackVersion[], timeline: PackTimeline): PackRegistry {
    const others = this.packIds()
      .filter((id) => id !== packId)
      .flatMap((id) => this.versionsOf(id));
    const timelines = new Map(
      this.packIds()
        .filter((id) => id !== packId)
        .flatMap((id) => {
          const t = this.timelineOf(id);
          return t ? [[id, t] as const] : [];
        }),
    );
    timelines.set(packId, timeline);
    return new PackRegistry([...others, ...versions], this.defaultPackId, timelines);
  }

  /** The immutable registry to judge one request by: this one (a live view answers its pinned one). */
  snapshot(): PackRegistry {
    return this;
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

  /** The pack's activation timeline, when it was built from the database. */
  timelineOf(packId: string): PackTimeline | undefined {
    return this.#timelines.get(packId);
  }

  /**
   * The version in force on `date`. With a timeline: the latest activation on or before the date
   * (a version's own `effectiveTo` still ends it: the content says the rules stop there). Without
   * one: the latest version that started on or before the date and had not ended.
   */
  inForce(packId: string, date: string): PackVersion | undefined {
    const timeline = this.timelineOf(packId);
    if (timeline) {
      const name = versionOnDate(timeline, date);
      const v = name === undefined ? undefined : this.version(packId, name);
      const to = v?.content.meta.effectiveTo;
      return v && (!to || date <= to) ? v : undefined;
    }
    let found: PackVersion | undefined;
    for (const v of this.versionsOf(packId)) {
      const m = v.content.meta;
      if (m.effectiveFrom <= date && (!m.effectiveTo || date <= m.effectiveTo)) found = v;
    }
    return found;
  }
}
