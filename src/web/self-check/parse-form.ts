/**
 * Turns the posted form into a proposal body for `validateProposal`: numbers as numbers, boxes as
 * booleans, blank optional fields left out, blank park and used-equipment age as null. Text that is
 * not a number is passed on as text, so validation names the field instead of the form guessing.
 */
import { FORM_FIELDS, type FormField, sectorInput } from './form-layout.js';

/** The form as posted: input name → text, only the names the form knows. */
export type FormValues = Readonly<Record<string, string>>;

export type ParsedForm = {
  body: Record<string, unknown>;
  /** For each code in `project.sectorCodes`, the input (0–4) it came from: errors go beside it. */
  sectorInputs: number[];
};

/** A code picked from the list arrives as "2610 — name": the code is what counts. */
const PICKED_CODE = /^(\d+)\s+[—–-]\s/;

export function parseForm(values: FormValues): ParsedForm {
  const body: Record<string, unknown> = {};
  const sectorInputs: number[] = [];
  // Every group is sent even when all its fields are blank, so each blank field is named, not the group.
  for (const field of FORM_FIELDS) {
    const [group, key] = field.path.split('.');
    if (group && key) body[group] = {};
  }
  for (const field of FORM_FIELDS) {
    const value = readField(field, values, sectorInputs);
    if (value !== undefined) setAt(body, field.path, value);
  }
  return { body, sectorInputs };
}

function readField(field: FormField, values: FormValues, sectorInputs: number[]): unknown {
  const raw = (values[field.path] ?? '').trim();
  const c = field.control;
  switch (c.kind) {
    case 'check':
      return values[field.path] !== undefined;
    case 'number':
      if (raw === '') return c.empty === 'null' ? null : undefined;
      return toNumber(raw);
    case 'park':
      return raw === '' ? null : raw;
    case 'choice':
      if (raw === '') return c.empty === 'null' ? null : undefined;
      return raw;
    case 'text':
      if (raw === '') return undefined;
      return c.upperCase ? raw.toUpperCase() : raw;
    case 'sectors': {
      const codes: string[] = [];
      for (let i = 0; i < c.count; i++) {
        const code = (values[sectorInput(i)] ?? '').trim();
        if (code === '') continue;
        codes.push(PICKED_CODE.exec(code)?.[1] ?? code);
        sectorInputs.push(i);
      }
      // An empty list is sent as such: validation says "at least one", beside the main activity.
      return codes;
    }
    default:
      return raw === '' ? undefined : raw;
  }
}

function toNumber(raw: string): number | string {
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) ? n : raw;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

/** The known inputs of a posted body, as text (files and unknown names are ignored). */
export function formValuesOf(
  posted: Record<string, unknown>,
  names: readonly string[],
): FormValues {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = posted[name];
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}
