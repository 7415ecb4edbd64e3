/** Everything the case page shows, read through the application verbs, with the pack that names it. */
import { applicationHistory } from '../../applications/application-history.js';
import type { ApplicationView } from '../../applications/application-view.js';
import type { ServiceContext } from '../../applications/context.js';
import { getApplication } from '../../applications/get-application.js';
import type { Labels } from '../../screening/format-value.js';
import type { PackVersion } from '../../screening/pack-registry.js';
import type { HistoryItem } from './declared-facts.js';
import { fieldLabels } from './field-value.js';
import { latestVersion } from './pack-labels.js';

export type CaseData = {
  view: ApplicationView;
  history: HistoryItem[];
  /** The version the latest screening used, when loaded; names come from it. */
  version: PackVersion | undefined;
  labels: Labels;
  timeZone: string;
};

/** The whole history: a case has tens of events, but the verb pages them, so every page is read. */
async function fullHistory(ctx: ServiceContext, id: string): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await applicationHistory(ctx, id, { limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export async function loadCase(ctx: ServiceContext, id: string): Promise<CaseData> {
  const view = await getApplication(ctx, { id });
  const history = await fullHistory(ctx, id);
  const { pack } = view.screening;
  const version = ctx.packs.version(pack.id, pack.version) ?? latestVersion(ctx.packs, pack.id);
  return {
    view,
    history,
    version,
    labels: fieldLabels(version, view.screening.asOf),
    timeZone: version?.content.meta.jurisdiction.timeZone ?? 'UTC',
  };
}
