/** `pack list <pack> [--json]`: the stored versions with statuses and activations, and the timeline. */
import { listVersions, type VersionList } from '../packs/list-versions.js';
import { write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { PACK_HELP } from './pack-help.js';
import { parseCommandArgs } from './parse-command-args.js';
import { textTable } from './text-table.js';
import { cliContext, withDatabase } from './with-database.js';

export function renderVersionList(list: VersionList): string {
  const versions = textTable([
    ['version', 'status', 'from', 'to', 'created by', 'created at', 'hash'],
    ...list.versions.map((v) => [
      v.version,
      v.status,
      v.effectiveFrom,
      v.effectiveTo ?? '-',
      v.createdBy,
      v.createdAt,
      v.hash,
    ]),
  ]);
  const activations = list.versions
    .flatMap((v) => v.activations.map((a) => ({ version: v.version, ...a })))
    .sort((a, b) => (a.activatedAt < b.activatedAt ? -1 : 1));
  const timeline =
    activations.length === 0
      ? 'No activations. / Chưa áp dụng phiên bản nào.'
      : textTable([
          ['in force from', 'version', 'activated by', 'activated at', 'note'],
          ...activations.map((a) => [
            a.effectiveFrom,
            a.version,
            a.activatedBy,
            a.activatedAt,
            a.note ?? '',
          ]),
        ]);
  return [
    `${list.packId} — today ${list.today}, in force: ${list.inForceToday ?? '-'} / hôm nay ${list.today}, đang áp dụng: ${list.inForceToday ?? '-'}`,
    '',
    'Versions / Phiên bản:',
    versions,
    '',
    'Activations / Các lần áp dụng:',
    timeline,
  ].join('\n');
}

export async function packList(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'pack',
    PACK_HELP,
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1 },
  );
  if (!parsed) return 0;
  const packId = parsed.positionals[0] as string;
  const { env, packs } = await loadEnvAndPacks();
  const list = await withDatabase(env, packs, (db) => listVersions(cliContext(db, packs), packId));
  write(parsed.values.json ? JSON.stringify(list, null, 2) : renderVersionList(list));
  return 0;
}
