/**
 * The HTML "page not found" for people; API clients (anything under /api, the docs, the OpenAPI
 * file, or a client that does not ask for HTML) keep the JSON problem.
 */
import type { Context } from 'hono';
import type { Text } from '../screening/i18n.js';
import { renderPage } from './render.js';

const JSON_ONLY = /^\/(api|docs|openapi\.json)(\/|$)/;

export function wantsPage(c: Context): boolean {
  return !JSON_ONLY.test(c.req.path) && (c.req.header('accept') ?? '').includes('text/html');
}

export function renderNotFound(c: Context, detail?: Text) {
  return renderPage(
    c,
    (lang) => (lang === 'vi' ? 'Không tìm thấy trang' : 'Page not found'),
    (lang) => (
      <>
        <h1>{lang === 'vi' ? 'Không tìm thấy trang' : 'Page not found'}</h1>
        <p>
          {detail?.[lang] ??
            (lang === 'vi'
              ? `Không có trang nào ở địa chỉ ${c.req.path}.`
              : `There is no page at ${c.req.path}.`)}
        </p>
        <ul>
          <li>
            <a href="/">{lang === 'vi' ? 'Về trang chủ' : 'Go to the home page'}</a>
          </li>
          <li>
            <a href="/self-check">{lang === 'vi' ? 'Tự đánh giá dự án' : 'Check a project'}</a>
          </li>
          <li>
            <a href="/criteria">{lang === 'vi' ? 'Xem bộ tiêu chí' : 'Read the criteria'}</a>
          </li>
        </ul>
      </>
    ),
    { status: 404 },
  );
}
