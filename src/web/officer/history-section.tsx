/** The case's history, oldest first: when, who, what happened, and the details each event recorded. */
import type { Labels } from '../../screening/format-value.js';
import { formatNumber } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import { proposalField } from '../../screening/proposal-fields.js';
import { formatInstant } from '../format-date.js';
import { formatUsd } from '../format-usd.js';
import type { HistoryItem } from './declared-facts.js';
import { formatFieldValue } from './field-value.js';
import { ACTION_WORDS, o, ROLE_WORDS, STATUS_WORDS } from './officer-texts.js';

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (v !== null && typeof v === 'object' ? (v as Bag) : {});

type Context = {
  lang: Lang;
  version: PackVersion | undefined;
  labels: Labels;
  bandName: (id: string) => string;
};

const WORDS = {
  status: { vi: 'Trạng thái', en: 'Status' },
  result: { vi: 'Kết quả', en: 'Result' },
  value: { vi: 'Giá trị', en: 'Value' },
  note: { vi: 'Ghi chú', en: 'Note' },
  ledger: { vi: 'Ghi vào sổ theo dõi FDI', en: 'Entered in the FDI ledger' },
  pack: { vi: 'Bộ tiêu chí', en: 'Rule pack' },
  points: { vi: 'điểm', en: 'points' },
} as const;

/** The lines that say what an event changed, from what it recorded before and after. */
export function eventDetails(item: HistoryItem, ctx: Context): string[] {
  const { lang } = ctx;
  const before = bag(item.before);
  const after = bag(item.after);
  const lines: string[] = [];
  const status = (s: unknown) => STATUS_WORDS[String(s)]?.[lang] ?? String(s);
  const result = (b: Bag) =>
    `${ctx.bandName(String(b.band))}, ${formatNumber(Number(b.score), lang)} ${WORDS.points[lang]}`;

  if (item.subject && proposalField(item.subject)) {
    const label = proposalField(item.subject)?.label[lang];
    const show = (v: unknown) =>
      formatFieldValue(item.subject as string, v, lang, ctx.version, ctx.labels);
    lines.push(
      item.action === 'fact.corrected'
        ? `${label}: ${show(before.value)} → ${show(after.value)}`
        : `${label}: ${show(after.value)}`,
    );
  }
  if (typeof after.band === 'string') {
    lines.push(
      typeof before.band === 'string' &&
        (before.band !== after.band || before.score !== after.score)
        ? `${WORDS.result[lang]}: ${result(before)} → ${result(after)}`
        : `${WORDS.result[lang]}: ${result(after)}`,
    );
  }
  if (after.status !== undefined && before.status !== after.status) {
    lines.push(
      before.status === undefined
        ? `${WORDS.status[lang]}: ${status(after.status)}`
        : `${WORDS.status[lang]}: ${status(before.status)} → ${status(after.status)}`,
    );
  }
  const pack = bag(after.pack);
  if (typeof pack.version === 'string' && item.action !== 'application.rescreened') {
    lines.push(`${WORDS.pack[lang]}: ${String(pack.id)} ${pack.version}`);
  }
  const ledger = bag(after.ledgerEntry);
  if (typeof ledger.amountUsd === 'number') {
    lines.push(`${WORDS.ledger[lang]}: ${formatUsd(ledger.amountUsd, lang)}`);
  }
  if (typeof after.note === 'string') lines.push(`${WORDS.note[lang]}: ${after.note}`);
  return lines;
}

export function HistorySection(props: Context & { history: HistoryItem[]; timeZone: string }) {
  const { lang } = props;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{o('history', lang)}</h2>
      <p class="muted">{o('timeZoneNote', lang, { zone: props.timeZone })}</p>
      <div class="table-wrap">
        <table class="history stack">
          <thead>
            <tr>
              <th scope="col">{o('when', lang)}</th>
              <th scope="col">{o('who', lang)}</th>
              <th scope="col">{o('what', lang)}</th>
              <th scope="col">{o('details', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {props.history.map((h) => (
              <tr data-action={h.action}>
                <td data-label={o('when', lang)}>
                  <time datetime={h.at}>{formatInstant(h.at, lang, props.timeZone)}</time>
                </td>
                <td data-label={o('who', lang)}>
                  {h.actor} ({ROLE_WORDS[h.role]?.[lang] ?? h.role})
                </td>
                <th scope="row">{ACTION_WORDS[h.action]?.[lang] ?? h.action}</th>
                <td data-label={o('details', lang)}>
                  {eventDetails(h, props).map((line, i) => (
                    <>
                      {i > 0 && <br />}
                      {line}
                    </>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
