/**
 * The page language: Vietnamese by default; `?lang=en` (or `vi`) switches and is remembered in a
 * cookie, so the switch keeps the page and the pages after it.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../screening/i18n.js';

const COOKIE = 'lang';

export function pageLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'en' || asked === 'vi') {
    setCookie(c, COOKIE, asked, {
      path: '/',
      sameSite: 'Lax',
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: true,
    });
    return asked;
  }
  return getCookie(c, COOKIE) === 'en' ? 'en' : 'vi';
}

/** The same page in the other language: the path and query kept, `lang` replaced. */
export function switchLangHref(c: Context, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang);
  return `${url.pathname}?${url.searchParams.toString()}`;
}
