/**
 * A proposal field's value as an officer reads it (with the unit, the pack's names for ids, the
 * country's name) and, the other way, an officer's typed correction turned into the value the
 * verification verb expects — leaving anything that does not parse as typed, so that the verb's
 * own validation names the problem.
 */
import { formatValue, type Labels } from '../../screening/format-value.js';
import type { Lang } from '../../screening/i18n.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import { engineOn } from '../../screening/pack-registry.js';
import { type ProposalField, proposalField } from '../../screening/proposal-fields.js';
import { countryName } from '../country-name.js';
import { formatDate } from '../format-date.js';
import { sectorLabel } from './pack-labels.js';

/** The value a select offers for "none" (null: no ranking, outside any park). */
export const NONE = '__none';

const NUMERIC = new Set(['USD', 'percent', 'ha', 'persons', 'count', 'years']);
const noLabels: Labels = { label: () => undefined };

export function fieldLabels(version: PackVersion | undefined, date: string): Labels {
  if (!version) return noLabels;
  try {
    return engineOn(version, date).labels;
  } catch {
    return noLabels;
  }
}

export function formatFieldValue(
  path: string,
  value: unknown,
  lang: Lang,
  version: PackVersion | undefined,
  labels: Labels,
): string {
  const field = proposalField(path);
  if (!field || value === undefined || value === null) {
    return formatValue(value, field?.unit ?? 'text', lang, labels);
  }
  switch (field.unit) {
    case 'country':
      return typeof value === 'string' ? countryName(value, lang) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, lang) : String(value);
    case 'sectors':
      return Array.isArray(value)
        ? value
            .map((code) => {
              const name = sectorLabel(version, String(code));
              return name ? `${code} – ${name[lang]}` : String(code);
            })
            .join('; ')
        : String(value);
    default:
      return formatValue(value, field.values ? `field:${path}` : field.unit, lang, labels);
  }
}

/** A number typed either way: "12,5" (Vietnamese) or "12.5"; thousands separators are not guessed. */
function parseNumber(raw: string): number | undefined {
  const s = raw.replace(/\s/g, '');
  const normal = s.includes(',') && !s.includes('.') ? s.replace(',', '.') : s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/**
 * The correction an officer entered for a field: `undefined` when the field was left empty (the
 * declaration is confirmed as it is).
 */
export function parseFieldValue(field: ProposalField, raw: string): unknown {
  const s = raw.trim();
  if (s === '') return undefined;
  if (s === NONE && field.nullable) return null;
  if (field.unit === 'flag') return s === 'true' ? true : s === 'false' ? false : s;
  if (NUMERIC.has(field.unit)) return parseNumber(s) ?? s;
  if (field.unit === 'sectors') return s.split(/[\s,;]+/).filter(Boolean);
  if (field.unit === 'country') return s.toUpperCase();
  return s;
}
