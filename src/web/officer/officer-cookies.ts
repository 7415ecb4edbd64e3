/**
 * The officer desk's cookies: the session (the access token), the sign-in form's secret and the
 * flash message. All are HttpOnly (no script reads them), SameSite=Strict (no other site's page
 * sends them along), limited to /officer, and Secure when the request came over https.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'officer_session';
export const SIGN_IN_COOKIE = 'officer_sign_in';
export const FLASH_COOKIE = 'officer_flash';

/** A working day: an officer signs in again the next morning. */
const SESSION_SECONDS = 8 * 60 * 60;

function options(c: Context) {
  return {
    path: '/officer',
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: new URL(c.req.url).protocol === 'https:',
  };
}

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}

export function writeCookie(c: Context, name: string, value: string, maxAge = SESSION_SECONDS) {
  setCookie(c, name, value, { ...options(c), maxAge });
}

export function clearCookie(c: Context, name: string) {
  deleteCookie(c, name, options(c));
}
