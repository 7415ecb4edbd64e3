/**
 * `/officer`: the officers' desk — sign-in with an access token, the queue, and the case pages with
 * their forms. Every page but sign-in needs a valid session; every form carries an anti-forgery code.
 */
import { Hono } from 'hono';
import { listApplications } from '../../applications/list-applications.js';
import { renderPage } from '../render.js';
import { verbContext } from '../verb-context.js';
import type { WebDeps } from '../web-deps.js';
import { caseRoutes } from './case-routes.js';
import { pageErrorOf } from './error-notice.js';
import { setFlash, takeFlash } from './flash.js';
import { formLimit } from './form-limit.js';
import { refuseForm } from './form-refused.js';
import { o } from './officer-texts.js';
import { readFilters } from './queue-filters.js';
import { QueuePage } from './queue-page.js';
import { endSession, type OfficerEnv, requireOfficer } from './session.js';
import { signInRoutes } from './sign-in.js';

export function officerRoutes(deps: WebDeps): Hono<OfficerEnv> {
  const app = new Hono<OfficerEnv>();
  const db = deps.db;
  if (!db) {
    app.all('*', (c) =>
      renderPage(
        c,
        (lang) => o('desk', lang),
        (lang) => (
          <>
            <h1>{o('desk', lang)}</h1>
            <p class="notice">{o('needsDatabase', lang)}</p>
          </>
        ),
        { status: 503 },
      ),
    );
    return app;
  }

  app.route('/sign-in', signInRoutes(deps, db));
  const guard = requireOfficer(db, refuseForm);
  for (const path of ['/', '/sign-out', '/applications/*']) {
    // A GET carries no body, so the limit only ever bounds the forms.
    app.use(path, formLimit, guard);
  }

  app.post('/sign-out', (c) => {
    endSession(c);
    setFlash(c, 'signed_out');
    return c.redirect('/officer/sign-in', 303);
  });

  app.get('/', async (c) => {
    const session = c.get('session');
    const filters = readFilters(c.req.query());
    const flash = takeFlash(c);
    const page = (props: Partial<Parameters<typeof QueuePage>[0]>, status?: 400) =>
      renderPage(
        c,
        (lang) => o('queue', lang),
        (lang) => (
          <QueuePage
            lang={lang}
            session={session}
            packs={deps.packs}
            values={filters.values}
            flash={flash}
            {...props}
          />
        ),
        status ? { status } : {},
      );
    if (!filters.ok) return page({ problems: filters.problems }, 400);
    try {
      const result = await listApplications(
        verbContext(c, { ...deps, db }, session.actor),
        filters.query,
      );
      return page({ page: { ...result, paged: filters.query.cursor !== undefined } });
    } catch (error) {
      // A cursor that is not one the queue gave out: the verb says so.
      return page({ error: pageErrorOf(error).text }, 400);
    }
  });

  app.route('/applications', caseRoutes({ ...deps, db }));
  return app;
}
