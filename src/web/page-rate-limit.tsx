/**
 * The app's limiter of public writes, answered as a page: the same budget per client as the API
 * (spreading writes over pages and API gains nothing), but a person sees HTML, not JSON.
 */
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from '../http/problem.js';
import { renderPage } from './render.js';

export function pageRateLimit(limit: MiddlewareHandler | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (limit) {
      try {
        // Only the count and the verdict are wanted here; the page's handler runs below.
        await limit(c, async () => {});
      } catch (error) {
        if (!(error instanceof ProblemError) || error.code !== 'too_many_requests') throw error;
        for (const [k, v] of Object.entries(error.options.headers ?? {})) c.header(k, v);
        return renderPage(
          c,
          (lang) => (lang === 'vi' ? 'Quá nhiều yêu cầu' : 'Too many requests'),
          (lang) => (
            <>
              <h1>{lang === 'vi' ? 'Quá nhiều yêu cầu' : 'Too many requests'}</h1>
              <p>{error.options.detail?.[lang]}</p>
              <p>
                {lang === 'vi'
                  ? 'Hãy quay lại trang trước và gửi lại sau ít phút.'
                  : 'Go back to the previous page and send again in a moment.'}
              </p>
            </>
          ),
          { status: 429 },
        );
      }
    }
    await next();
  };
}
