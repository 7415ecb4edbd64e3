/**
 * What kind of value each fact holds, so a pack's conditions can be checked before they run:
 * a typo in an enum value or a number compared with a flag is refused at load, not found later.
 */
import type { PackContent } from './pack-schema.js';
import { proposalField, READABLE_PATHS } from './proposal-fields.js';

export type FactType =
  | { type: 'number'; nullable?: boolean }
  | { type: 'boolean' }
  | { type: 'string'; values?: readonly string[]; nullable?: boolean }
  | { type: 'array'; values?: readonly string[] };

const NUMERIC = new Set([
  'USD',
  'percent',
  'ha',
  'persons',
  'count',
  'years',
  'VND',
  'VND-per-USD',
  'USD-per-ha',
  'points',
  'score',
]);

export function factType(content: PackContent, fact: string): FactType | undefined {
  if (READABLE_PATHS.has(fact)) {
    const f = proposalField(fact);
    if (!f) return undefined;
    if (NUMERIC.has(f.unit)) return { type: 'number', ...(f.nullable ? { nullable: true } : {}) };
    if (f.unit === 'flag') return { type: 'boolean' };
    if (f.unit === 'sectors') return { type: 'array' };
    if (f.unit === 'area')
      return { type: 'string', values: content.catalogues.areas.map((a) => a.id) };
    if (f.unit === 'park')
      return { type: 'string', values: content.catalogues.parks.map((p) => p.id), nullable: true };
    if (f.values)
      return {
        type: 'string',
        values: Object.keys(f.values),
        ...(f.nullable ? { nullable: true } : {}),
      };
    return { type: 'string' };
  }
  const d = content.derived[fact];
  if (!d) return undefined;
  if (d.unit === 'lists')
    return { type: 'array', values: content.catalogues.sectorLists.map((l) => l.id) };
  if (d.unit === 'tags')
    return { type: 'array', values: [...new Set(content.catalogues.areas.flatMap((a) => a.tags))] };
  if (d.unit === 'kind') return { type: 'string', values: ['park', 'cluster'], nullable: true };
  if (d.unit === 'tier') {
    const e = d.expr;
    const values =
      'firstOf' in e ? [...e.firstOf.map((b) => String(b.value)), String(e.otherwise)] : undefined;
    return { type: 'string', ...(values ? { values } : {}) };
  }
  if (d.unit === 'flag') return { type: 'boolean' };
  return { type: 'number' };
}
