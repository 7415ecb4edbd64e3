/** The proposal as the investor submitted it, grouped as the form is, with labels and units. */
import { valueAt } from '../../screening/facts.js';
import type { Labels } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import { PROPOSAL_FIELDS } from '../../screening/proposal-fields.js';
import { formatFieldValue } from './field-value.js';
import { GROUP_WORDS, o } from './officer-texts.js';

/** The fields of each group, in the contract's order; the envelope (date, pack) is in the header. */
const GROUPS = Object.keys(GROUP_WORDS).map((group) => ({
  group,
  fields: PROPOSAL_FIELDS.filter((f) => f.path.startsWith(`${group}.`)),
}));

export function ProposalSection(props: {
  proposal: unknown;
  lang: Lang;
  version: PackVersion | undefined;
  labels: Labels;
}) {
  const { lang } = props;
  return (
    <section aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">{o('proposal', lang)}</h2>
      {GROUPS.map(({ group, fields }) => (
        <div class="table-wrap">
          <table class="proposal">
            <caption>{GROUP_WORDS[group]?.[lang]}</caption>
            <tbody>
              {fields.map((f) => (
                <tr data-path={f.path}>
                  <th scope="row">{f.label[lang]}</th>
                  <td>
                    {formatFieldValue(
                      f.path,
                      valueAt(props.proposal, f.path),
                      lang,
                      props.version,
                      props.labels,
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
