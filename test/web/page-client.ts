/**
 * A visitor of the pages through `app.request()`: it keeps the cookies the app sets (as a browser
 * would for one site), posts forms as `application/x-www-form-urlencoded`, and never follows
 * redirects, so tests see each step of POST–redirect–GET.
 */

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

export type PageClient = {
  cookies: Map<string, string>;
  /** Every Set-Cookie header the app sent, as sent, latest last. */
  setCookies: string[];
  get(path: string): Promise<Response>;
  post(path: string, form: Record<string, string>): Promise<Response>;
};

export function pageClient(app: App): PageClient {
  const cookies = new Map<string, string>();
  const setCookies: string[] = [];
  const keep = (res: Response) => {
    for (const header of res.headers.getSetCookie()) {
      setCookies.push(header);
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  };
  const cookieHeader = (): Record<string, string> =>
    cookies.size === 0 ? {} : { Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  return {
    cookies,
    setCookies,
    get: async (path) => keep(await app.request(path, { headers: cookieHeader() })),
    post: async (path, form) =>
      keep(
        await app.request(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...cookieHeader() },
          body: new URLSearchParams(form).toString(),
        }),
      ),
  };
}

/** The value of a hidden or visible input named `name` in a page (the first one). */
export function inputValue(html: string, name: string): string {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  const value = tag && /value="([^"]*)"/.exec(tag)?.[1];
  if (value === undefined) throw new Error(`no input "${name}" with a value in the page`);
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

/** The page's text without tags, spaces collapsed, for assertions on what a reader sees. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}
