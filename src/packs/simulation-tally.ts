/**
 * The summary of a simulation, added up one compared application at a time in constant memory:
 * band moves with the capital they carry, eligibility, review, the spread of score changes, the
 * criteria responsible, and the undecided capital each band gains or loses (for the pipeline).
 */
import { money } from '../fdi/progress.js';
import type { Comparison, Direction } from './simulation-compare.js';

/** Score changes in points of the 0–100 score: below zero [min, max), zero, above zero (min, max]. */
const EDGES = [-100, -20, -10, -5, 0, 5, 10, 20, 100] as const;

export type DeltaBucket = { min: number; max: number; applications: number };

export type Transition = {
  from: string;
  to: string;
  direction: Direction;
  applications: number;
  capitalUsd: number;
};

export type CriterionTally = {
  id: string;
  /** Applications that earn more points on it, and fewer. */
  gained: number;
  lost: number;
  pointsGained: number;
  pointsLost: number;
  netPoints: number;
  /** Applications whose outcome on it changes (with or without points). */
  outcomeChanged: number;
};

export type PipelineMove = { band: string; applications: number; capitalUsd: number };

/** Two decimals, halves away from zero: a mean fall of 3.375 reads −3.38, as a rise reads +3.38. */
function roundHalfAway(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100 || 0;
}

function emptyBuckets(): DeltaBucket[] {
  const out: DeltaBucket[] = [];
  for (let i = 0; i < EDGES.length - 1; i++) {
    const min = EDGES[i] as number;
    const max = EDGES[i + 1] as number;
    if (max === 0) {
      out.push({ min, max, applications: 0 });
      out.push({ min: 0, max: 0, applications: 0 });
    } else out.push({ min, max, applications: 0 });
  }
  return out;
}

function bucketOf(delta: number): number {
  if (delta === 0) return EDGES.indexOf(0);
  if (delta < 0) {
    for (let i = EDGES.indexOf(0) - 1; i >= 0; i--) if (delta >= (EDGES[i] as number)) return i;
    return 0;
  }
  for (let i = EDGES.indexOf(0) + 1; i < EDGES.length; i++)
    if (delta <= (EDGES[i] as number)) return i;
  return EDGES.length - 1;
}

export class SimulationTally {
  compared = 0;
  changed = 0;
  #up = { applications: 0, capitalUsd: 0 };
  #down = { applications: 0, capitalUsd: 0 };
  #transitions = new Map<string, Transition>();
  #eligibility = { gained: 0, lost: 0 };
  #review = { added: 0, removed: 0 };
  #score = { increased: 0, decreased: 0, unchanged: 0, sum: 0, min: 0, max: 0 };
  #buckets = emptyBuckets();
  #criteria = new Map<string, CriterionTally>();
  #pipeline = new Map<string, PipelineMove>();

  add(c: Comparison, capitalUsd: number, undecided: boolean): void {
    this.compared++;
    if (c.changed) this.changed++;
    if (c.band.from !== c.band.to) {
      const side = c.band.direction === 'down' ? this.#down : this.#up;
      side.applications++;
      side.capitalUsd += capitalUsd;
      const key = `${c.band.from}\u0000${c.band.to}`;
      const t = this.#transitions.get(key) ?? {
        from: c.band.from,
        to: c.band.to,
        direction: c.band.direction,
        applications: 0,
        capitalUsd: 0,
      };
      t.applications++;
      t.capitalUsd += capitalUsd;
      this.#transitions.set(key, t);
      // Undecided capital follows its application to the new band; decided capital stays put.
      if (undecided) {
        this.#move(c.band.from, -1, -capitalUsd);
        this.#move(c.band.to, 1, capitalUsd);
      }
    }
    if (c.eligible.from !== c.eligible.to) this.#eligibility[c.eligible.to ? 'gained' : 'lost']++;
    if (c.reviewRequired.from !== c.reviewRequired.to)
      this.#review[c.reviewRequired.to ? 'added' : 'removed']++;
    const d = c.score.delta;
    const s = this.#score;
    if (d > 0) s.increased++;
    else if (d < 0) s.decreased++;
    else s.unchanged++;
    s.sum += d;
    if (this.compared === 1 || d < s.min) s.min = d;
    if (this.compared === 1 || d > s.max) s.max = d;
    (this.#buckets[bucketOf(d)] as DeltaBucket).applications++;
    for (const k of c.criteria) {
      const t = this.#criteria.get(k.id) ?? {
        id: k.id,
        gained: 0,
        lost: 0,
        pointsGained: 0,
        pointsLost: 0,
        netPoints: 0,
        outcomeChanged: 0,
      };
      if (k.points.delta > 0) {
        t.gained++;
        t.pointsGained += k.points.delta;
      } else if (k.points.delta < 0) {
        t.lost++;
        t.pointsLost -= k.points.delta;
      }
      t.netPoints += k.points.delta;
      if (k.outcome.from !== k.outcome.to) t.outcomeChanged++;
      this.#criteria.set(k.id, t);
    }
  }

  #move(band: string, applications: number, capitalUsd: number): void {
    const m = this.#pipeline.get(band) ?? { band, applications: 0, capitalUsd: 0 };
    m.applications += applications;
    m.capitalUsd += capitalUsd;
    this.#pipeline.set(band, m);
  }

  /** Undecided applications and capital each band gains (positive) or loses (negative). */
  pipelineMoves(): PipelineMove[] {
    return [...this.#pipeline.values()];
  }

  /** The figures, ordered for reading: transitions by band order, criteria by points moved. */
  result(bandOrder: readonly string[]) {
    const rank = (band: string) => {
      const i = bandOrder.indexOf(band);
      return i < 0 ? bandOrder.length : i;
    };
    const s = this.#score;
    return {
      bands: {
        changed: this.#up.applications + this.#down.applications,
        up: { applications: this.#up.applications, capitalUsd: money(this.#up.capitalUsd) },
        down: { applications: this.#down.applications, capitalUsd: money(this.#down.capitalUsd) },
        order: [...bandOrder],
        transitions: [...this.#transitions.values()]
          .map((t) => ({ ...t, capitalUsd: money(t.capitalUsd) }))
          .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to)),
      },
      eligibility: { ...this.#eligibility },
      review: { ...this.#review },
      scoreDelta: {
        increased: s.increased,
        decreased: s.decreased,
        unchanged: s.unchanged,
        mean: this.compared > 0 ? roundHalfAway(s.sum / this.compared) : 0,
        min: s.min,
        max: s.max,
        buckets: this.#buckets.map((b) => ({ ...b })),
      },
      criteria: [...this.#criteria.values()].sort(
        (a, b) =>
          b.pointsGained + b.pointsLost - (a.pointsGained + a.pointsLost) ||
          b.outcomeChanged - a.outcomeChanged ||
          (a.id < b.id ? -1 : 1),
      ),
    };
  }
}
