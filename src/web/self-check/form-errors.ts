/**
 * Places each validation issue beside the input it is about: contract paths map to input names
 * (`project.sectorCodes[1]` to the box the second code came from); issues about no input (the pack,
 * an unknown field) are listed only in the summary.
 */
import type { Text } from '../../screening/i18n.js';
import type { ValidationIssue } from '../../screening/validation-issues.js';
import { FORM_FIELDS, INPUT_NAMES, sectorInput } from './form-layout.js';

export type FormError = { input: string | undefined; message: Text };

/** Errors by input name, and all of them in form order for the summary. */
export type FormErrors = { byInput: ReadonlyMap<string, Text[]>; all: FormError[] };

export const NO_ERRORS: FormErrors = { byInput: new Map(), all: [] };

const SECTOR_AT = /^project\.sectorCodes\[(\d+)\]$/;

export function inputOfIssue(path: string, sectorInputs: readonly number[]): string | undefined {
  const at = SECTOR_AT.exec(path);
  if (at) {
    const i = Number(at[1]);
    return sectorInput(sectorInputs[i] ?? i);
  }
  if (path === 'project.sectorCodes') return sectorInput(0);
  return INPUT_NAMES.includes(path) ? path : undefined;
}

/** Inputs that offer a list: a blank one was not chosen, whatever rule the contract's check names. */
const CHOICES = new Set(
  FORM_FIELDS.filter((f) => ['choice', 'area'].includes(f.control.kind)).map((f) => f.path),
);
const CHOOSE_ONE: Text = {
  vi: 'Hãy chọn một mục trong danh sách.',
  en: 'Choose one from the list.',
};

export function formErrors(
  issues: readonly ValidationIssue[],
  sectorInputs: readonly number[],
  values: Readonly<Record<string, string>>,
): FormErrors {
  const byInput = new Map<string, Text[]>();
  const placed = issues.map((issue) => {
    const input = inputOfIssue(issue.path, sectorInputs);
    // The contract's message lists the raw values ("new", "II"); a person picked from labels.
    const blankChoice = input !== undefined && CHOICES.has(input) && !values[input]?.trim();
    const message = blankChoice ? CHOOSE_ONE : issue.message;
    if (input) byInput.set(input, [...(byInput.get(input) ?? []), message]);
    return { input, message };
  });
  const order = (e: FormError) => (e.input ? INPUT_NAMES.indexOf(e.input) : -1);
  return { byInput, all: placed.sort((a, b) => order(a) - order(b)) };
}
