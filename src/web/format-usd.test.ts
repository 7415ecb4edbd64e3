/** Money and shares as the pages write them, in both languages. */
import { describe, expect, it } from 'vitest';
import { formatShare, formatUsd, formatUsdShort } from './format-usd.js';

describe('money on the pages', () => {
  it('is written in billions or millions, the Vietnamese way or the English way', () => {
    expect(formatUsd(8.7e9, 'vi')).toBe('8,7 tỷ USD');
    expect(formatUsd(8.7e9, 'en')).toBe('USD 8.7 billion');
    expect(formatUsd(21e9, 'vi')).toBe('21 tỷ USD');
    expect(formatUsd(123_456_789, 'vi')).toBe('123,5 triệu USD');
    expect(formatUsd(123_456_789, 'en')).toBe('USD 123.5 million');
    expect(formatUsd(950_000, 'vi')).toBe('950.000 USD');
    expect(formatUsd(950_000, 'en')).toBe('USD 950,000');
  });

  it('puts a minus before the currency in English', () => {
    expect(formatUsd(-45e6, 'en')).toBe('-USD 45 million');
    expect(formatUsd(-45e6, 'vi')).toBe('-45 triệu USD');
  });

  it('has short axis labels and percentages', () => {
    expect(formatUsdShort(5e9, 'vi')).toBe('5 tỷ');
    expect(formatUsdShort(5e9, 'en')).toBe('5 bn');
    expect(formatUsdShort(300e6, 'en')).toBe('300 m');
    expect(formatShare(0.4142, 'vi')).toBe('41,4%');
    expect(formatShare(0.4142, 'en')).toBe('41.4%');
  });
});
