/**
 * `/self-check`: GET shows the form; POST checks the proposal and shows the result (or the form with
 * its errors, 400); POST /apply submits the checked proposal as an application and shows the receipt.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { submitApplication } from '../../applications/submit-application.js';
import { unstorableText } from '../../screening/storable-text.js';
import { ServiceError } from '../../service-errors.js';
import { renderNotFound } from '../not-found-page.js';
import { packInForce } from '../pack-in-force.js';
import { pageRateLimit } from '../page-rate-limit.js';
import { renderPage } from '../render.js';
import { verbContext, type WebEnv } from '../verb-context.js';
import type { WebDeps } from '../web-deps.js';
import { checkProposal } from './check-proposal.js';
import { formErrors, NO_ERRORS } from './form-errors.js';
import { parseForm } from './parse-form.js';
import { formLimit, readForm } from './read-form.js';
import { ReceiptPage, receiptTitle } from './receipt-page.js';
import { SelfCheckPage, type SelfCheckPageProps, selfCheckTitle } from './self-check-page.js';

/** Progressive enhancement only: the form, the result and the apply button all work without them. */
const LANGUAGE_SWITCH = '/assets/keep-form-on-language-switch.js';
const SCRIPTS = ['/assets/park-filter.js', '/assets/print-button.js', LANGUAGE_SWITCH];

/** The API's rule for Idempotency-Key; a key that breaks it is dropped rather than refused. */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,200}$/;

type PageState = Omit<SelfCheckPageProps, 'lang' | 'packs' | 'catalogues'>;

export function selfCheckRoutes(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  const page = (c: Context, state: PageState, status: 200 | 400 = 200) => {
    const { catalogues } = packInForce(deps).version.content;
    return renderPage(
      c,
      selfCheckTitle,
      (lang) => <SelfCheckPage lang={lang} packs={deps.packs} catalogues={catalogues} {...state} />,
      { status, scripts: SCRIPTS },
    );
  };

  app.get('/', (c) => page(c, { values: {}, errors: NO_ERRORS, submitted: false }));

  app.post('/', formLimit, async (c) => {
    const { values, extra } = await readForm(c);
    // The language switch re-posts an unsent form only to keep what was typed: no checking yet.
    if (extra('intent') === 'keep') return page(c, { values, errors: NO_ERRORS, submitted: false });
    const checked = checkProposal(deps, values);
    if (!checked.ok) return page(c, { values, errors: checked.errors, submitted: true }, 400);
    return page(c, {
      values,
      errors: NO_ERRORS,
      submitted: true,
      result: {
        result: checked.result,
        projectName: checked.projectName,
        investorName: checked.investorName,
        // The key is made now, once per result shown: every click on this page's button reuses it.
        ...(deps.db ? { apply: { values, idempotencyKey: randomUUID() } } : {}),
      },
    });
  });

  // Reached only by the language switch of a receipt without its script: the receipt cannot be
  // shown again without the posted form, so the switch lands on the self-check in that language.
  app.get('/apply', (c) => {
    const lang = c.req.query('lang');
    return c.redirect(
      lang === 'en' || lang === 'vi' ? `/self-check?lang=${lang}` : '/self-check',
      303,
    );
  });

  app.post('/apply', formLimit, pageRateLimit(deps.publicWriteLimit), async (c) => {
    const db = deps.db;
    if (!db) return renderNotFound(c);
    const { values, extra } = await readForm(c);
    const { body, sectorInputs } = parseForm(values);
    const unstorable = unstorableText(body);
    if (unstorable.length > 0) {
      return page(
        c,
        { values, errors: formErrors(unstorable, sectorInputs, values), submitted: true },
        400,
      );
    }
    const posted = extra('idempotencyKey');
    const key = posted && IDEMPOTENCY_KEY.test(posted) ? posted : undefined;
    try {
      const { body: submitted } = await submitApplication(verbContext(c, { ...deps, db }), {
        body,
        idempotencyKey: key,
      });
      // The receipt token is on this page: no cache may keep it.
      c.header('Cache-Control', 'no-store');
      return renderPage(
        c,
        receiptTitle,
        (lang) => (
          <ReceiptPage
            submitted={submitted}
            resend={key ? { values, idempotencyKey: key } : undefined}
            lang={lang}
          />
        ),
        { status: 201, scripts: [LANGUAGE_SWITCH] },
      );
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      if (error.code === 'validation_failed') {
        const errors = formErrors(error.extra.issues ?? [], sectorInputs, values);
        return page(c, { values, errors, submitted: true }, 400);
      }
      if (error.code === 'idempotency_key_reused') return keyReused(c, error);
      throw error;
    }
  });

  return app;
}

function keyReused(c: Context, error: ServiceError) {
  return renderPage(
    c,
    (lang) => (lang === 'vi' ? 'Hồ sơ đã được nộp' : 'Already submitted'),
    (lang) => (
      <>
        <h1>{lang === 'vi' ? 'Hồ sơ đã được nộp' : 'Already submitted'}</h1>
        <p>{error.text[lang]}</p>
        <p>
          {lang === 'vi'
            ? 'Nút nộp của một kết quả chỉ nộp đúng dự án đã kiểm tra. Hãy kiểm tra lại dự án rồi nộp từ kết quả mới.'
            : 'A result’s submit button submits only the project that was checked. Check the project again and submit from the new result.'}{' '}
          <a href="/self-check">{lang === 'vi' ? 'Tự đánh giá dự án' : 'Check a project'}</a>
        </p>
      </>
    ),
    { status: 409 },
  );
}
