/**
 * Dated parameters, OpenFisca style: a parameter holds values, each in force from a date; the
 * value on a date is the last one that started on or before it.
 */
import type { PackContent, Parameter } from './pack-schema.js';

export type ParameterValue = Parameter['values'][number];

export function parameterValueAt(param: Parameter, date: string): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const v of param.values) {
    if (v.from <= date) found = v;
    else break;
  }
  return found;
}

/**
 * The dates on which any parameter of the pack changes value, from the version's start: between two
 * such dates every parameter is constant, so one compiled engine serves the whole segment.
 */
export function segmentStarts(content: PackContent): string[] {
  const dates = new Set<string>([content.meta.effectiveFrom]);
  for (const p of Object.values(content.parameters)) {
    for (const v of p.values) if (v.from > content.meta.effectiveFrom) dates.add(v.from);
  }
  return [...dates].sort();
}

export function segmentStartFor(starts: readonly string[], date: string): string {
  let found = starts[0] as string;
  for (const s of starts) {
    if (s <= date) found = s;
    else break;
  }
  return found;
}
