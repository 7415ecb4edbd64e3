/**
 * The case page and its forms. Each POST calls one verb as the signed-in officer, then redirects
 * back to the case with a flash message (POST–redirect–GET, so a reload repeats nothing); a verb's
 * refusal is shown on the case page itself, with what was typed kept in the form.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DecisionInput, recordDecision } from '../../applications/record-decision.js';
import { recordVerifications } from '../../applications/record-verification.js';
import { RescreenInput, rescreenApplication } from '../../applications/rescreen-application.js';
import type { Database } from '../../db/client.js';
import { formatNumber } from '../../screening/format-value.js';
import { proposalField } from '../../screening/proposal-fields.js';
import { unstorableText } from '../../screening/storable-text.js';
import { invalid, ServiceError } from '../../service-errors.js';
import { renderPage } from '../render.js';
import { verbContext } from '../verb-context.js';
import type { WebDeps } from '../web-deps.js';
import { DECISIONS } from './action-forms.js';
import { loadCase } from './case-data.js';
import { CasePage, type Draft, projectName } from './case-page.js';
import { type PageError, pageErrorOf } from './error-notice.js';
import { parseFieldValue } from './field-value.js';
import { setFlash, takeFlash } from './flash.js';
import { O, o } from './officer-texts.js';
import { bandLabel } from './pack-labels.js';
import type { OfficerEnv } from './session.js';

type Ctx = Context<OfficerEnv>;

export function caseRoutes(deps: WebDeps & { db: Database }): Hono<OfficerEnv> {
  const app = new Hono<OfficerEnv>();
  const ctxOf = (c: Ctx) => verbContext(c, deps, c.get('session').actor);

  /** The case page, as it is now, with the outcome of the request that led here. */
  async function show(c: Ctx, id: string, outcome: { error?: PageError; draft?: Draft } = {}) {
    let data: Awaited<ReturnType<typeof loadCase>>;
    try {
      data = await loadCase(ctxOf(c), id);
    } catch (error) {
      const e = pageErrorOf(error);
      return renderPage(
        c,
        (lang) => o('notFound', lang),
        (lang) => (
          <>
            <h1>{o('notFound', lang)}</h1>
            <p>{e.text[lang]}</p>
            <p>
              <a href="/officer">{o('backToQueue', lang)}</a>
            </p>
          </>
        ),
        { status: e.status },
      );
    }
    const flash = outcome.error ? undefined : takeFlash(c);
    return renderPage(
      c,
      (lang) => `${projectName(data)} · ${o('caseTitle', lang)}`,
      (lang) => (
        <CasePage
          lang={lang}
          session={c.get('session')}
          packs={deps.packs}
          data={data}
          flash={flash}
          error={outcome.error}
          draft={outcome.draft}
        />
      ),
      {
        ...(outcome.error ? { status: outcome.error.status } : {}),
        scripts: ['/assets/confirm-decision.js'],
      },
    );
  }

  /** Runs a verb for a form; on success back to the case, on a refusal the case with the error. */
  async function act(c: Ctx, draft: Draft, run: () => Promise<void>) {
    const id = c.req.param('id') as string;
    try {
      await run();
    } catch (error) {
      return show(c, id, { error: pageErrorOf(error), draft });
    }
    return c.redirect(`/officer/applications/${encodeURIComponent(id)}`, 303);
  }

  /** Notes and values the database cannot hold are refused here, as the API refuses them. */
  function refuseUnstorable(form: Record<string, string>) {
    const issues = unstorableText(form);
    if (issues.length > 0) throw invalid(issues);
  }

  app.get('/:id', (c) => show(c, c.req.param('id')));
  // A page answering a form keeps the form's address; following its language switch (a GET)
  // comes here and goes back to the case, in the language asked for.
  app.get('/:id/:action{verifications|screenings|decision}', (c) => {
    const { search } = new URL(c.req.url);
    return c.redirect(
      `/officer/applications/${encodeURIComponent(c.req.param('id'))}${search}`,
      303,
    );
  });

  app.post('/:id/verifications', (c) => {
    const form = c.get('form');
    const path = form.path ?? '';
    const draft = { verify: { path, value: form.value ?? '', note: form.note ?? '' } };
    return act(c, draft, async () => {
      refuseUnstorable(form);
      const field = proposalField(path);
      const value = field ? parseFieldValue(field, form.value ?? '') : undefined;
      const note = (form.note ?? '').trim();
      if (!note) throw invalid([{ path: 'note', rule: 'required', message: O.noteMissing }]);
      try {
        await recordVerifications(ctxOf(c), c.req.param('id'), {
          path,
          verified: true,
          note,
          ...(value === undefined ? {} : { value }),
        });
      } catch (error) {
        // The verb names the corrected value `value`; the officer knows it by the field's name.
        if (error instanceof ServiceError && error.extra.issues) {
          for (const i of error.extra.issues) if (i.path === 'value') i.path = path;
        }
        throw error;
      }
      setFlash(c, value === undefined ? 'verified' : 'corrected', {
        field: field?.label ?? path,
      });
    });
  });

  app.post('/:id/screenings', (c) => {
    const form = c.get('form');
    return act(c, {}, async () => {
      refuseUnstorable(form);
      const input = RescreenInput.safeParse(form.version ? { version: form.version } : {});
      if (!input.success) {
        throw invalid([{ path: 'version', rule: 'invalid', message: O.packVersion }]);
      }
      const done = await rescreenApplication(ctxOf(c), c.req.param('id'), input.data);
      const band = bandLabel(deps.packs, done.screening.pack.id, done.screening.band.id);
      setFlash(c, 'rescreened', {
        score: {
          vi: formatNumber(done.screening.score, 'vi'),
          en: formatNumber(done.screening.score, 'en'),
        },
        band: band ?? done.screening.band.label,
      });
    });
  });

  app.post('/:id/decision', (c) => {
    const form = c.get('form');
    const draft = { decide: { decision: form.decision ?? '', note: form.note ?? '' } };
    return act(c, draft, async () => {
      refuseUnstorable(form);
      const issues = [];
      if (!(DECISIONS as readonly string[]).includes(form.decision ?? '')) {
        issues.push({ path: 'decision', rule: 'required', message: O.decisionMissing });
      }
      if (!(form.note ?? '').trim()) {
        issues.push({ path: 'note', rule: 'required', message: O.noteMissing });
      }
      const input = DecisionInput.safeParse({ decision: form.decision, note: form.note });
      if (issues.length > 0 || !input.success) throw invalid(issues);
      const done = await recordDecision(ctxOf(c), c.req.param('id'), input.data);
      setFlash(c, done.decision);
    });
  });

  return app;
}
