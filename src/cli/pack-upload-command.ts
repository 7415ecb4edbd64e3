/** `pack upload <dir|file.json>`: a pack version stored as a draft, validated whole, or nothing. */
import { stat } from 'node:fs/promises';
import { parseUpload, uploadDraft } from '../packs/upload-draft.js';
import { readPackFileTexts } from '../screening/read-pack-files.js';
import { invalidInput } from './cli-error.js';
import { write } from './command.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { PACK_HELP } from './pack-help.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readJsonFile } from './read-json-file.js';
import { cliContext, withDatabase } from './with-database.js';

/** The upload body: a version folder's files, or a JSON file holding `{ files }`. */
async function readUpload(path: string): Promise<unknown> {
  const found = await stat(path).catch(() => undefined);
  if (!found)
    throw invalidInput(`No such folder or file: ${path} / Không có thư mục hoặc tệp: ${path}`);
  if (found.isDirectory()) return { files: await readPackFileTexts(path) };
  return readJsonFile(path);
}

export async function packUpload(args: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs('pack', PACK_HELP, args, {}, { min: 1, max: 1 });
  if (!parsed) return 0;
  const path = parsed.positionals[0] as string;
  const input = parseUpload(await readUpload(path));
  const { env, packs } = await loadEnvAndPacks();
  const done = await withDatabase(env, packs, (db) => uploadDraft(cliContext(db, packs), input));
  write(
    done.created
      ? `Stored ${done.packId} ${done.version} as a draft (${done.hash}).\nĐã lưu ${done.packId} ${done.version} làm bản nháp.`
      : `${done.packId} ${done.version} was already stored with this content (${done.status}, ${done.hash}); nothing changed.\n${done.packId} ${done.version} đã được lưu với nội dung này; không có gì thay đổi.`,
  );
  if (done.caseFailures.length > 0) {
    write(
      `${done.caseFailures.length} of its own test cases fail: it can be simulated, but not activated until they pass.\n` +
        `${done.caseFailures.length} trường hợp kiểm thử của phiên bản không đạt: có thể mô phỏng, chưa thể áp dụng.`,
    );
    for (const f of done.caseFailures) write(`  ${f.path}: ${f.message.en} / ${f.message.vi}`);
  }
  return 0;
}
