/** Bilingual text: every user-facing string exists in Vietnamese and English. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Text = { vi: string; en: string };

export function text(vi: string, en: string): Text {
  return { vi, en };
}
