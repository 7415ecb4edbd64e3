import { describe, expect, it } from 'vitest';
import { dateIn } from './today.js';

const at = (iso: string) => new Date(iso);

describe('dateIn', () => {
  it('flips a cached answer at midnight in Asia/Ho_Chi_Minh (17:00 UTC)', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    expect(dateIn(zone, at('2026-11-29T16:59:00.000Z'))).toBe('2026-11-29');
    // Same minute as the cached answer: served from the cache, still the old day.
    expect(dateIn(zone, at('2026-11-29T16:59:59.999Z'))).toBe('2026-11-29');
    expect(dateIn(zone, at('2026-11-29T17:00:00.000Z'))).toBe('2026-11-30');
    expect(dateIn(zone, at('2026-11-29T17:00:30.000Z'))).toBe('2026-11-30');
    // Back in time too: the cache is for one minute, not "the latest".
    expect(dateIn(zone, at('2026-11-29T16:59:30.000Z'))).toBe('2026-11-29');
  });

  it('keeps one cache entry per zone', () => {
    const instant = at('2026-11-29T17:30:00.000Z');
    expect(dateIn('Asia/Ho_Chi_Minh', instant)).toBe('2026-11-30');
    expect(dateIn('UTC', instant)).toBe('2026-11-29');
    expect(dateIn('America/Los_Angeles', instant)).toBe('2026-11-29');
    expect(dateIn('Asia/Ho_Chi_Minh', instant)).toBe('2026-11-30');
    expect(dateIn('Pacific/Kiritimati', at('2026-11-29T10:00:00.000Z'))).toBe('2026-11-30');
    expect(dateIn('UTC', at('2026-11-29T10:00:00.000Z'))).toBe('2026-11-29');
  });

  it('still refuses an unknown zone and an invalid date', () => {
    expect(() => dateIn('Mars/Olympus_Mons', at('2026-11-29T00:00:00Z'))).toThrow(RangeError);
    expect(() => dateIn('UTC', new Date(Number.NaN))).toThrow(RangeError);
  });

  it('formats dates from before whole-minute offsets without the cache', () => {
    // Monrovia kept −0:44:30 until 1972: its day began at 00:44:30 UTC, mid-minute.
    expect(dateIn('Africa/Monrovia', at('1960-01-01T00:44:29.000Z'))).toBe('1959-12-31');
    expect(dateIn('Africa/Monrovia', at('1960-01-01T00:44:31.000Z'))).toBe('1960-01-01');
  });
});
