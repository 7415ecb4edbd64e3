/**
 * The run's figures against the issues' goals, printed last as one table: each part of the bench
 * adds its lines as it finishes, so a partial run (`--only`) summarises what it measured.
 */
import type { BatchRow } from './batch.js';
import type { DifferentialRow } from './differential.js';
import { PROGRESS_BUDGET_MS } from './fdi.js';
import type { HttpResult, HttpRow } from './http.js';
import type { Row } from './measure.js';
import { SIMULATION_STRETCH_S, type SimulationFigures } from './simulation.js';

/** One line of the summary; `met` is null where the issue asks for the figure but sets no goal. */
export type GoalLine = { measure: string; figure: string; goal: string; met: boolean | null };

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function engineGoals(rows: readonly Row[]): GoalLine[] {
  const by = (prefix: string) => rows.find((r) => r.name.startsWith(prefix)) as Row;
  const full = by('full screening');
  const compiled = by('compiled evaluation, all');
  const jre = by('json-rules-engine');
  const four = by('compiled evaluation, 4');
  const plain = by('hand-written');
  const vsJre = compiled.perSecond / jre.perSecond;
  const ofPlain = four.perSecond / plain.perSecond;
  return [
    {
      measure: 'compiled evaluation vs json-rules-engine, all criteria',
      figure: `${fmt(vsJre, 1)}×`,
      goal: '≥ 20× (issue 7)',
      met: vsJre >= 20,
    },
    {
      measure: 'compiled evaluation vs hand-written function, 4 criteria',
      figure: `${fmt(ofPlain * 100)} % of its rate`,
      goal: '≥ 25 % (issue 7)',
      met: ofPlain >= 0.25,
    },
    {
      measure: 'full screening, one core',
      figure: `${fmt(full.perSecond)}/s`,
      goal: '≥ 50,000/s (issue 7)',
      met: full.perSecond >= 50_000,
    },
    {
      measure: 'full screening, one core, latency',
      figure: `p50 ${fmt(full.p50Us, 1)} µs, p99 ${fmt(full.p99Us, 1)} µs`,
      goal: 'p99 < 2 ms and ≥ 2,000/s (issue 2)',
      met: full.p99Us < 2000 && full.perSecond >= 2000,
    },
  ];
}

export function batchGoals(rows: readonly BatchRow[]): GoalLine[] {
  return rows.map((r) => {
    const measure = `screen-batch, ${fmt(r.rows)} rows, ${r.output === 'csv' ? 'CSV summary' : 'JSON Lines of full results'}, ${r.workers} worker${r.workers > 1 ? 's' : ''}`;
    const figure = `${fmt(r.seconds, 1)} s (${fmt(r.perSecond)} rows/s), peak RSS ${fmt(r.peakRssMb)} MB`;
    // The goal is for a million rows on both cores; other runs are reported without a verdict.
    if (r.rows === 1_000_000 && r.workers >= 2 && r.output === 'csv')
      return { measure, figure, goal: '1M under 60 s (issue 7)', met: r.seconds < 60 };
    return { measure, figure, goal: '—', met: null };
  });
}

export function progressGoal(label: string, entries: number, progress: readonly Row[]): GoalLine {
  const worst = Math.max(...progress.map((r) => r.p99Us)) / 1000;
  return {
    measure: `fdiProgress with ${fmt(entries)} ledger entries, ${label}, slowest p99`,
    figure: `${fmt(worst, 1)} ms`,
    goal: `< ${PROGRESS_BUDGET_MS} ms with 1M entries (issue 4)`,
    met: entries >= 1_000_000 ? worst < PROGRESS_BUDGET_MS : null,
  };
}

export function listGoal(label: string, applications: number, rows: readonly Row[]): GoalLine {
  const p50 = Math.max(...rows.map((r) => r.p50Us)) / 1000;
  const p99 = Math.max(...rows.map((r) => r.p99Us)) / 1000;
  return {
    measure: `officers' list with ${fmt(applications)} applications, ${label}, slowest query`,
    figure: `p50 ${fmt(p50, 1)} ms, p99 ${fmt(p99, 1)} ms`,
    goal: 'p50 / p99 reported (issue 7)',
    met: null,
  };
}

export function simulationGoal(f: SimulationFigures): GoalLine {
  return {
    measure: `simulation of a draft over ${fmt(f.applications)} applications, ${f.label}`,
    figure: `${fmt(f.seconds, 2)} s`,
    goal: `100k under ${SIMULATION_STRETCH_S} s (issue 7)`,
    met: f.applications >= 100_000 ? f.seconds < SIMULATION_STRETCH_S : null,
  };
}

export function httpGoals(results: readonly HttpResult[]): GoalLine[] {
  return results.flatMap((r) => {
    const [hello, , screening] = r.rows as [HttpRow, HttpRow, HttpRow];
    const ratio = screening.requestsPerSecond / hello.requestsPerSecond;
    return [
      {
        measure: `POST /api/v1/screenings vs hello-world, ${r.label}`,
        figure: `${fmt(ratio * 100)} % (${fmt(screening.requestsPerSecond)} vs ${fmt(hello.requestsPerSecond)} req/s)`,
        goal: '≥ 50 % (issue 7)',
        met: ratio >= 0.5,
      },
      {
        measure: `server resident memory, ${r.label}`,
        figure: `${fmt(r.idleRssMiB)} MiB idle, ${fmt(r.loadRssMiB)} MiB under load`,
        goal: 'reported (issue 7)',
        met: null,
      },
    ];
  });
}

/** `perVersion`: the proposals each pack version was given (shared among its parameter periods). */
export function differentialGoal(rows: readonly DifferentialRow[], perVersion: number): GoalLine {
  const proposals = rows.reduce((n, r) => n + r.proposals, 0);
  const mismatches = rows.reduce((n, r) => n + r.mismatches, 0);
  return {
    measure: `differential, compiled vs json-rules-engine, ${rows.length} parameter periods`,
    figure: `${fmt(mismatches)} mismatches in ${fmt(proposals)} proposals`,
    goal: '0 mismatches, 100k per pack version (issue 7)',
    met: mismatches > 0 ? false : perVersion >= 100_000 ? true : null,
  };
}

export function printGoals(lines: readonly GoalLine[]): void {
  if (lines.length === 0) return;
  console.log('\nSummary: every figure against its goal');
  console.log('| measure | figure | goal | verdict |');
  console.log('| --- | --- | --- | --- |');
  for (const l of lines)
    console.log(
      `| ${l.measure} | ${l.figure} | ${l.goal} | ${l.met === null ? '—' : l.met ? 'met' : 'NOT met'} |`,
    );
}
