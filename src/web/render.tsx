/** Renders a page in the shell, in the request's language. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang } from '../screening/i18n.js';
import { pageLang, switchLangHref } from './lang.js';
import { Page } from './page.js';

export function renderPage(
  c: Context,
  title: (lang: Lang) => string,
  body: (lang: Lang) => Child,
  options: {
    status?: 200 | 201 | 400 | 403 | 404 | 409 | 413 | 422 | 429 | 503;
    scripts?: string[];
  } = {},
) {
  const lang = pageLang(c);
  const other = lang === 'vi' ? 'en' : 'vi';
  return c.html(
    `<!doctype html>${(
      (
        <Page
          lang={lang}
          title={title(lang)}
          path={c.req.path}
          otherLangHref={switchLangHref(c, other)}
          scripts={options.scripts ?? []}
        >
          {body(lang)}
        </Page>
      )
    ).toString()}`,
    options.status ?? 200,
  );
}
