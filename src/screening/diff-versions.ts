/**
 * What differs between two versions of a pack, computed from their content — so "what changed
 * since version X" never depends on an author remembering to write it down. The declared
 * `meta.changes` say why; this says exactly what.
 */
import { canonicalJson } from './canonical-json.js';
import type { Text } from './i18n.js';
import type { Criterion, PackContent, Parameter, SectorList } from './pack-schema.js';

export type ItemChange = 'added' | 'removed' | 'changed';

export type CriterionDiff = {
  id: string;
  change: ItemChange;
  title: Text;
  /** For a changed criterion: whether only its texts or basis changed (its judgement did not). */
  wordingOnly?: boolean;
};

export type ParameterValueStep = { from: string; value: number | boolean };

export type ParameterDiff = {
  id: string;
  change: ItemChange;
  unit: string;
  description: Text;
  before: ParameterValueStep[];
  after: ParameterValueStep[];
};

export type SectorListDiff = {
  id: string;
  change: ItemChange;
  name: Text;
  added: string[];
  removed: string[];
};

export type VersionDiff = {
  from: string;
  to: string;
  criteria: CriterionDiff[];
  parameters: ParameterDiff[];
  sectorLists: SectorListDiff[];
  bandsChanged: boolean;
  areasChanged: boolean;
  parksChanged: boolean;
  sourcesAdded: string[];
  sourcesRemoved: string[];
};

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** A criterion without its texts: what decides its outcome and points. */
function judgementOf(c: Criterion) {
  return {
    kind: c.kind,
    applies: c.applies ?? null,
    rules: c.rules.map((r) => ({ outcome: r.outcome, points: r.points ?? null, when: r.when })),
    otherwise: c.otherwise.outcome,
    bonus: c.bonus ?? false,
  };
}

function byId<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/** Items of `before` and `after` paired by id, in `after`'s order then the removed ones. */
function pair<T>(before: Map<string, T>, after: Map<string, T>) {
  const ids = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))];
  return ids.map((id) => ({ id, a: before.get(id), b: after.get(id) }));
}

function diffCriteria(before: readonly Criterion[], after: readonly Criterion[]): CriterionDiff[] {
  const out: CriterionDiff[] = [];
  for (const { id, a, b } of pair(
    byId(before, (c) => c.id),
    byId(after, (c) => c.id),
  )) {
    if (!a && b) out.push({ id, change: 'added', title: b.title });
    else if (a && !b) out.push({ id, change: 'removed', title: a.title });
    else if (a && b && !same(a, b))
      out.push({
        id,
        change: 'changed',
        title: b.title,
        wordingOnly: same(judgementOf(a), judgementOf(b)),
      });
  }
  return out;
}

const steps = (p: Parameter | undefined): ParameterValueStep[] =>
  p ? p.values.map((v) => ({ from: v.from, value: v.value })) : [];

function diffParameters(
  before: Record<string, Parameter>,
  after: Record<string, Parameter>,
): ParameterDiff[] {
  const out: ParameterDiff[] = [];
  const pairs = pair(new Map(Object.entries(before)), new Map(Object.entries(after)));
  for (const { id, a, b } of pairs) {
    const p = (b ?? a) as Parameter;
    const change: ItemChange | null = !a ? 'added' : !b ? 'removed' : null;
    // A parameter whose dated values are the same did not change, whatever its texts say.
    if (change === null && same(steps(a), steps(b)) && a?.unit === b?.unit) continue;
    out.push({
      id,
      change: change ?? 'changed',
      unit: p.unit,
      description: p.description,
      before: steps(a),
      after: steps(b),
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

function diffSectorLists(
  before: readonly SectorList[],
  after: readonly SectorList[],
): SectorListDiff[] {
  const out: SectorListDiff[] = [];
  for (const { id, a, b } of pair(
    byId(before, (l) => l.id),
    byId(after, (l) => l.id),
  )) {
    const was = new Set(a?.prefixes ?? []);
    const is = new Set(b?.prefixes ?? []);
    const added = [...is].filter((p) => !was.has(p)).sort();
    const removed = [...was].filter((p) => !is.has(p)).sort();
    const change: ItemChange | null = !a ? 'added' : !b ? 'removed' : null;
    if (change === null && added.length === 0 && removed.length === 0) continue;
    out.push({
      id,
      change: change ?? 'changed',
      name: (b ?? a)?.name as Text,
      added,
      removed,
    });
  }
  return out;
}

export function diffVersions(before: PackContent, after: PackContent): VersionDiff {
  const docs = (c: PackContent) => new Set(c.meta.sources.map((s) => s.doc));
  const was = docs(before);
  const is = docs(after);
  return {
    from: before.meta.version,
    to: after.meta.version,
    criteria: diffCriteria(before.criteria, after.criteria),
    parameters: diffParameters(before.parameters, after.parameters),
    sectorLists: diffSectorLists(before.catalogues.sectorLists, after.catalogues.sectorLists),
    bandsChanged:
      !same(before.meta.bands, after.meta.bands) ||
      !same(before.meta.ineligibleBand, after.meta.ineligibleBand),
    areasChanged: !same(before.catalogues.areas, after.catalogues.areas),
    parksChanged: !same(before.catalogues.parks, after.catalogues.parks),
    sourcesAdded: [...is].filter((d) => !was.has(d)),
    sourcesRemoved: [...was].filter((d) => !is.has(d)),
  };
}

/** The declared changes of every version after `since` up to and including `until`, newest first. */
export function declaredChangesSince(
  versions: readonly PackContent[],
  since: string,
  until: string,
) {
  const ordered = [...versions].sort((a, b) =>
    a.meta.effectiveFrom === b.meta.effectiveFrom
      ? compareSemver(a.meta.version, b.meta.version)
      : a.meta.effectiveFrom < b.meta.effectiveFrom
        ? -1
        : 1,
  );
  const start = ordered.findIndex((v) => v.meta.version === since);
  const end = ordered.findIndex((v) => v.meta.version === until);
  if (start < 0 || end < 0 || end <= start) return [];
  return ordered
    .slice(start + 1, end + 1)
    .reverse()
    .map((v) => ({
      version: v.meta.version,
      effectiveFrom: v.meta.effectiveFrom,
      changes: v.meta.changes ?? [],
    }));
}

export function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
