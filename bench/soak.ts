/**
 * `npm run soak -- [--seconds N] [--concurrency N] [--database-url postgres://…]`: the real server
 * (`src/index.ts`, its own process, on 127.0.0.1 only) under mixed traffic for N seconds (default
 * 180): screenings, submissions (some retried with their Idempotency-Key), investors following
 * their receipts, officers listing, reading and deciding (a second decision must be refused with
 * 409), the FDI progress, the pages, and bad bodies (400). It reports requests by route, every
 * answer that was not the expected one, 5xx, p99 latency, the server's RSS at start, middle and
 * end, and at the end checks that every stored submission and decision is still there and that
 * SIGTERM stops the server cleanly. Exit 1 when anything unexpected was seen.
 *
 * Without a database URL the server uses embedded PGlite in a temporary directory (removed after);
 * with one (or SOAK_DATABASE_URL), that database, which must be a scratch one: the soak stores
 * applications and decisions in it.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds', 'proposals');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    concurrency: { type: 'string', default: '8' },
    'database-url': { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
if (!Number.isInteger(SECONDS) || SECONDS < 5 || SECONDS > 86_400)
  throw new Error('--seconds must be a whole number from 5 to 86400');
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY < 1 || CONCURRENCY > 256)
  throw new Error('--concurrency must be a whole number from 1 to 256');
const DATABASE_URL = values['database-url'] ?? process.env.SOAK_DATABASE_URL;

type RouteStats = { count: number; statuses: Map<number, number>; latencies: number[] };
const stats = new Map<string, RouteStats>();
const unexpected: string[] = [];
let unexpectedCount = 0;
let serverErrors = 0;

function record(route: string, status: number, ms: number, expected: readonly number[]): void {
  let s = stats.get(route);
  if (!s) {
    s = { count: 0, statuses: new Map(), latencies: [] };
    stats.set(route, s);
  }
  s.count++;
  s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
  s.latencies.push(ms);
  if (status >= 500) serverErrors++;
  if (!expected.includes(status)) {
    unexpectedCount++;
    if (unexpected.length < 20) unexpected.push(`${route}: ${status} (expected ${expected})`);
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** VmRSS of a process in MiB, from /proc (Linux). */
async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** An officer token made before the server starts (embedded PGlite admits one process at a time). */
async function officerToken(env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'token',
      'create',
      '--role',
      'officer',
      '--name',
      'Soak officer',
    ],
    { cwd: ROOT, env },
  );
  const token = stdout.trim().split('\n').at(-1)?.trim();
  if (!token) throw new Error('token create printed no token');
  return token;
}

type Server = { base: string; child: ChildProcess; tail: string[] };

async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines the server wrote (warnings and errors only at LOG_LEVEL=warn), for the report.
  const tail: string[] = [];
  const keep = (d: Buffer) => {
    tail.push(...String(d).split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${env.PORT}`;
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited: ${tail.join('\n')}`);
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, child, tail };
    await sleep(200);
  }
  child.kill('SIGTERM');
  throw new Error(`server not ready after 120 s: ${tail.join('\n')}`);
}

type Call = { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> };

async function call(
  base: string,
  route: string,
  method: string,
  path: string,
  expected: readonly number[],
  { body, raw, token, headers }: Call = {},
): Promise<{ status: number; json: () => Promise<unknown> }> {
  const all: Record<string, string> = { ...headers };
  if (body !== undefined || raw !== undefined) all['content-type'] = 'application/json';
  if (token) all.authorization = `Bearer ${token}`;
  const started = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: all,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await res.text();
    record(route, res.status, performance.now() - started, expected);
    return { status: res.status, json: async () => JSON.parse(text) as unknown };
  } catch (error) {
    // No answer at all (connection refused or reset) counts as unexpected, status 0.
    record(route, 0, performance.now() - started, expected);
    if (unexpected.length < 20) unexpected.push(`${route}: ${String(error)}`);
    return { status: 0, json: async () => null };
  }
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

type Submitted = { id: string; receipt: string; decided: boolean };

async function main(): Promise<void> {
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.json')).sort();
  const proposals = await Promise.all(
    files.map(
      async (f) => JSON.parse(await readFile(join(SEEDS, f), 'utf8')) as Record<string, unknown>,
    ),
  );
  const dataDir = DATABASE_URL ? undefined : await mkdtemp(join(tmpdir(), 'fdi-soak-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DEFAULT_PACK: process.env.DEFAULT_PACK ?? 'binh-duong-7099',
    LOG_LEVEL: 'warn',
    // High: the soak is one client sending many submissions on purpose.
    RATE_LIMIT_PER_MINUTE: '100000',
    PACK_POLL_SECONDS: '1',
    ...(DATABASE_URL ? { DATABASE_URL } : { DATA_DIR: dataDir, DATABASE_URL: '' }),
  };
  let server: Server | undefined;
  try {
    const token = await officerToken(env);
    server = await startServer(env);
    const { base, child, tail } = server;
    const pid = child.pid as number;
    const submitted: Submitted[] = [];
    let decisions = 0;

    /** A seed proposal made unique (its investor's name), so each submission is its own. */
    const fresh = () => {
      const p = structuredClone(pick(proposals));
      const investor = (p.investor ?? {}) as Record<string, unknown>;
      p.investor = { ...investor, name: `Soak ${randomUUID().slice(0, 8)} (fictional)` };
      return p;
    };

    const actions: [weight: number, run: () => Promise<void>][] = [
      [
        30,
        async () => {
          await call(base, 'POST /api/v1/screenings', 'POST', '/api/v1/screenings', [200, 400], {
            body: pick(proposals),
          });
        },
      ],
      [
        4,
        async () => {
          // A body that is not JSON: refused, never a 5xx.
          await call(base, 'POST /api/v1/screenings (bad)', 'POST', '/api/v1/screenings', [400], {
            raw: '{"project": ',
          });
        },
      ],
      [
        12,
        async () => {
          const body = fresh();
          const key = randomUUID();
          const res = await call(
            base,
            'POST /api/v1/applications',
            'POST',
            '/api/v1/applications',
            [201, 400],
            {
              body,
              headers: { 'idempotency-key': key },
            },
          );
          if (res.status !== 201) return;
          const out = (await res.json()) as { id: string; receiptToken: string };
          submitted.push({ id: out.id, receipt: out.receiptToken, decided: false });
          if (Math.random() < 0.2) {
            // A client retrying: the first answer again, nothing stored twice.
            const again = await call(
              base,
              'POST /api/v1/applications (retry)',
              'POST',
              '/api/v1/applications',
              [201],
              {
                body,
                headers: { 'idempotency-key': key },
              },
            );
            const replay = (await again.json()) as { id: string } | null;
            if (again.status === 201 && replay?.id !== out.id) {
              unexpectedCount++;
              unexpected.push(
                `idempotent retry answered another application (${replay?.id} ≠ ${out.id})`,
              );
            }
          }
        },
      ],
      [
        10,
        async () => {
          const a = submitted.length ? pick(submitted) : undefined;
          if (!a) return;
          await call(
            base,
            'GET /api/v1/applications/{id}?receipt',
            'GET',
            `/api/v1/applications/${a.id}?receipt=${encodeURIComponent(a.receipt)}`,
            [200],
          );
        },
      ],
      [
        8,
        async () => {
          await call(
            base,
            'GET /api/v1/applications',
            'GET',
            `/api/v1/applications?limit=20`,
            [200],
            { token },
          );
        },
      ],
      [
        8,
        async () => {
          const a = submitted.length ? pick(submitted) : undefined;
          if (!a) return;
          await call(
            base,
            'GET /api/v1/applications/{id}',
            'GET',
            `/api/v1/applications/${a.id}`,
            [200],
            { token },
          );
        },
      ],
      [
        5,
        async () => {
          const a = submitted.find((s) => !s.decided);
          if (!a) return;
          a.decided = true;
          const res = await call(
            base,
            'POST /api/v1/applications/{id}/decision',
            'POST',
            `/api/v1/applications/${a.id}/decision`,
            [200, 201],
            {
              token,
              body: { decision: pick(['approve', 'reject']), note: 'Soak test / Kiểm thử tải' },
            },
          );
          if (res.status === 200 || res.status === 201) decisions++;
        },
      ],
      [
        2,
        async () => {
          const a = submitted.find((s) => s.decided);
          if (!a) return;
          // A decided application refuses a second decision.
          await call(
            base,
            'POST /api/v1/applications/{id}/decision (again)',
            'POST',
            `/api/v1/applications/${a.id}/decision`,
            [409],
            {
              token,
              body: { decision: 'reject', note: 'Again / Lần nữa' },
            },
          );
        },
      ],
      [
        6,
        async () => {
          await call(base, 'GET /api/v1/fdi/progress', 'GET', '/api/v1/fdi/progress', [200]);
        },
      ],
      [
        4,
        async () => {
          await call(base, 'GET /api/v1/rule-packs', 'GET', '/api/v1/rule-packs', [200]);
        },
      ],
      [
        8,
        async () => {
          const page = pick([
            '/self-check',
            '/criteria',
            '/progress',
            '/self-check?lang=en',
            '/officer',
          ]);
          await call(base, `GET ${page.split('?')[0]} (page)`, 'GET', page, [200]);
        },
      ],
    ];
    const total = actions.reduce((sum, [w]) => sum + w, 0);
    const chooseAction = () => {
      let r = Math.random() * total;
      for (const [w, run] of actions) {
        r -= w;
        if (r < 0) return run;
      }
      return (actions[0] as (typeof actions)[0])[1];
    };

    // Warm up (lazy compilation, first queries), then measure memory from a settled process.
    for (let i = 0; i < 20; i++) await chooseAction()();
    await sleep(1000);
    const rss = { start: await rssMiB(pid), middle: 0, end: 0, max: 0 };
    rss.max = rss.start;
    const started = Date.now();
    const endAt = started + SECONDS * 1000;
    let middleTaken = false;
    const sampler = setInterval(() => {
      rssMiB(pid).then(
        (m) => {
          rss.max = Math.max(rss.max, m);
          if (!middleTaken && Date.now() >= started + (SECONDS * 1000) / 2) {
            middleTaken = true;
            rss.middle = m;
          }
        },
        () => {},
      );
      // A line every 15 s: readable in a terminal and in a CI log alike.
      const second = Math.round((Date.now() - started) / 1000);
      if (second % 15 === 0) {
        const done = [...stats.values()].reduce((n, s) => n + s.count, 0);
        process.stderr.write(`${second} s: ${done} requests, 5xx ${serverErrors}\n`);
      }
    }, 1000);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < endAt) await chooseAction()();
      }),
    );
    clearInterval(sampler);
    await sleep(1000);
    rss.end = await rssMiB(pid);
    const elapsed = (Date.now() - started) / 1000;

    // Nothing lost: every stored submission is still there, with its decision when it had one.
    let lost = 0;
    const queue = [...submitted];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let a = queue.pop(); a; a = queue.pop()) {
          const res = await fetch(`${base}/api/v1/applications/${a.id}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const body = (await res.json()) as { status?: string };
          const decidedStatus = body.status === 'approved' || body.status === 'rejected';
          if (res.status !== 200 || (a.decided && !decidedStatus)) lost++;
        }
      }),
    );

    // SIGTERM: requests done, database closed, exit 0.
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const exitCode = await exited;
    server = undefined;

    const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
    const requests = rows.reduce((n, [, s]) => n + s.count, 0);
    const all = rows.flatMap(([, s]) => s.latencies).sort((x, y) => x - y);
    const p = (list: number[], q: number) =>
      list.length ? (list[Math.min(list.length - 1, Math.floor(q * list.length))] as number) : 0;
    console.log(
      `\nSoak: ${elapsed.toFixed(0)} s, ${CONCURRENCY} concurrent clients, ${DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}`,
    );
    console.log(
      'route'.padEnd(52),
      'requests'.padStart(9),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      '  statuses',
    );
    for (const [route, s] of rows) {
      const sorted = [...s.latencies].sort((x, y) => x - y);
      const statuses = [...s.statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([k, v]) => `${k}×${v}`);
      console.log(
        route.padEnd(52),
        String(s.count).padStart(9),
        p(sorted, 0.5).toFixed(1).padStart(8),
        p(sorted, 0.99).toFixed(1).padStart(8),
        ` ${statuses.join(' ')}`,
      );
    }
    console.log(
      `total ${requests} requests (${(requests / elapsed).toFixed(0)}/s), p99 ${p(all, 0.99).toFixed(1)} ms, ` +
        `unexpected statuses ${unexpectedCount}, 5xx ${serverErrors}`,
    );
    console.log(
      `applications stored ${submitted.length}, decisions ${decisions}, lost ${lost}; server exit on SIGTERM ${exitCode}`,
    );
    console.log(
      `server RSS MiB: start ${rss.start.toFixed(0)}, middle ${rss.middle.toFixed(0)}, end ${rss.end.toFixed(0)}, max ${rss.max.toFixed(0)}`,
    );
    for (const line of unexpected) console.log(`  unexpected: ${line}`);
    if (unexpectedCount || serverErrors || lost || exitCode !== 0) {
      console.log('Server log (last lines):');
      for (const line of tail) console.log(`  ${line}`);
      process.exitCode = 1;
    }
  } finally {
    if (server && server.child.exitCode === null) server.child.kill('SIGTERM');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
