/** The help of the `seed` command, printed by each seed on --help and pointed to on bad usage. */
import { DEMO_WINDOW } from './seed-demo.js';

export const DEFAULT_COUNT = 36;

export const SEED_HELP = `Usage: npm run cli -- seed demo [--count N] [--seed N] [--templates DIR]
       npm run cli -- seed statistics [--force]

seed demo:
Loads fictional demo applications (names marked "(fictional)" / "(hư cấu)") through the same verbs
the API uses: submissions, verifications with notes, rescreens, approvals, rejections, requests for
information, resubmissions and withdrawals, so the officers' queue shows every status.
Nạp hồ sơ minh họa (hư cấu) qua các nghiệp vụ của hệ thống, đủ mọi trạng thái.

Proposals are derived from the templates (names, countries, areas and parks from the pack's
catalogue, capital, land, workforce and percentages vary), submitted between ${DEMO_WINDOW.from} and
${DEMO_WINDOW.to} (never after today) on dates when a pack version is in force.

Running it again adds another batch: the seed defaults to the number of applications already
stored + 1, so a second run derives different applications. Giving the same --seed again loads
nothing twice (its submissions are idempotent) and reports them as already loaded.

Options:
  --count N        how many applications (default ${DEFAULT_COUNT}; 9 or more reach every status)
  --seed N         the seed of the pseudo-random variations (same seed, same data)
  --templates DIR  the proposal templates (default seeds/proposals)
  -h, --help       this help

seed statistics:
Loads the published official statistics of seeds/fdi-statistics.csv into the FDI ledger, as the
server does at start-up (SEED_STATISTICS), when the ledger has no official statistic for the
default pack's jurisdiction yet; otherwise it loads nothing and says so.
Nạp số liệu thống kê FDI đã công bố (seeds/fdi-statistics.csv) khi sổ theo dõi chưa có số liệu.

Options:
  --force          load the file even so, as a new batch (it replaces the figures of the same
                   periods, it does not add to them)

Exit codes: 0 loaded, or nothing to load; 2 bad usage or invalid templates or statistics; 1 other
errors (e.g. the embedded database is held by the server: stop it first).`;
