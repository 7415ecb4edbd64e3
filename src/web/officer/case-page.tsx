/** `/officer/applications/{id}`: one case — the screening, the facts to verify, the actions, the proposal, the history. */
import type { Lang } from '../../screening/i18n.js';
import type { PackRegistry } from '../../screening/pack-registry.js';
import { formatDate } from '../format-date.js';
import { ActionForms, type DecideDraft } from './action-forms.js';
import type { CaseData } from './case-data.js';
import { declaredFacts } from './declared-facts.js';
import { ErrorNotice, type PageError } from './error-notice.js';
import { FactsSection, type VerifyDraft } from './facts-section.js';
import { type Flash, FlashMessage } from './flash.js';
import { HistorySection } from './history-section.js';
import { OfficerBar } from './officer-bar.js';
import { o, STATUS_WORDS } from './officer-texts.js';
import { bandLabel } from './pack-labels.js';
import { ProposalSection } from './proposal-section.js';
import { ScreeningSection } from './screening-section.js';
import type { OfficerSession } from './session.js';

/** What the officer typed into the form that failed, shown again so nothing has to be retyped. */
export type Draft = { verify?: VerifyDraft; decide?: DecideDraft };

export type CaseProps = {
  lang: Lang;
  session: OfficerSession;
  packs: PackRegistry;
  data: CaseData;
  flash?: Flash | undefined;
  error?: PageError | undefined;
  draft?: Draft | undefined;
};

export function projectName(data: CaseData): string {
  const project = (data.view.proposal as { project?: { name?: unknown } }).project;
  return typeof project?.name === 'string' ? project.name : data.view.id;
}

export function CasePage(props: CaseProps) {
  const { lang, data, session } = props;
  const { view } = data;
  const packId = view.screening.pack.id;
  const bandName = (id: string) => bandLabel(props.packs, packId, id)?.[lang] ?? id;
  return (
    <>
      <OfficerBar session={session} lang={lang} />
      <p>
        <a href="/officer">← {o('backToQueue', lang)}</a>
      </p>
      <h1>
        <span class="muted">{o('caseTitle', lang)}:</span> {projectName(data)}
      </h1>
      <FlashMessage flash={props.flash} lang={lang} />
      <ErrorNotice error={props.error} lang={lang} />
      <dl class="figures case-summary">
        <dt>{o('status', lang)}</dt>
        <dd data-status={view.status}>
          <strong>{STATUS_WORDS[view.status]?.[lang] ?? view.status}</strong>
        </dd>
        <dt>{o('submittedOn', lang)}</dt>
        <dd>{formatDate(view.submittedOn, lang)}</dd>
        <dt>{o('pack', lang)}</dt>
        <dd>{view.packId}</dd>
        <dt>ID</dt>
        <dd>
          <code>{view.id}</code>
        </dd>
      </dl>
      <nav class="toc" aria-label={o('onThisPage', lang)}>
        <ul class="toc-list">
          <li>
            <a href="#screening-heading">{o('screening', lang)}</a>
          </li>
          <li>
            <a href="#facts-heading">{o('facts', lang)}</a>
          </li>
          <li>
            <a href="#actions-heading">{o('actions', lang)}</a>
          </li>
          <li>
            <a href="#proposal-heading">{o('proposal', lang)}</a>
          </li>
          <li>
            <a href="#history-heading">{o('history', lang)}</a>
          </li>
        </ul>
      </nav>
      <ScreeningSection screening={view.screening} lang={lang} />
      <FactsSection
        id={view.id}
        facts={declaredFacts(view.screening, view.proposal, data.history)}
        canVerify={view.allowedActions.includes('verify')}
        csrf={session.csrf}
        lang={lang}
        version={data.version}
        labels={data.labels}
        timeZone={data.timeZone}
        draft={props.draft?.verify}
      />
      <ActionForms
        id={view.id}
        allowed={view.allowedActions}
        csrf={session.csrf}
        lang={lang}
        versions={props.packs.versionsOf(packId)}
        draft={props.draft?.decide}
      />
      <ProposalSection
        proposal={view.proposal}
        lang={lang}
        version={data.version}
        labels={data.labels}
      />
      <HistorySection
        history={data.history}
        lang={lang}
        version={data.version}
        labels={data.labels}
        bandName={bandName}
        timeZone={data.timeZone}
      />
    </>
  );
}
