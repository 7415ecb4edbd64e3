/**
 * Anti-forgery codes for the officer forms. The code is derived from a secret the browser keeps in
 * an HttpOnly cookie (the session token, or before sign-in a random value): a page on another site
 * can make the browser send the cookie only where SameSite allows, and can never read it to compute
 * the code, so a forged POST arrives without the right one.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** A label of its own, so the code is never the hash of the token another part of the service uses. */
const LABEL = 'fdi-web-officer-csrf-v1\u0000';

/** The form field that carries the code. */
export const CSRF_FIELD = 'csrf';

export function csrfCode(secret: string): string {
  return createHash('sha256')
    .update(LABEL + secret)
    .digest('hex');
}

/** Whether `given` is the code for `secret`, compared in constant time. */
export function csrfMatches(secret: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfCode(secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
