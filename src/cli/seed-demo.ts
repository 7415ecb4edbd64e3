/**
 * Loads a batch of fictional demo applications through the verbs (never by inserting rows), so the
 * stored screenings, receipts, verifications, decisions and audit trail are what real use leaves.
 */
import type { Actor, ServiceContext } from '../applications/context.js';
import { STATUSES, type Status } from '../applications/status.js';
import { submitApplication } from '../applications/submit-application.js';
import type { Database } from '../db/client.js';
import { applications } from '../db/schema.js';
import type { Text } from '../screening/i18n.js';
import { engineOn, type PackRegistry, type PackVersion } from '../screening/pack-registry.js';
import { screenProposal } from '../screening/screen-proposal.js';
import { todayFor } from '../screening/today.js';
import { validateProposal } from '../screening/validate-proposal.js';
import { ServiceError } from '../service-errors.js';
import { CliError } from './cli-error.js';
import {
  demoProposal,
  readTemplates,
  submissionDays,
  type Template,
  templateCountries,
} from './demo-proposals.js';
import { DEMO_INVESTOR, playStory, STORIES, type Story, suits } from './demo-stories.js';
import { formatIssues } from './format-issues.js';
import { type Random, seededRandom } from './seeded-random.js';

/** Demo submissions fall in these two years, and never after today. */
export const DEMO_WINDOW = { from: '2025-01-01', to: '2026-12-31' } as const;

export type SeedOptions = {
  count: number;
  /** Without it: the number of applications already stored + 1, so each run adds a new batch. */
  seed?: number;
  templatesDir: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
};

export type SeedSummary = {
  seed: number;
  created: number;
  /** Submissions this seed had already made (same --seed again): replayed, not stored twice. */
  alreadyLoaded: number;
  byStatus: Record<Status, number>;
  byBand: { id: string; label: Text; count: number }[];
};

/** Each block of stories is every story once, shuffled: any nine in a row reach every status. */
function storyOrder(count: number, random: Random): Story[] {
  const order: Story[] = [];
  while (order.length < count) order.push(...random.shuffle(STORIES));
  return order.slice(0, count);
}

const DAY_MS = 86_400_000;

/** The instant of a step `days` after a submission date, never later than now. */
function stepInstant(submittedOn: string, days: number, now: Date): Date {
  const at = Date.parse(`${submittedOn}T09:00:00Z`) + days * DAY_MS;
  return new Date(Math.min(at, now.getTime()));
}

type Draft = { proposal: Record<string, unknown>; submittedOn: string };

/** The band with the lowest minimum score among those of the engine in force on the date. */
function lowestBand(version: PackVersion, date: string): string {
  const bands = [...engineOn(version, date).bands].sort((a, b) => a.minScore - b.minScore);
  return bands[0]?.id ?? '';
}

/** Draws variants until one is valid and suits the story (else the first valid one): a few tries at most. */
function draftFor(
  story: Story,
  serial: number,
  random: Random,
  packs: PackRegistry,
  templates: readonly Template[],
  daysOf: (packId: string) => string[],
): Draft {
  const countries = templateCountries(templates);
  let last: string | undefined;
  let fallback: Draft | undefined;
  for (let attempt = 0; attempt < 25; attempt++) {
    const template = random.pick(templates);
    const days = daysOf(template.packId);
    if (days.length === 0) {
      last = `no version of ${template.packId} is in force between ${DEMO_WINDOW.from} and today`;
      continue;
    }
    const submittedOn = random.pick(days);
    const version = packs.inForce(template.packId, submittedOn);
    if (!version) continue;
    const proposal = demoProposal(template, { random, version, submittedOn, serial, countries });
    const checked = validateProposal(packs, proposal, submittedOn);
    if (!checked.ok) {
      last = `${template.file}:\n${formatIssues(checked.issues, 'en')}`;
      continue;
    }
    const screening = screenProposal(checked.version, checked.proposal, checked.asOf);
    if (suits(story, screening, lowestBand(checked.version, checked.asOf)))
      return { proposal, submittedOn };
    fallback ??= { proposal, submittedOn };
  }
  if (fallback) return fallback;
  throw new CliError(
    `Could not derive a demo proposal from the templates${last ? `: ${last}` : ''}.`,
    1,
  );
}

export async function seedDemo(
  db: Database,
  packs: PackRegistry,
  options: SeedOptions,
): Promise<SeedSummary> {
  const templates = await readTemplates(options.templatesDir, packs);
  const seed = options.seed ?? (await db.$count(applications)) + 1;
  const random = seededRandom(seed);
  const daysByPack = new Map<string, string[]>();
  const daysOf = (packId: string) => {
    let days = daysByPack.get(packId);
    if (!days) {
      const today = todayFor(packs, packId, options.now);
      days = submissionDays(packs, packId, DEMO_WINDOW).filter((day) => day <= today);
      daysByPack.set(packId, days);
    }
    return days;
  };

  const summary: SeedSummary = {
    seed,
    created: 0,
    alreadyLoaded: 0,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
    byBand: [],
  };
  const stories = storyOrder(options.count, random);
  for (const [index, story] of stories.entries()) {
    const serial = index + 1;
    const draft = draftFor(story, serial, random, packs, templates, daysOf);
    const requestId = `seed-demo-${seed}-${serial}`;
    const at = (actor: Actor, days: number): ServiceContext => {
      const instant = stepInstant(draft.submittedOn, days, options.now);
      return { db, packs, actor, clock: () => instant, requestId };
    };
    // The idempotency key makes the same seed twice replay its submissions instead of storing copies.
    const submitted = await submitApplication(at(DEMO_INVESTOR, 0), {
      body: draft.proposal,
      idempotencyKey: requestId,
    }).catch((error: unknown) => {
      // Same seed on another day: dates differ, so the key meets a different body. Still loaded.
      if (error instanceof ServiceError && error.code === 'idempotency_key_reused')
        return undefined;
      throw error;
    });
    if (!submitted || submitted.replayed) {
      summary.alreadyLoaded++;
    } else {
      const { body } = submitted;
      const { status, screening } = await playStory(
        story,
        {
          id: body.id,
          receipt: body.receiptToken,
          proposal: draft.proposal,
          submittedOn: draft.submittedOn,
          screening: body.screening,
        },
        at,
        random,
      );
      summary.created++;
      summary.byStatus[status]++;
      const band = summary.byBand.find((b) => b.id === screening.band.id);
      if (band) band.count++;
      else summary.byBand.push({ id: screening.band.id, label: screening.band.label, count: 1 });
    }
    options.onProgress?.(serial, stories.length);
  }
  summary.byBand.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return summary;
}
