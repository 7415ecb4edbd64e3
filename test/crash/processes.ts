/**
 * The server and the command line as real child processes, started as an operator would
 * (`node --import tsx …`), so a test can kill them with a real signal at a chosen moment.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { RULES_DIR } from '../support/packs.js';
import { REPO } from '../support/run-cli.js';

/** Where the processes keep their data: an embedded directory, or a PostgreSQL database. */
export type Storage = { DATA_DIR: string; DATABASE_URL: string };

export type Child = {
  process: ChildProcess;
  pid: number;
  output(): string;
  /** The exit code, or the signal's name when a signal ended it. */
  exited: Promise<number | string>;
};

function start(args: readonly string[], storage: Storage, extra: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO,
    env: {
      ...process.env,
      ...storage,
      DEFAULT_PACK: '',
      RULES_DIR,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: string) => {
    output += chunk;
  };
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);
  const exited = new Promise<number | string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`);
  return { process: child, pid: child.pid, output: () => output, exited };
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 45_000, everyMs = 50 } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export type Server = Child & { url: string };

/**
 * Starts the server on a free port and resolves once it listens. Public writes are not rate
 * limited here (the test is the only client), and pack activations are not polled.
 */
export async function startServer(storage: Storage): Promise<Server> {
  const child = start(['src/index.ts'], storage, {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000',
    PACK_POLL_SECONDS: '0',
  });
  let ended: number | string | undefined;
  void child.exited.then((code) => {
    ended = code;
  });
  const url = await waitFor('the server to listen', () => {
    if (ended !== undefined)
      throw new Error(`the server exited (${ended}) before listening:\n${child.output()}`);
    const line = child
      .output()
      .split('\n')
      .find((l) => l.includes('"listening"'));
    return line ? /"url":"(http:\/\/[^"]+)"/.exec(line)?.[1] : undefined;
  });
  return { ...child, url };
}

/** Starts a command of the CLI (`src/cli/main.ts`); the caller waits for or kills it. */
export function startCli(args: readonly string[], storage: Storage): Child {
  return start(['src/cli/main.ts', ...args], storage, {});
}

/** SIGKILL: no handler runs, nothing is flushed or closed — as a power cut or the OOM killer. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}
