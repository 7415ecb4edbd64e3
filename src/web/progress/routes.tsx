/** `/progress`: the FDI tracker page, read through the FDI verbs; it needs the database. */
import { Hono } from 'hono';
import { renderPage } from '../render.js';
import { verbContext, type WebEnv } from '../verb-context.js';
import type { WebDeps } from '../web-deps.js';
import { loadProgress } from './load-progress.js';
import { ProgressPage } from './progress-page.js';
import { p } from './progress-texts.js';

export function progressRoutes(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/', async (c) => {
    const title = (lang: 'vi' | 'en') => p('title', lang);
    if (!deps.db) {
      return renderPage(
        c,
        title,
        (lang) => (
          <>
            <h1>{p('title', lang)}</h1>
            <p class="notice">{p('needsDatabase', lang)}</p>
          </>
        ),
        { status: 503 },
      );
    }
    const data = await loadProgress(verbContext(c, { ...deps, db: deps.db }));
    return renderPage(c, title, (lang) => <ProgressPage data={data} lang={lang} />);
  });
  return app;
}
