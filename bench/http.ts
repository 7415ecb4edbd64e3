/**
 * HTTP benchmark: `POST /api/v1/screenings` against a bare Hono hello-world route on the same
 * server (bench/http-server.ts, its own process), loaded from this process on 127.0.0.1 with
 * autocannon (50 connections, 10 s each), and the server's resident memory at idle and under load
 * — on embedded PGlite (a temporary data directory) and on PostgreSQL when a URL is given.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import postgres from 'postgres';

const ROOT = join(import.meta.dirname, '..');
const PROPOSAL = join(ROOT, 'seeds', 'proposals', 'semiconductor-plant.json');

export type HttpRow = {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
};

export type HttpResult = {
  label: string;
  rows: HttpRow[];
  /** Resident memory of the server process, MiB: after start-up, and the highest seen under load. */
  idleRssMiB: number;
  loadRssMiB: number;
};

type Server = { port: number; pid: number; stop: () => Promise<void> };

async function startServer(env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench', 'http-server.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', SEED_STATISTICS: 'false', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`bench server exited (${code}) before listening`)),
    );
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return {
    port,
    pid: child.pid as number,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** VmRSS of a process in MiB, from /proc (Linux). */
async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function load(
  name: string,
  options: autocannon.Options,
  onTick: () => void,
): Promise<HttpRow> {
  const timer = setInterval(onTick, 250);
  try {
    const r = await autocannon({ connections: 50, duration: 10, ...options });
    return {
      name,
      requestsPerSecond: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
    };
  } finally {
    clearInterval(timer);
  }
}

export async function benchHttp(label: string, env: Record<string, string>): Promise<HttpResult> {
  const body = await readFile(PROPOSAL, 'utf8');
  const server = await startServer(env);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    // A first request compiles what is compiled lazily; memory is read once the process settles.
    const first = await fetch(`${base}/api/v1/screenings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (first.status !== 200) throw new Error(`screening answered ${first.status}`);
    await new Promise((r) => setTimeout(r, 1000));
    const idleRssMiB = await rssMiB(server.pid);
    let loadRssMiB = idleRssMiB;
    const sample = () => {
      rssMiB(server.pid).then(
        (m) => {
          loadRssMiB = Math.max(loadRssMiB, m);
        },
        () => {},
      );
    };
    const hello = await load('GET /hello (bare Hono route)', { url: `${base}/hello` }, sample);
    const payload = await load(
      'POST /static-result (same body in, a stored result out)',
      {
        url: `${base}/static-result`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      },
      sample,
    );
    const screening = await load(
      'POST /api/v1/screenings',
      {
        url: `${base}/api/v1/screenings`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      },
      sample,
    );
    return { label, rows: [hello, payload, screening], idleRssMiB, loadRssMiB };
  } finally {
    await server.stop();
  }
}

/** PGlite in a temporary data directory (removed after), as `npm start` runs by default. */
export async function benchHttpPglite(): Promise<HttpResult> {
  const dir = await mkdtemp(join(tmpdir(), 'fdi-bench-http-'));
  try {
    return await benchHttp('PGlite (embedded)', { DATA_DIR: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function printHttp(results: readonly HttpResult[]): void {
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log('\nHTTP (autocannon from a second process, 127.0.0.1, 50 connections, 10 s)');
  console.log('| database | route | requests/s | p50 ms | p99 ms | non-2xx | errors |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results)
    for (const row of r.rows)
      console.log(
        `| ${r.label} | ${row.name} | ${fmt(row.requestsPerSecond)} | ${fmt(row.p50Ms, 1)} | ${fmt(row.p99Ms, 1)} | ${row.non2xx} | ${row.errors} |`,
      );
  console.log(
    '\n| database | screening / hello-world | screening / static result | server RSS idle MiB | server RSS under load MiB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const [hello, payload, screening] = r.rows as [HttpRow, HttpRow, HttpRow];
    const pct = (a: HttpRow, b: HttpRow) =>
      `${((a.requestsPerSecond / b.requestsPerSecond) * 100).toFixed(0)} %`;
    console.log(
      `| ${r.label} | ${pct(screening, hello)} (goal ≥ 50 %) | ${pct(screening, payload)} | ${fmt(r.idleRssMiB)} | ${fmt(r.loadRssMiB)} |`,
    );
  }
}

/** PostgreSQL: a database created in the server of `baseUrl` for the run, dropped after. */
export async function benchHttpPostgres(baseUrl: string): Promise<HttpResult> {
  const name = `fdi_bench_http_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    const [v] = await admin.unsafe<{ v: string }[]>(
      `select current_setting('server_version') as v`,
    );
    return await benchHttp(`PostgreSQL ${v?.v ?? ''}`, { DATABASE_URL: url.toString() });
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}
