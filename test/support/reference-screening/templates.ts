/**
 * Text templates with `{placeholder}` slots, parsed once per pack and filled per screening.
 * Placeholders name a fact (`{trade.localisationPct}`), a parameter (`{param.localisation.fullPct}`)
 * or, in improvement texts, `{from}` and `{to}`.
 */
import type { Lang, Text } from '../../../src/screening/i18n.js';

type Segment = string | { key: string };
export type Template = { vi: Segment[]; en: Segment[] };

const SLOT = /\{([A-Za-z0-9_.-]+)\}/g;

function parse(s: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of s.matchAll(SLOT)) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push({ key: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

export function parseTemplate(t: Text): Template {
  return { vi: parse(t.vi), en: parse(t.en) };
}

export function placeholders(t: Text): string[] {
  const keys = new Set<string>();
  for (const s of [t.vi, t.en]) for (const m of s.matchAll(SLOT)) keys.add(m[1] as string);
  return [...keys];
}

export function render(t: Template, lang: Lang, fill: (key: string, lang: Lang) => string): string {
  let out = '';
  for (const seg of t[lang]) out += typeof seg === 'string' ? seg : fill(seg.key, lang);
  return out;
}

export function renderText(t: Template, fill: (key: string, lang: Lang) => string): Text {
  return { vi: render(t, 'vi', fill), en: render(t, 'en', fill) };
}
