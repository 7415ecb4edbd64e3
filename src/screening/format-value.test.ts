import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format-value.js';

const noLabels = { label: () => undefined };

describe('formatting values for people', () => {
  it('groups thousands and marks decimals the Vietnamese way in vi and the English way in en', () => {
    expect(formatNumber(1234567.5, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(0.25, 'vi')).toBe('0,25');
    expect(formatNumber(-3000, 'en')).toBe('-3,000');
  });

  it('shows money in millions of USD and billions of VND', () => {
    expect(formatValue(250_000_000, 'USD', 'vi', noLabels)).toBe('250 triệu USD');
    expect(formatValue(250_000_000, 'USD', 'en', noLabels)).toBe('USD 250 million');
    expect(formatValue(6e12, 'VND', 'vi', noLabels)).toBe('6.000 tỷ đồng');
    expect(formatValue(6e12, 'VND', 'en', noLabels)).toBe('VND 6,000 billion');
    expect(formatValue(500_000, 'USD', 'en', noLabels)).toBe('USD 500,000');
  });

  it('says what a missing or empty value means', () => {
    expect(formatValue(undefined, 'count', 'vi', noLabels)).toBe('chưa khai báo');
    expect(formatValue(null, 'park', 'en', noLabels)).toBe('outside industrial parks and clusters');
    expect(formatValue(null, 'years', 'en', noLabels)).toBe('none');
    expect(formatValue(true, 'flag', 'vi', noLabels)).toBe('có');
    expect(formatValue([], 'lists', 'en', noLabels)).toBe('none');
  });

  it('shows catalogue ids by their names in the chosen language', () => {
    const labels = {
      label: (unit: string, v: string) =>
        unit === 'area' && v === 'di-an' ? { vi: 'Dĩ An', en: 'Di An' } : undefined,
    };
    expect(formatValue('di-an', 'area', 'vi', labels)).toBe('Dĩ An');
    expect(formatValue('other', 'area', 'vi', labels)).toBe('other');
  });
});
