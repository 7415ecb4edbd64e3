/**
 * A proposal as the self-check form posts it, and small readers of the pages' HTML: the web tests
 * look at what a person (or a screen reader) gets, without a DOM library.
 */

/** The form's fields for a proposal: flat names, booleans as ticked boxes, null as blank. */
export function formEntries(proposal: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push([`${path}[${i}]`, String(v)]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else if (value === true) {
      out.push([path, 'true']);
    } else if (value === null) {
      out.push([path, '']);
    } else if (value !== false && value !== undefined) {
      out.push([path, String(value)]);
    }
  };
  walk(proposal, '');
  return out.filter(([name]) => name !== 'pack');
}

export function formBody(entries: [string, string][]): URLSearchParams {
  return new URLSearchParams(entries);
}

export const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/** The page's text as read: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of the form field (`<div class="field">…`) holding the element with this id. */
export function fieldHtml(html: string, id: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) throw new Error(`no element #${id}`);
  const start = html.lastIndexOf('<div class="field">', at);
  const next = html.indexOf('<div class="field">', at);
  const end = Math.min(...[next, html.indexOf('</fieldset>', at)].filter((i) => i >= 0));
  return html.slice(start, end);
}

/** The hidden inputs of the form posting to `action`. */
export function hiddenInputs(html: string, action: string): [string, string][] {
  const form = new RegExp(`<form[^>]*action="${action}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  if (!form) throw new Error(`no form posting to ${action}`);
  return [...form.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/g)].map((m) => [
    unescapeHtml(m[1] as string),
    unescapeHtml(m[2] as string),
  ]);
}

/** An attribute of the element with this id, decoded; undefined when it has none. */
export function attributeOf(html: string, id: string, name: string): string | undefined {
  const tag = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no element #${id}`);
  const value = new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : unescapeHtml(value);
}
