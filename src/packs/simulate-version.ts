/**
 * What a pack version — a draft, or any stored version — would change if it judged the stored
 * applications: each matching application's latest screening input is scored under its current
 * version and under the simulated one, on its own submission date. Nothing is stored.
 */
import { z } from 'zod';
import type { ServiceContext } from '../applications/context.js';
import { type ApplicationFilters, ListQuery } from '../applications/list-applications.js';
import { UNDECIDED } from '../fdi/ledger-queries.js';
import type { Engine } from '../screening/compile-pack.js';
import type { Text } from '../screening/i18n.js';
import { engineOn, type PackVersion } from '../screening/pack-registry.js';
import { rescoreProposal, scoreProposal } from '../screening/score-proposal.js';
import { invalid, notFound } from '../service-errors.js';
import { bandOrder, type Comparison, compareScorings } from './simulation-compare.js';
import { pipelineEffect } from './simulation-pipeline.js';
import { countMatching, rowsAfter, type SimulationRow } from './simulation-rows.js';
import { SimulationTally } from './simulation-tally.js';
import { storedVersion } from './stored-versions.js';

/** The queue's filters, with eligibility and review as JSON booleans (a body, not a query string). */
export const SimulationFilters = ListQuery.pick({
  status: true,
  band: true,
  country: true,
  sector: true,
  area: true,
  from: true,
  to: true,
  q: true,
}).extend({
  eligible: z.boolean().optional(),
  reviewRequired: z.boolean().optional(),
});

export const MAX_PAGE = 1000;

export const SimulationInput = z.strictObject({
  filters: SimulationFilters.optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional().meta({
    description: 'Changed applications per page (default 100); the summary always covers all',
  }),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
});

export type SimulationRequest = {
  packId: string;
  version: string;
  filters?: ApplicationFilters;
  /** Changed applications to list (default 100); `Infinity` for every one (a stream). */
  limit?: number;
  cursor?: string;
};

export type SimulationHooks = {
  /** After each batch: applications compared so far, and how many there are to compare. */
  onProgress?: (done: number, total: number) => void;
  /** Each listed changed application, in order, as soon as it is found. */
  onChange?: (change: SimulatedChange) => void | Promise<void>;
};

export type SimulatedChange = {
  id: string;
  projectName: string;
  investorName: string;
  status: string;
  submittedOn: string;
  capitalUsd: number;
  /** The pack version of the current screening. */
  currentVersion: string;
} & Omit<Comparison, 'changed'>;

export const DEFAULT_PAGE = 100;
const BATCH = 2000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}

function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  let after: unknown;
  try {
    after = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown })
      .after;
  } catch {
    after = undefined;
  }
  if (typeof after === 'string' && UUID.test(after)) return after;
  throw invalid([
    {
      path: 'cursor',
      rule: 'invalid_cursor',
      message: {
        vi: 'Con trỏ trang không hợp lệ: hãy dùng đúng giá trị nextCursor của trang trước.',
        en: 'The cursor is not valid: pass the nextCursor of the previous page.',
      },
    },
  ]);
}

async function versionOf(
  ctx: ServiceContext,
  packId: string,
  version: string,
): Promise<PackVersion | undefined> {
  return ctx.packs.version(packId, version) ?? storedVersion(ctx.db, packId, version);
}

function unknownVersion(packId: string, version: string): Error {
  const t: Text = {
    vi: `Bộ tiêu chí "${packId}" không có phiên bản "${version}" (đã tải hoặc đã lưu).`,
    en: `Rule pack "${packId}" has no version "${version}" (loaded or stored).`,
  };
  return notFound(t);
}

/**
 * Checks what can be refused before any result is sent — the cursor, the pack version — and gives
 * the run: a stream can then answer 4xx for bad requests and only start once they are ruled out.
 */
export async function openSimulation(ctx: ServiceContext, request: SimulationRequest) {
  const after = decodeCursor(request.cursor);
  const simulated = await versionOf(ctx, request.packId, request.version);
  if (!simulated) throw unknownVersion(request.packId, request.version);
  return (hooks: SimulationHooks = {}) => runSimulation(ctx, request, simulated, after, hooks);
}

/** Runs the simulation; the changed applications of the page go to `onChange` as they are found. */
export async function streamSimulation(
  ctx: ServiceContext,
  request: SimulationRequest,
  hooks: SimulationHooks = {},
) {
  return (await openSimulation(ctx, request))(hooks);
}

async function runSimulation(
  ctx: ServiceContext,
  request: SimulationRequest,
  simulated: PackVersion,
  after: string | undefined,
  hooks: SimulationHooks,
) {
  const { packId } = request;
  const filters = request.filters ?? {};
  const limit = request.limit ?? DEFAULT_PAGE;

  const counts = await countMatching(ctx.db, packId, filters);
  const tally = new SimulationTally();
  // Versions of the current screenings, resolved once each; engines are cached by the versions.
  const current = new Map<string, PackVersion>();
  const pairs = new Map<string, [Engine, Engine]>();
  let unscreened = 0;
  let listed = 0;
  let nextCursor: string | null = null;
  let lastListed: string | undefined;
  let done = 0;

  const enginesFor = async (row: SimulationRow): Promise<[Engine, Engine]> => {
    // The date the current screening judged on: both versions judge on it, as a rescreen would.
    const on = row.asOf ?? row.submittedOn;
    const key = `${row.packVersion}\u0000${on}`;
    const known = pairs.get(key);
    if (known) return known;
    const name = row.packVersion as string;
    let base = current.get(name);
    if (!base) {
      base = await versionOf(ctx, packId, name);
      // Every screening names a stored version (replay depends on it): a missing one is a fault.
      if (!base) throw new Error(`screening of ${row.id} names ${packId} ${name}, not stored`);
      current.set(name, base);
    }
    const pair: [Engine, Engine] = [engineOn(base, on), engineOn(simulated, on)];
    pairs.set(key, pair);
    return pair;
  };

  let cursor: string | undefined;
  let order: string[] | undefined;
  // The next batch is read while this one is compared (PostgreSQL works meanwhile). Should the
  // comparison fail first, the read's own failure must not surface as an unhandled rejection.
  const prefetch = (afterId: string | undefined) => {
    const read = rowsAfter(ctx.db, packId, filters, afterId, BATCH);
    read.catch(() => {});
    return read;
  };
  let pending: Promise<SimulationRow[]> | undefined = prefetch(cursor);
  for (;;) {
    const rows: SimulationRow[] = pending ? await pending : [];
    if (rows.length === 0) break;
    cursor = (rows[rows.length - 1] as SimulationRow).id;
    pending = rows.length < BATCH ? undefined : prefetch(cursor);
    for (const row of rows) {
      if (row.input === null || row.packVersion === null) {
        unscreened++;
        continue;
      }
      const [base, next] = await enginesFor(row);
      order ??= bandOrder(base, next);
      const before = scoreProposal(base, row.input);
      const afterScore = rescoreProposal(next, base, before, row.input);
      const c = compareScorings(base, before, next, afterScore);
      tally.add(c, row.capitalUsd, (UNDECIDED as readonly string[]).includes(row.status));
      if (!c.changed || (after !== undefined && row.id <= after)) continue;
      if (listed >= limit) {
        nextCursor ??= encodeCursor(lastListed as string);
        continue;
      }
      listed++;
      lastListed = row.id;
      const { changed: _, ...comparison } = c;
      await hooks.onChange?.({
        id: row.id,
        projectName: row.projectName,
        investorName: row.investorName,
        status: row.status,
        submittedOn: row.submittedOn,
        capitalUsd: row.capitalUsd,
        currentVersion: row.packVersion,
        ...comparison,
      });
    }
    done += rows.length;
    // Rows arriving during the run can push `done` past the count taken at the start.
    hooks.onProgress?.(Math.min(done, counts.ofPack), counts.ofPack);
  }

  const meta = simulated.content.meta;
  const own = engineOn(simulated, meta.effectiveFrom);
  const ordered = tally.result(order ?? bandOrder(own, own));
  const summary = {
    pack: {
      id: packId,
      version: meta.version,
      hash: simulated.hash,
      effectiveFrom: meta.effectiveFrom,
    },
    filters,
    applications: {
      matched: counts.ofPack + counts.ofOtherPacks,
      compared: tally.compared,
      changed: tally.changed,
      skipped: { otherPack: counts.ofOtherPacks, unscreened },
    },
    ...ordered,
    criteria: ordered.criteria.map((k) => ({ ...k, title: titleOf(simulated, current, k.id) })),
    pipeline: await pipelineEffect(ctx, simulated, packId, tally.pipelineMoves()),
  };
  return { summary, nextCursor };
}

/** A criterion's title from the simulated version, or from a current one that still has it. */
function titleOf(
  simulated: PackVersion,
  current: ReadonlyMap<string, PackVersion>,
  id: string,
): Text | null {
  for (const v of [simulated, ...current.values()]) {
    const c = v.content.criteria.find((x) => x.id === id);
    if (c) return { vi: c.title.vi, en: c.title.en };
  }
  return null;
}

export type SimulationSummary = Awaited<ReturnType<typeof runSimulation>>['summary'];

/** One page of changed applications, and the summary over every matching application. */
export async function simulateVersion(
  ctx: ServiceContext,
  request: SimulationRequest,
  hooks: Pick<SimulationHooks, 'onProgress'> = {},
): Promise<{ summary: SimulationSummary; items: SimulatedChange[]; nextCursor: string | null }> {
  const items: SimulatedChange[] = [];
  const { summary, nextCursor } = await streamSimulation(ctx, request, {
    ...hooks,
    onChange: (change) => {
      items.push(change);
    },
  });
  return { summary, items, nextCursor };
}
