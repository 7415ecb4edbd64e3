/** Officers' typed corrections turned into proposal values. */
import { describe, expect, it } from 'vitest';
import { proposalField } from '../../screening/proposal-fields.js';
import { NONE, parseFieldValue } from './field-value.js';

const field = (path: string) => {
  const f = proposalField(path);
  if (!f) throw new Error(path);
  return f;
};

describe('an officer’s correction typed into a form', () => {
  it('is no correction at all when left empty', () => {
    expect(parseFieldValue(field('trade.localisationPct'), '  ')).toBeUndefined();
  });

  it('reads numbers with a decimal comma or point', () => {
    expect(parseFieldValue(field('trade.localisationPct'), '32,5')).toBe(32.5);
    expect(parseFieldValue(field('trade.localisationPct'), '32.5')).toBe(32.5);
    expect(parseFieldValue(field('transfer.localSupplierCount'), '12')).toBe(12);
  });

  it('leaves what does not parse as typed, for the verb to refuse with its own message', () => {
    expect(parseFieldValue(field('trade.localisationPct'), 'about 30')).toBe('about 30');
  });

  it('reads yes/no, "none" where the field allows it, and lists of sector codes', () => {
    expect(parseFieldValue(field('transfer.technology'), 'true')).toBe(true);
    expect(parseFieldValue(field('transfer.technology'), 'false')).toBe(false);
    expect(parseFieldValue(field('site.industrialPark'), NONE)).toBeNull();
    expect(parseFieldValue(field('project.sectorCodes'), '2610, 2620')).toEqual(['2610', '2620']);
    expect(parseFieldValue(field('investor.country'), 'kr')).toBe('KR');
  });
});
