/**
 * `/applications/{id}?receipt=`: an application as its receipt holder sees it. A wrong receipt and
 * a missing application both give the same 404 page, so the page reveals nothing to others.
 */
import { Hono } from 'hono';
import { getApplication } from '../../applications/get-application.js';
import { ServiceError } from '../../service-errors.js';
import { renderNotFound } from '../not-found-page.js';
import { renderPage } from '../render.js';
import { verbContext, type WebEnv } from '../verb-context.js';
import type { WebDeps } from '../web-deps.js';
import { ApplicationStatusPage, applicationTitle } from './application-status-page.js';

export function applicationStatusRoutes(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/:id', async (c) => {
    const receipt = c.req.query('receipt');
    if (!deps.db || !receipt) return renderNotFound(c);
    try {
      const view = await getApplication(verbContext(c, { ...deps, db: deps.db }), {
        id: c.req.param('id'),
        receipt,
      });
      c.header('Cache-Control', 'private, no-store');
      return renderPage(c, applicationTitle, (lang) => (
        <ApplicationStatusPage view={view} lang={lang} />
      ));
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not_found') {
        return renderNotFound(c, error.text);
      }
      throw error;
    }
  });
  return app;
}
