/** `screen <proposal.json>`: validates and screens a proposal file with the pack in force on its date; no database. */
import type { Lang } from '../screening/i18n.js';
import { engineOn, type PackVersion } from '../screening/pack-registry.js';
import { screenProposal } from '../screening/screen-proposal.js';
import { todayForProposal } from '../screening/today.js';
import { validateProposal } from '../screening/validate-proposal.js';
import { CliError } from './cli-error.js';
import { type Command, write } from './command.js';
import { formatIssues } from './format-issues.js';
import { loadEnvAndPacks } from './load-env-and-packs.js';
import { dateOption, langOption } from './option-values.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readJsonFile } from './read-json-file.js';
import { renderScreening } from './render-screening.js';

const HELP = `Usage: npm run cli -- screen <proposal.json> [--json] [--lang vi|en] [--date YYYY-MM-DD]

Validates a proposal file and screens it with the rule pack version in force on its date.
Kiểm tra và sàng lọc một hồ sơ đề xuất theo bộ tiêu chí có hiệu lực vào ngày nộp. Không dùng cơ sở dữ liệu.

The date is the proposal's submittedOn; without one, --date, or else today in the pack's time zone.

Options:
  --json               print the screening result as JSON instead of a report
  --lang vi|en         language of the report and of validation problems (default vi)
  --date YYYY-MM-DD    the date to screen on when the proposal has no submittedOn
  -h, --help           this help

Exit codes: 0 screened (an ineligible project is a result, not an error); 2 bad usage or an
invalid proposal (every problem is printed with its path); 1 other errors (e.g. invalid packs).`;

function bandLabels(version: PackVersion, asOf: string, lang: Lang): Record<string, string> {
  const engine = engineOn(version, asOf);
  const ineligible = version.content.meta.ineligibleBand;
  return Object.fromEntries([
    ...engine.bands.map((b) => [b.id, b.label[lang]]),
    [ineligible.id, ineligible.label[lang]],
  ]);
}

export const screenCommand: Command = {
  name: 'screen',
  summary: 'screen a proposal file (no database) / sàng lọc một hồ sơ đề xuất',
  async run(args) {
    const parsed = parseCommandArgs(
      'screen',
      HELP,
      args,
      {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        date: { type: 'string' },
      },
      { min: 1, max: 1 },
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const lang = langOption(values.lang, 'screen');
    const date = dateOption('date', values.date, 'screen');
    const file = positionals[0] as string;
    const body = await readJsonFile(file);
    const { packs } = await loadEnvAndPacks();
    const today = date ?? todayForProposal(packs, body, new Date());
    const checked = validateProposal(packs, body, today);
    if (!checked.ok) {
      if (values.json) write(JSON.stringify({ issues: checked.issues }, null, 2));
      const heading =
        lang === 'vi'
          ? `Hồ sơ ${file} không hợp lệ (${checked.issues.length} lỗi):`
          : `${file} is not a valid proposal (${checked.issues.length} problem(s)):`;
      throw new CliError(`${heading}\n${formatIssues(checked.issues, lang)}`, 2);
    }
    const result = screenProposal(checked.version, checked.proposal, checked.asOf);
    if (values.json) write(JSON.stringify(result, null, 2));
    else write(renderScreening(result, lang, bandLabels(checked.version, checked.asOf, lang)));
    return 0;
  },
};
