/** The help of the `pack` command, which each of its subcommands prints on --help and points to on bad usage. */
export const PACK_HELP = `Usage: npm run cli -- pack <upload|activate|list|simulate> [options]

The versions of the rule packs: upload a draft, activate it from a date, list versions.
Các phiên bản của bộ tiêu chí: tải lên bản nháp, áp dụng từ một ngày, liệt kê phiên bản.

  pack upload <version-folder | file.json>
      Stores a pack version as a draft. A folder is read like a version folder of rules/ (pack.yaml,
      parameters/, criteria/, catalogues/, derived.yaml, cases/); a JSON file holds
      { "files": { "<path>": "<text>", ... } }, the body of POST /api/v1/rule-packs. The version is
      validated whole, by the loader the service starts with: a bad one is refused with every
      problem by file and path, and nothing is stored (exit 2). Uploading the same version again
      with identical content changes nothing; with other content it is refused.
      Lưu một phiên bản làm bản nháp; phiên bản lỗi bị từ chối toàn bộ, không lưu gì.
  pack activate <pack> <version> --from YYYY-MM-DD [--note TEXT] [--retroactive]
      From that date on, proposals submitted on or after it are judged by this version; earlier
      ones keep the version in force on their date. The stored version is validated again first.
      A date before today (in the pack's time zone) changes the rules for applications already
      submitted: it needs --retroactive and --note. Rolling back is activating the earlier version
      with a new date. Audited; a running server picks the change up within PACK_POLL_SECONDS.
      Áp dụng phiên bản từ một ngày; ngày trong quá khứ cần --retroactive và --note (lý do).
  pack list <pack> [--json]
      The stored versions: status (draft, active, retired), dates, hash, who stored each and when,
      its activations; and the timeline of activations.
      Liệt kê các phiên bản: trạng thái, ngày hiệu lực, mã băm, người và thời điểm lưu, các lần áp dụng.
  pack simulate ...
      What a version would change for the stored applications (see pack simulate --help).
      Mô phỏng tác động của một phiên bản lên các hồ sơ đã lưu.

Options:
  --from YYYY-MM-DD   the first submission date the version judges
  --note TEXT         why (required with --retroactive)
  --retroactive       allow a date before today
  --json              print JSON instead of a table
  -h, --help          this help

The database is DATABASE_URL (PostgreSQL) or the embedded one in DATA_DIR (one process at a time:
stop the server first, or use the API: POST /api/v1/rule-packs and
POST /api/v1/rule-packs/{id}/versions/{version}/activation).

Exit codes: 0 done; 2 bad usage, an invalid pack or date, an unknown pack or version (every problem
printed, nothing stored); 1 other errors (e.g. a conflict, or the embedded database is held by the
server).`;
