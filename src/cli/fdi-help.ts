/** The help of the `fdi` command, which each of its subcommands prints on --help and points to on bad usage. */
import { statisticsColumnsHelp } from './statistics-columns.js';

export const FDI_HELP = `Usage: npm run cli -- fdi <import|progress> [options]

The FDI ledger: official statistics, and progress toward the rule pack's FDI target.
Sổ theo dõi vốn FDI: số liệu thống kê chính thức và tiến độ so với mục tiêu thu hút FDI.

  fdi import <file.csv> [--pack ID]
      Records every row of the file as one batch, in one transaction, or nothing: each bad row is
      reported with its line number and the file is refused (exit 2). Progress goes to stderr when
      it is a terminal, and a summary line always; the batch id, the rows recorded and the periods
      to stdout. Importing a period and measure again replaces the earlier figures (the latest
      import counts); it never adds to them.
  fdi progress [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--pack ID]
      Where the jurisdiction stands against its target on a date: per year the amount, the source
      it comes from and its period; the cumulative figure, its share of the target, the linear
      path, the gap to it, the pace still required, the status and the forecasts.

Options:
  --pack ID            the rule pack whose jurisdiction and target apply (default: DEFAULT_PACK)
  --as-of YYYY-MM-DD   the date of the progress (default: today in the pack's time zone)
  --json               print the progress as JSON instead of a table
  --lang vi|en         language of the table (default vi)
  -h, --help           this help

CSV file: UTF-8, comma-separated, a header row naming the columns in any order, double quotes
around fields that hold commas, quotes or line breaks (RFC 4180). A row without country, sector,
area and park is a total; a row with one of them breaks down the total of the same period and
measure recorded in the same file. Optional columns may be left out or left empty.
Tệp CSV: mã UTF-8, phân cách bằng dấu phẩy, dòng đầu là tên cột.

Columns / Các cột:
${statisticsColumnsHelp()}

The database is DATABASE_URL (PostgreSQL) or the embedded one in DATA_DIR (one process at a time:
stop the server first).

Exit codes: 0 done; 2 bad usage or an invalid file (every problem printed, nothing recorded);
1 other errors (e.g. the embedded database is held by the server).`;
