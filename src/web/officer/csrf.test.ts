/** The officer forms' anti-forgery codes and where a sign-in may send the officer back to. */
import { describe, expect, it } from 'vitest';
import { csrfCode, csrfMatches } from './csrf.js';
import { safeNext, signInHref } from './session.js';

describe('the anti-forgery code of an officer form', () => {
  it('is derived from the session secret, and only that secret’s code matches', () => {
    const code = csrfCode('fdi_secret-one');
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(csrfMatches('fdi_secret-one', code)).toBe(true);
    expect(csrfMatches('fdi_secret-two', code)).toBe(false);
  });

  it('is not the plain hash of the token, so it reveals nothing usable elsewhere', async () => {
    const { createHash } = await import('node:crypto');
    expect(csrfCode('fdi_x')).not.toBe(createHash('sha256').update('fdi_x').digest('hex'));
  });

  it('refuses a missing, empty, shorter or non-text code', () => {
    const code = csrfCode('s');
    expect(csrfMatches('s', undefined)).toBe(false);
    expect(csrfMatches('s', '')).toBe(false);
    expect(csrfMatches('s', code.slice(1))).toBe(false);
    expect(csrfMatches('s', [code])).toBe(false);
  });
});

describe('where a sign-in sends the officer back to', () => {
  it('is a page of the officer desk, with its query', () => {
    expect(safeNext('/officer/applications/1?lang=en')).toBe('/officer/applications/1?lang=en');
    expect(safeNext('/officer?status=submitted')).toBe('/officer?status=submitted');
  });

  it('is never another site or another part of the service', () => {
    for (const next of [
      '//evil.example',
      'https://evil.example/officer',
      '/officerx',
      '/api/v1/tokens',
      '/officer/\\\\evil',
      '/officer//evil.example',
      undefined,
    ]) {
      expect(safeNext(next), String(next)).toBe('/officer');
    }
  });

  it('is carried by the sign-in address only when it is not the queue itself', () => {
    expect(signInHref('/officer')).toBe('/officer/sign-in');
    expect(signInHref('/officer/applications/1')).toBe(
      '/officer/sign-in?next=%2Fofficer%2Fapplications%2F1',
    );
  });
});
