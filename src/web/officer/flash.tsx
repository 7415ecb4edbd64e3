/**
 * The message shown once after a POST–redirect–GET ("Verification recorded"), carried by a short
 * cookie. It holds only a known kind and a few values (in both languages when they are words, since
 * the language may be switched before it is shown); the sentence is looked up when shown.
 */
import type { Context } from 'hono';
import type { Lang, Text } from '../../screening/i18n.js';
import { fillText } from '../fill-text.js';
import { clearCookie, FLASH_COOKIE, readCookie, writeCookie } from './officer-cookies.js';
import { FLASH_WORDS } from './officer-texts.js';

type Fill = Record<string, string | Text>;
export type Flash = { kind: string; fill: Fill };

const isText = (v: unknown): v is Text =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Text).vi === 'string' &&
  typeof (v as Text).en === 'string';

export function setFlash(c: Context, kind: keyof typeof FLASH_WORDS, fill: Fill = {}) {
  writeCookie(c, FLASH_COOKIE, JSON.stringify({ kind, fill }), 60);
}

/** The flash of the previous request, if any, cleared so that a reload does not repeat it. */
export function takeFlash(c: Context): Flash | undefined {
  const raw = readCookie(c, FLASH_COOKIE);
  if (raw === undefined) return undefined;
  clearCookie(c, FLASH_COOKIE);
  try {
    const parsed = JSON.parse(raw) as Partial<Flash>;
    if (typeof parsed.kind !== 'string' || !(parsed.kind in FLASH_WORDS)) return undefined;
    const fill: Fill = {};
    for (const [k, v] of Object.entries(parsed.fill ?? {}))
      if (typeof v === 'string' || isText(v)) fill[k] = v;
    return { kind: parsed.kind, fill };
  } catch {
    return undefined;
  }
}

export function flashText(flash: Flash, lang: Lang): string {
  const words = FLASH_WORDS[flash.kind];
  if (!words) return '';
  const values = Object.fromEntries(
    Object.entries(flash.fill).map(([k, v]) => [k, typeof v === 'string' ? v : v[lang]]),
  );
  return fillText(words[lang], values);
}

export function FlashMessage({ flash, lang }: { flash: Flash | undefined; lang: Lang }) {
  if (!flash) return null;
  return (
    <p class="flash" role="status">
      {flashText(flash, lang)}
    </p>
  );
}
