/**
 * Text templates with `{placeholder}` slots, parsed once per pack and filled per screening.
 * Placeholders name a fact (`{trade.localisationPct}`), a parameter (`{param.localisation.fullPct}`)
 * or, in improvement texts, `{from}` and `{to}`.
 */
import type { ValueFormatter } from './format-value.js';
import type { Lang, Text } from './i18n.js';

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

/**
 * A slot once bound to an engine: a fact (or `{from}`/`{to}` of an improvement) formatted at each
 * rendering, or — for a slot that could not be settled at binding — the original fill, called late
 * so that it fails, if it fails, exactly when and how it always did.
 */
export type BoundSlot =
  | { source: 'fact'; key: string; format: ValueFormatter }
  | { source: 'from' | 'to' }
  | { source: 'late'; fill: (lang: Lang) => string };

/** One language of a bound template: `head`, then each slot followed by its tail. */
export type BoundLine = { head: string; slots: BoundSlot[]; tails: string[] };
export type BoundTemplate = { vi: BoundLine; en: BoundLine };

/** What binding makes of a key: fixed text (a parameter, known for the engine's dates) or a slot. */
export type Binder = (key: string, lang: Lang) => string | BoundSlot;

function bindLine(segments: Segment[], lang: Lang, bind: Binder): BoundLine {
  const line: BoundLine = { head: '', slots: [], tails: [] };
  const append = (s: string) => {
    const n = line.tails.length;
    if (n === 0) line.head += s;
    else line.tails[n - 1] += s;
  };
  for (const seg of segments) {
    if (typeof seg === 'string') {
      append(seg);
      continue;
    }
    const b = bind(seg.key, lang);
    if (typeof b === 'string') append(b);
    else {
      line.slots.push(b);
      line.tails.push('');
    }
  }
  return line;
}

/** Binds a parsed template once per engine, so rendering is string concatenation and formatting. */
export function bindTemplate(t: Template, bind: Binder): BoundTemplate {
  return { vi: bindLine(t.vi, 'vi', bind), en: bindLine(t.en, 'en', bind) };
}

/** Renders one language of a bound template; `fromTo` formats `{from}` and `{to}`. */
export function renderBound(
  line: BoundLine,
  lang: Lang,
  facts: Readonly<Record<string, unknown>>,
  change?: { from: unknown; to: unknown; format: ValueFormatter },
): string {
  let out = line.head;
  const { slots, tails } = line;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as BoundSlot;
    let s: string;
    if (slot.source === 'fact') s = slot.format(facts[slot.key], lang);
    else if (slot.source === 'late') s = slot.fill(lang);
    else {
      const c = change as { from: unknown; to: unknown; format: ValueFormatter };
      s = c.format(slot.source === 'from' ? c.from : c.to, lang);
    }
    out += s + (tails[i] as string);
  }
  return out;
}
