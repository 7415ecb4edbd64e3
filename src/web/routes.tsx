/** The server-rendered pages, mounted at the root beside the API. */
import { Hono } from 'hono';
import { todayFor } from '../screening/today.js';
import { assetRoutes } from './assets.js';
import { criteriaRoutes } from './criteria/routes.js';
import { HomePage } from './home-page.js';
import { officerRoutes } from './officer/routes.js';
import { progressRoutes } from './progress/routes.js';
import { renderPage } from './render.js';
import { applicationStatusRoutes } from './self-check/application-status-routes.js';
import { selfCheckRoutes } from './self-check/routes.js';
import type { WebDeps } from './web-deps.js';

export const ASSETS = [
  'site.css',
  'print.css',
  'park-filter.js',
  'print-button.js',
  'keep-form-on-language-switch.js',
  'confirm-decision.js',
];

export function webRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  app.route('/assets', assetRoutes(ASSETS));
  app.get('/', (c) =>
    renderPage(
      c,
      (lang) => (lang === 'vi' ? 'Trang chủ' : 'Home'),
      (lang) => (
        <HomePage
          lang={lang}
          packs={deps.packs}
          today={todayFor(deps.packs, deps.packs.defaultPackId, deps.clock())}
        />
      ),
    ),
  );
  app.route('/self-check', selfCheckRoutes(deps));
  app.route('/applications', applicationStatusRoutes(deps));
  app.route('/criteria', criteriaRoutes(deps));
  app.route('/progress', progressRoutes(deps));
  app.route('/officer', officerRoutes(deps));
  return app;
}
