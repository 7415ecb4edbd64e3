/** The answer to a form without the right anti-forgery code: 403, nothing stored, what to do next. */
import type { Context } from 'hono';
import { renderPage } from '../render.js';
import { o } from './officer-texts.js';

export function refuseForm(c: Context) {
  return renderPage(
    c,
    (lang) => o('badForm', lang),
    (lang) => (
      <>
        <h1>{o('badForm', lang)}</h1>
        <p class="errors-summary" role="alert">
          {o('badFormText', lang)}
        </p>
        <p>
          <a href="/officer">{o('backToQueue', lang)}</a>
        </p>
      </>
    ),
    { status: 403 },
  );
}
