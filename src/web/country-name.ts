/** A country's name from its ISO 3166 code, in the page's language (the code when unknown). */
import type { Lang } from '../screening/i18n.js';

const names = new Map<Lang, Intl.DisplayNames | null>();

function displayNames(lang: Lang): Intl.DisplayNames | null {
  if (!names.has(lang)) {
    try {
      names.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }));
    } catch {
      // A Node built without ICU data: codes are still correct, only less friendly.
      names.set(lang, null);
    }
  }
  return names.get(lang) ?? null;
}

export function countryName(code: string, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  const name = displayNames(lang)?.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
