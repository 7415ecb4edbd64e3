/**
 * A draft pack simulated over every stored application: 100,000 applications with their submission
 * screenings, a draft raising the localisation rate for full points from 40 to 50 %, and the time
 * `simulateVersion` takes to compare them all. The budget: under 30 s (stretch: 10 s).
 */
import type { ServiceContext } from '../src/applications/context.js';
import { simulateVersion } from '../src/packs/simulate-version.js';
import { syncPackVersions } from '../src/packs/stored-versions.js';
import type { PackRegistry } from '../src/screening/pack-registry.js';
import { storeDraft } from '../test/support/draft-pack.js';
import { loadApplications } from './application-data.js';
import { loadProgress, type Scratch } from './database.js';

export const SIMULATION_BUDGET_S = 30;
export const SIMULATION_STRETCH_S = 10;

export type SimulationFigures = {
  label: string;
  applications: number;
  loadSeconds: number;
  seconds: number;
  /** CPU time this process got meanwhile: on a shared machine, wall time alone misleads. */
  cpuSeconds: number;
  perSecond: number;
  changed: number;
  up: number;
  down: number;
};

export async function benchSimulation(
  scratch: Scratch,
  packs: PackRegistry,
  rows: number,
): Promise<SimulationFigures> {
  const version = packs.versionsOf(packs.defaultPackId).at(-1);
  if (!version) throw new Error('the default pack has no version');
  const load = await loadApplications(scratch, version.content, rows, { screenings: true });
  const db = scratch.handle.db;
  await syncPackVersions(db, packs, 'bench');
  await storeDraft(db, version.content, '1.1.0-bench', { 'localisation.fullPct': 50 });
  const ctx: ServiceContext = {
    db,
    packs,
    actor: { role: 'admin', name: 'bench' },
    clock: () => new Date(),
  };
  const progress = loadProgress(`  ${scratch.label}: simulated`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { summary } = await simulateVersion(
    ctx,
    { packId: packs.defaultPackId, version: '1.1.0-bench' },
    { onProgress: progress },
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (summary.applications.compared !== rows)
    throw new Error(`compared ${summary.applications.compared} of ${rows} applications`);
  if (summary.applications.changed === 0)
    throw new Error('the draft changes nothing: the bench data is wrong');
  return {
    label: scratch.label,
    applications: summary.applications.compared,
    loadSeconds: load.seconds,
    seconds,
    cpuSeconds,
    perSecond: summary.applications.compared / seconds,
    changed: summary.applications.changed,
    up: summary.bands.up.applications,
    down: summary.bands.down.applications,
  };
}

export function printSimulation(f: SimulationFigures): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  const verdict =
    f.seconds < SIMULATION_STRETCH_S
      ? `met, stretch ${SIMULATION_STRETCH_S} s met too`
      : f.seconds < SIMULATION_BUDGET_S
        ? `met (stretch ${SIMULATION_STRETCH_S} s not met)`
        : 'NOT met';
  console.log(
    `\nDraft simulation — ${f.label}: ${fmt(f.applications)} applications with screenings, loaded in ${f.loadSeconds.toFixed(1)} s`,
  );
  console.log(
    '| measure | applications | seconds | CPU seconds (this process) | per second | changed | band up | band down |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| simulateVersion, localisation 40 → 50 % | ${fmt(f.applications)} | ${f.seconds.toFixed(2)} | ${f.cpuSeconds.toFixed(2)} | ${fmt(f.perSecond)} | ${fmt(f.changed)} | ${fmt(f.up)} | ${fmt(f.down)} |`,
  );
  console.log(`\nBudget: under ${SIMULATION_BUDGET_S} s → ${f.seconds.toFixed(2)} s, ${verdict}`);
}
