/**
 * The self-check itself, from posted form to result: parse, validate under the pack in force on the
 * date asked (or today in the pack's zone), screen. Stores nothing.
 */
import type { PackRegistry } from '../../screening/pack-registry.js';
import { screenProposal } from '../../screening/screen-proposal.js';
import type { ScreeningResult } from '../../screening/screening-result.js';
import { todayForProposal } from '../../screening/today.js';
import { validateProposal } from '../../screening/validate-proposal.js';
import { type FormErrors, formErrors } from './form-errors.js';
import { type FormValues, parseForm } from './parse-form.js';

export type Checked =
  | { ok: true; result: ScreeningResult; projectName: string; investorName: string }
  | { ok: false; errors: FormErrors };

export function checkProposal(
  deps: { packs: PackRegistry; clock: () => Date },
  values: FormValues,
): Checked {
  const { body, sectorInputs } = parseForm(values);
  const today = todayForProposal(deps.packs, body, deps.clock());
  const checked = validateProposal(deps.packs, body, today);
  if (!checked.ok) return { ok: false, errors: formErrors(checked.issues, sectorInputs, values) };
  const { proposal, version, asOf } = checked;
  return {
    ok: true,
    result: screenProposal(version, proposal, asOf),
    projectName: proposal.project.name,
    investorName: proposal.investor.name,
  };
}
