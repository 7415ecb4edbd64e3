/**
 * The public view of a pack version on a date: what a client needs to read the criteria and build a
 * valid proposal without reading code. Built from the compiled engine, so the thresholds and points
 * shown are exactly the ones a screening on that date uses.
 */
import type { Text } from './i18n.js';
import { engineOn, type PackVersion } from './pack-registry.js';
import type {
  Basis,
  BasisKind,
  CriterionKind,
  PackMeta,
  Parameter,
  Verification,
} from './pack-schema.js';
import { parameterValueAt } from './parameters.js';

export type PublishedThreshold = {
  id: string;
  description: Text;
  value: number | boolean;
  unit: Parameter['unit'];
  kind: BasisKind;
  verification: Verification;
  basis: Basis[];
};

export type PublishedCriterion = {
  id: string;
  kind: CriterionKind;
  title: Text;
  asks: Text;
  basis: Basis[];
  maxPoints: number;
  thresholds: PublishedThreshold[];
  rules: { outcome: 'pass' | 'partial' | 'fail'; points: number }[];
  otherwise: { outcome: 'pass' | 'fail' };
};

export type PublishedParameter = {
  id: string;
  description: Text;
  unit: Parameter['unit'];
  kind: BasisKind;
  verification: Verification;
  /** The value in force on the publication date; null when the parameter starts later. */
  value: number | boolean | null;
  values: { from: string; value: number | boolean; basis: Basis[]; note: Text | null }[];
};

export type PublishedBand = {
  id: string;
  label: Text;
  minScore: number;
  requiresAny: { criterion: string; outcomes: ('pass' | 'partial')[] }[];
  description: Text;
};

export type PublishedChange = {
  kind: 'added' | 'changed' | 'removed' | 'notice';
  what: Text;
  /** Criteria affected; a removed criterion is named by its id in the previous version. */
  criteria: string[];
  parameters: string[];
  /** Submission dates the change affects; `to` is null when it holds until a later version. */
  datesAffected: { from: string; to: string | null };
  basis: Basis[];
};

export type PublishedPack = {
  id: string;
  version: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  hash: string;
  /** The date the parameter values below are taken on. */
  asOf: string;
  title: Text;
  description: Text;
  transition: Text | null;
  /** An example pack, not a real jurisdiction's criteria. */
  illustrative: boolean;
  /** What changed from the previous version, for which dates; empty for a first version. */
  changes: PublishedChange[];
  jurisdiction: { id: string; country: string; name: Text; timeZone: string; note: Text | null };
  authority: { name: Text; note: Text | null };
  sources: {
    doc: string;
    date: string;
    title: Text;
    url: string | null;
    verification: Verification;
  }[];
  target: {
    amount: number;
    unit: PackMeta['target']['unit'];
    measure: PackMeta['target']['measure'];
    period: { from: string; to: string };
    kind: BasisKind;
    verification: Verification;
    basis: Basis[];
    description: Text;
  };
  criteria: PublishedCriterion[];
  parameters: PublishedParameter[];
  /** Best first, as the engine assigns them. */
  bands: PublishedBand[];
  ineligibleBand: { id: string; label: Text; description: Text };
  catalogues: {
    areas: { id: string; name: Text; tags: string[] }[];
    parks: {
      id: string;
      name: Text;
      area: string | null;
      kind: 'park' | 'cluster';
      areaHa: number | null;
      status: 'operating' | 'under_construction' | 'planned' | 'unknown';
      verification: Verification;
    }[];
    sectors: { code: string; level: 1 | 2 | 4; parent: string | null; name: Text }[];
    sectorLists: {
      id: string;
      name: Text;
      prefixes: string[];
      kind: BasisKind;
      verification: Verification;
      basis: Basis[];
    }[];
  };
};

/** `asOf` must fall within the version's effective dates (the caller chooses the version by it). */
export function publishPack(version: PackVersion, asOf: string): PublishedPack {
  const engine = engineOn(version, asOf);
  const { meta, parameters, catalogues } = version.content;
  const threshold = (id: string, value: number | boolean): PublishedThreshold => {
    const p = parameters[id] as Parameter;
    return {
      id,
      description: p.description,
      value,
      unit: p.unit,
      kind: p.kind,
      verification: p.verification,
      basis: parameterValueAt(p, asOf)?.basis ?? [],
    };
  };
  const minScores = new Map(engine.bands.map((b) => [b.id, b.minScore]));

  return {
    id: meta.id,
    version: meta.version,
    effectiveFrom: meta.effectiveFrom,
    effectiveTo: meta.effectiveTo ?? null,
    hash: version.hash,
    asOf,
    title: meta.title,
    description: meta.description,
    transition: meta.transition ?? null,
    illustrative: meta.illustrative ?? false,
    changes: (meta.changes ?? []).map((c) => ({
      kind: c.kind,
      what: c.what,
      criteria: c.criteria,
      parameters: c.parameters ?? [],
      datesAffected: { from: c.datesAffected.from, to: c.datesAffected.to ?? null },
      basis: c.basis ?? [],
    })),
    jurisdiction: {
      id: meta.jurisdiction.id,
      country: meta.jurisdiction.country,
      name: meta.jurisdiction.name,
      timeZone: meta.jurisdiction.timeZone,
      note: meta.jurisdiction.note ?? null,
    },
    authority: { name: meta.authority.name, note: meta.authority.note ?? null },
    sources: meta.sources.map((s) => ({
      doc: s.doc,
      date: s.date,
      title: s.title,
      url: s.url ?? null,
      verification: s.verification,
    })),
    target: {
      amount: meta.target.amount,
      unit: meta.target.unit,
      measure: meta.target.measure,
      period: { from: meta.target.from, to: meta.target.to },
      kind: meta.target.kind,
      verification: meta.target.verification,
      basis: meta.target.basis,
      description: meta.target.description,
    },
    criteria: engine.criteria.map((c) => ({
      id: c.def.id,
      kind: c.kind,
      title: c.title,
      asks: c.def.asks,
      basis: c.basis,
      maxPoints: c.maxPoints,
      thresholds: c.thresholds.map((t) => threshold(t.id, t.value)),
      rules: c.rules.map((r) => ({ outcome: r.outcome, points: r.points })),
      otherwise: { outcome: c.otherwise.outcome },
    })),
    parameters: Object.entries(parameters).map(([id, p]) => ({
      id,
      description: p.description,
      unit: p.unit,
      kind: p.kind,
      verification: p.verification,
      value: parameterValueAt(p, asOf)?.value ?? null,
      values: p.values.map((v) => ({
        from: v.from,
        value: v.value,
        basis: v.basis,
        note: v.note ?? null,
      })),
    })),
    bands: meta.bands.map((b) => ({
      id: b.id,
      label: b.label,
      minScore: minScores.get(b.id) as number,
      requiresAny: b.requiresAny ?? [],
      description: b.description,
    })),
    ineligibleBand: meta.ineligibleBand,
    catalogues: {
      areas: catalogues.areas.map((a) => ({ id: a.id, name: a.name, tags: a.tags })),
      parks: catalogues.parks.map((p) => ({
        id: p.id,
        name: p.name,
        area: p.area,
        kind: p.kind,
        areaHa: p.areaHa,
        status: p.status,
        verification: p.verification,
      })),
      sectors: catalogues.sectors.map((s) => ({
        code: s.code,
        level: s.level,
        parent: s.parent,
        name: s.name,
      })),
      sectorLists: catalogues.sectorLists.map((l) => ({
        id: l.id,
        name: l.name,
        prefixes: l.prefixes,
        kind: l.kind,
        verification: l.verification,
        basis: l.basis,
      })),
    },
  };
}
