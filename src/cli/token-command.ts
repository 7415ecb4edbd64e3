/** `token create|list|revoke`: officer and admin access tokens, through the token verbs. */
import { fromZodError } from '../screening/validation-issues.js';
import {
  CreateTokenInput,
  createToken,
  listTokens,
  revokeToken,
  type TokenInfo,
} from '../tokens/tokens.js';
import { CliError } from './cli-error.js';
import { type Command, write } from './command.js';
import { formatIssues } from './format-issues.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { parseCommandArgs } from './parse-command-args.js';
import { runSubcommand } from './subcommands.js';
import { textTable } from './text-table.js';
import { cliContext, withDatabase } from './with-database.js';

const HELP = `Usage: npm run cli -- token <create|list|revoke> [options]

Access tokens for officers and administrators of the API. Mã truy cập cho cán bộ và quản trị viên.

  token create --role officer|admin --name "Name"
      Creates a token and prints it once, alone on the last line (take it with \`tail -n 1\`).
      Only its hash is stored: keep it now, it cannot be shown again.
  token list [--json]
      Lists tokens: id, name, role, prefix, created, revoked. Never the secret.
  token revoke <id>
      Revokes a token (it stays listed, so the audit trail keeps its name).

The database is DATABASE_URL (PostgreSQL) or the embedded one in DATA_DIR. The embedded database
admits one process at a time: while the server runs, stop it or use the API (POST /api/v1/tokens).

Exit codes: 0 done; 2 bad usage or invalid input (e.g. an unknown token id); 1 other errors
(e.g. the embedded database is held by the server).`;

async function create(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'token',
    HELP,
    args,
    { role: { type: 'string' }, name: { type: 'string' } },
    { min: 0, max: 0 },
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const input = CreateTokenInput.safeParse({ role: values.role, name: values.name });
  if (!input.success) {
    const issues = fromZodError(input.error).map((i) => ({ ...i, path: `--${i.path}` }));
    throw new CliError(
      `Cannot create the token / Không tạo được mã:\n${formatIssues(issues, 'both')}`,
      2,
    );
  }
  const { env, packs } = await loadEnvAndPacks();
  const token = await withDatabase(env, packs, (db) =>
    createToken(cliContext(db, packs), input.data),
  );
  write(
    [
      `Created ${token.role} token "${token.name}" (id ${token.id}).`,
      `Đã tạo mã truy cập ${token.role} "${token.name}" (id ${token.id}).`,
      'Keep it now: it is shown only once. Send it as "Authorization: Bearer <token>".',
      'Hãy lưu lại ngay: mã chỉ hiển thị một lần.',
      token.token,
    ].join('\n'),
  );
  return 0;
}

function table(tokens: readonly TokenInfo[]): string {
  const rows = [
    ['id', 'name', 'role', 'prefix', 'created', 'revoked'],
    ...tokens.map((t) => [t.id, t.name, t.role, t.prefix, t.createdAt, t.revokedAt ?? '-']),
  ];
  return textTable(rows);
}

async function list(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'token',
    HELP,
    args,
    { json: { type: 'boolean' } },
    { min: 0, max: 0 },
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const { env, packs } = await loadEnvAndPacks();
  const tokens = await withDatabase(env, packs, (db) => listTokens(cliContext(db, packs)));
  if (values.json) write(JSON.stringify(tokens, null, 2));
  else if (tokens.length === 0) write('No tokens yet. / Chưa có mã truy cập nào.');
  else write(table(tokens));
  return 0;
}

async function revoke(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs('token', HELP, args, {}, { min: 1, max: 1 });
  if (!parsed) return 0;
  const id = parsed.positionals[0] as string;
  const { env, packs } = await loadEnvAndPacks();
  const token = await withDatabase(env, packs, (db) => revokeToken(cliContext(db, packs), id));
  write(
    `Revoked token "${token.name}" (id ${token.id}, since ${token.revokedAt}).\nĐã thu hồi mã truy cập "${token.name}".`,
  );
  return 0;
}

export const tokenCommand: Command = {
  name: 'token',
  summary: 'create, list or revoke API tokens / quản lý mã truy cập',
  run: (args) => runSubcommand('token', HELP, { create, list, revoke }, args),
};
