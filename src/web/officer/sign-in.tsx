/**
 * `/officer/sign-in`: a form for an officer's or administrator's access token. Even this form
 * carries an anti-forgery code (tied to a random secret in its own cookie), so another site cannot
 * sign a browser in with a token of its choosing.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Database } from '../../db/client.js';
import type { Lang } from '../../screening/i18n.js';
import { authenticate } from '../../tokens/tokens.js';
import { renderPage } from '../render.js';
import type { WebDeps } from '../web-deps.js';
import { CSRF_FIELD, csrfCode, csrfMatches } from './csrf.js';
import { type Flash, FlashMessage, setFlash, takeFlash } from './flash.js';
import { formLimit } from './form-limit.js';
import { refuseForm } from './form-refused.js';
import { clearCookie, readCookie, SIGN_IN_COOKIE, writeCookie } from './officer-cookies.js';
import { o } from './officer-texts.js';
import { currentSession, formBody, type OfficerEnv, safeNext, startSession } from './session.js';

/** An hour to fill in one field is plenty; the form is simply shown again after that. */
const SIGN_IN_SECONDS = 60 * 60;

function SignInForm(props: {
  lang: Lang;
  csrf: string;
  next: string;
  failed: boolean;
  flash?: Flash;
}) {
  const { lang } = props;
  return (
    <>
      <h1>{o('signIn', lang)}</h1>
      <FlashMessage flash={props.flash} lang={lang} />
      {props.failed && (
        <p class="errors-summary" role="alert">
          {o('badToken', lang)}
        </p>
      )}
      <p>{o('signInIntro', lang)}</p>
      <form method="post" action="/officer/sign-in">
        <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <div class="field">
          <label for="token">{o('token', lang)}</label>
          <span class="hint" id="token-hint">
            {o('tokenHint', lang)}
          </span>
          <input
            type="password"
            id="token"
            name="token"
            required
            autocomplete="off"
            aria-describedby="token-hint"
            aria-invalid={props.failed ? 'true' : undefined}
          />
        </div>
        <button type="submit">{o('signIn', lang)}</button>
      </form>
    </>
  );
}

export function signInRoutes(deps: WebDeps, db: Database): Hono<OfficerEnv> {
  const app = new Hono<OfficerEnv>();
  const page = (
    c: Parameters<typeof renderPage>[0],
    secret: string,
    next: string,
    failed: boolean,
    flash?: Flash,
  ) =>
    renderPage(
      c,
      (lang) => o('signIn', lang),
      (lang) => (
        <SignInForm
          lang={lang}
          csrf={csrfCode(secret)}
          next={next}
          failed={failed}
          {...(flash ? { flash } : {})}
        />
      ),
      failed ? { status: 403 } : {},
    );

  app.get('/', async (c) => {
    const next = safeNext(c.req.query('next'));
    c.header('Cache-Control', 'no-store');
    if (await currentSession(c, db)) return c.redirect(next, 303);
    const secret = randomBytes(32).toString('base64url');
    writeCookie(c, SIGN_IN_COOKIE, secret, SIGN_IN_SECONDS);
    return page(c, secret, next, false, takeFlash(c));
  });

  // Guessing tokens is hopeless, but each try costs a database lookup: limited like public writes.
  app.post('/', formLimit);
  if (deps.publicWriteLimit) app.post('/', deps.publicWriteLimit);
  app.post('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const form = await formBody(c);
    const secret = readCookie(c, SIGN_IN_COOKIE);
    if (!secret || !csrfMatches(secret, form[CSRF_FIELD])) return refuseForm(c);
    const next = safeNext(form.next);
    const token = (form.token ?? '').trim();
    if (!(await authenticate(db, token))) return page(c, secret, next, true);
    startSession(c, token);
    clearCookie(c, SIGN_IN_COOKIE);
    setFlash(c, 'signed_in');
    return c.redirect(next, 303);
  });
  return app;
}
