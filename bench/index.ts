/**
 * `npm run bench`: the performance figures recorded in the README (not part of `npm test`), and
 * last a summary table of every figure against its goal.
 * `npm run bench -- [count] [--only PARTS] [--entries N] [--applications N] [--batch-rows N]
 * [--differential N]`, PARTS a comma-separated choice of:
 * - engine: full screenings and evaluations of `count` generated proposals (default 100,000);
 * - fdi, applications: the FDI ledger (`--entries`, 1M) and the officers' list (`--applications`,
 *   100k) on scratch databases; simulation: a draft pack over every application;
 * - http: the real server loaded with autocannon, against a hello-world route, with its memory;
 * - batch: `screen-batch` on `--batch-rows` (1M) generated rows with 1 and 2 workers to a CSV
 *   summary, and on a tenth of them with 2 workers to JSON Lines of full results;
 * - differential: the compiled evaluator against json-rules-engine on `--differential` (100k)
 *   generated proposals per pack version.
 * Databases: PGlite in memory, and PostgreSQL too when BENCH_DATABASE_URL names a server (a
 * database is created there for the run and dropped after).
 */
import { parseArgs } from 'node:util';
import { repoPacks } from '../test/support/packs.js';
import { loadApplications } from './application-data.js';
import { benchApplicationList } from './applications.js';
import { benchBatch, printBatch } from './batch.js';
import { pgliteScratch, postgresScratch, type Scratch } from './database.js';
import { benchDifferential, printDifferential } from './differential.js';
import { benchEngine } from './engine.js';
import { benchFdi, benchProgressWithPipeline, PROGRESS_BUDGET_MS } from './fdi.js';
import { benchHttpPglite, benchHttpPostgres, printHttp } from './http.js';
import { type LedgerLoad, loadLedger } from './ledger-data.js';
import { printTable, type Row } from './measure.js';
import { benchSimulation, printSimulation } from './simulation.js';
import {
  batchGoals,
  differentialGoal,
  engineGoals,
  type GoalLine,
  httpGoals,
  listGoal,
  printGoals,
  progressGoal,
  simulationGoal,
} from './summary.js';

const PARTS = [
  'engine',
  'fdi',
  'applications',
  'simulation',
  'http',
  'differential',
  'batch',
] as const;
type Part = (typeof PARTS)[number];

const { values, positionals } = parseArgs({
  options: {
    only: { type: 'string' },
    entries: { type: 'string', default: '1000000' },
    applications: { type: 'string', default: '100000' },
    differential: { type: 'string', default: '100000' },
    'batch-rows': { type: 'string', default: '1000000' },
  },
  allowPositionals: true,
});
const only = (values.only ?? PARTS.join(',')).split(',');
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length > 0)
  throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
const parts = new Set(only as Part[]);
const count = Number(positionals[0] ?? 100_000);
const entries = Number(values.entries);
const applicationRows = Number(values.applications);
const differentialCount = Number(values.differential);
const fmt = (n: number) => n.toLocaleString('en');

console.log(`Node ${process.version}, one core`);
/** Every part's figures against the goals, printed last. */
const goals: GoalLine[] = [];

async function engine(): Promise<void> {
  console.log(`\n${fmt(count)} generated proposals`);
  const rows = await benchEngine(count);
  printTable('Engine', rows);
  // The ratios and budgets are in the summary at the end.
  goals.push(...engineGoals(rows));
}

/**
 * The ledger first, so progress is timed on the ledger alone; then the applications, the list over
 * them, and progress once more with them all in its pipeline.
 */
async function onDatabase(scratch: Scratch): Promise<void> {
  const { registry } = await repoPacks();
  const content = registry.versionsOf(registry.defaultPackId).at(-1)?.content;
  if (!content) throw new Error('the default pack has no version');
  const fdiRows: Row[] = [];
  let ledger: LedgerLoad | undefined;
  if (parts.has('fdi')) {
    ledger = await loadLedger(scratch, content, entries);
    fdiRows.push(...(await benchFdi(scratch, registry)));
  }
  if (parts.has('applications')) {
    const load = await loadApplications(scratch, content, applicationRows);
    const list = await benchApplicationList(scratch, registry);
    printTable(
      `Officers' application list — ${scratch.label}: ${fmt(load.rows)} applications, loaded in ${load.seconds.toFixed(1)} s`,
      list,
    );
    goals.push(listGoal(scratch.label, load.rows, list));
    if (ledger) fdiRows.push(await benchProgressWithPipeline(scratch, registry, load.rows));
  }
  if (!ledger) return;
  printTable(
    `FDI ledger — ${scratch.label}: ${fmt(ledger.entries)} entries (${fmt(ledger.official)} official statistics, ${fmt(ledger.applications)} application entries), loaded in ${ledger.seconds.toFixed(1)} s`,
    fdiRows,
  );
  const progress = fdiRows.filter((r) => r.name.startsWith('fdiProgress'));
  goals.push(progressGoal(scratch.label, ledger.entries, progress));
  const verdict = progress.map(
    (r) =>
      `${(r.p99Us / 1000).toFixed(1)} ms ${r.p99Us < PROGRESS_BUDGET_MS * 1000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `\nBudget: fdiProgress p99 under ${PROGRESS_BUDGET_MS} ms with ${fmt(ledger.entries)} entries → ${verdict.join('; ')} (rows in table order)`,
  );
}

if (parts.has('engine')) await engine();
// screen-batch through the real command line: rows/s and peak memory with 1 and 2 workers.
if (parts.has('batch')) {
  const rows = await benchBatch(Number(values['batch-rows']));
  printBatch(rows);
  goals.push(...batchGoals(rows));
}
/** Runs one part on a scratch database of its own, dropped afterwards whatever happens. */
async function onScratch(open: () => Promise<Scratch>, work: (s: Scratch) => Promise<void>) {
  const scratch = await open();
  try {
    await work(scratch);
  } finally {
    await scratch.drop();
  }
}

if (parts.has('fdi') || parts.has('applications') || parts.has('simulation')) {
  const databases: (() => Promise<Scratch>)[] = [pgliteScratch];
  const url = process.env.BENCH_DATABASE_URL;
  if (url) databases.push(() => postgresScratch(url));
  else console.log('\n(BENCH_DATABASE_URL is not set: PGlite only.)');
  for (const open of databases) {
    if (parts.has('fdi') || parts.has('applications')) await onScratch(open, onDatabase);
    // Its own database: the simulation needs screenings, which the list benchmark does without.
    if (parts.has('simulation')) {
      const { registry } = await repoPacks();
      await onScratch(open, async (scratch) => {
        const figures = await benchSimulation(scratch, registry, applicationRows);
        printSimulation(figures);
        goals.push(simulationGoal(figures));
      });
    }
  }
}

if (parts.has('http')) {
  const results = [await benchHttpPglite()];
  const url = process.env.BENCH_DATABASE_URL;
  if (url) results.push(await benchHttpPostgres(url));
  printHttp(results);
  goals.push(...httpGoals(results));
}

if (parts.has('differential')) {
  const rows = await benchDifferential(differentialCount);
  printDifferential(rows);
  goals.push(differentialGoal(rows, differentialCount));
}

printGoals(goals);
