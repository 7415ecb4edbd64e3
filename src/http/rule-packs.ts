/**
 * `GET /api/v1/rule-packs` and `GET /api/v1/rule-packs/{id}`: the packs the service knows, and one
 * pack version as published on a date (criteria, thresholds, parameters, bands, catalogues).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { statusesOn } from '../packs/pack-timeline.js';
import { text } from '../screening/i18n.js';
import type { PackRegistry, PackVersion } from '../screening/pack-registry.js';
import { IsoDate } from '../screening/proposal-schema.js';
import { publishPack } from '../screening/publish-pack.js';
import { todayFor } from '../screening/today.js';
import type { AppEnv } from './app-env.js';
import { notFound } from './problem.js';
import { problemResponses } from './schemas/problem.js';
import { PackListOut, PublishedPackOut } from './schemas/rule-packs.js';

export type RulePackDeps = { packs: PackRegistry; clock: () => Date };

const listPacks = createRoute({
  method: 'get',
  path: '/',
  tags: ['rule packs'],
  summary: 'The rule packs, with their versions and effective dates',
  responses: {
    200: { description: 'Every pack', content: { 'application/json': { schema: PackListOut } } },
  },
});

const getPack = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['rule packs'],
  summary: 'A pack version as published on a date',
  description:
    "Without a query, the version in force today (in the pack's time zone). `?version=` picks a version; `?asOf=` " +
    'picks the version in force on that date and the parameter values of that date. Both together: that version, on that date.',
  request: {
    params: z.object({
      id: z.string().meta({ description: 'A pack id from GET /api/v1/rule-packs' }),
    }),
    query: z.object({
      version: z
        .string()
        .optional()
        .meta({ description: 'A version of the pack', example: '1.0.0' }),
      asOf: IsoDate.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The published pack',
      content: { 'application/json': { schema: PublishedPackOut } },
    },
    ...problemResponses(400, 404),
  },
});

function describeVersions(versions: readonly PackVersion[]) {
  const ranges = (lang: 'vi' | 'en') =>
    versions
      .map(({ content: { meta } }) => {
        const to = meta.effectiveTo
          ? lang === 'vi'
            ? ` đến ${meta.effectiveTo}`
            : ` to ${meta.effectiveTo}`
          : '';
        return `${meta.version} (${lang === 'vi' ? 'từ' : 'from'} ${meta.effectiveFrom}${to})`;
      })
      .join(', ');
  return { vi: ranges('vi'), en: ranges('en') };
}

function inRange(version: PackVersion, date: string): boolean {
  const { effectiveFrom, effectiveTo } = version.content.meta;
  return effectiveFrom <= date && (!effectiveTo || date <= effectiveTo);
}

/** A date inside the version's effective range, as near to `today` as possible. */
export function clampToVersion(version: PackVersion, today: string): string {
  const { effectiveFrom, effectiveTo } = version.content.meta;
  if (today < effectiveFrom) return effectiveFrom;
  if (effectiveTo && today > effectiveTo) return effectiveTo;
  return today;
}

/** The version and date a query asks for, or a 404 that names what exists. */
function choose(
  packs: PackRegistry,
  id: string,
  query: { version?: string; asOf?: string },
  today: string,
) {
  const versions = packs.versionsOf(id);
  if (versions.length === 0) {
    const ids = packs.packIds().join(', ');
    throw notFound(
      text(
        `Không có bộ tiêu chí "${id}". Các bộ hiện có: ${ids}.`,
        `No rule pack "${id}". Available packs: ${ids}.`,
      ),
    );
  }
  const known = describeVersions(versions);
  if (query.version !== undefined) {
    const version = packs.version(id, query.version);
    if (!version) {
      throw notFound(
        text(
          `Bộ tiêu chí "${id}" không có phiên bản "${query.version}". Các phiên bản: ${known.vi}.`,
          `Rule pack "${id}" has no version "${query.version}". Versions: ${known.en}.`,
        ),
      );
    }
    if (query.asOf !== undefined && !inRange(version, query.asOf)) {
      const range = describeVersions([version]);
      throw notFound(
        text(
          `Phiên bản ${range.vi} của bộ tiêu chí "${id}" không có hiệu lực vào ngày ${query.asOf}.`,
          `Version ${range.en} of rule pack "${id}" was not in force on ${query.asOf}.`,
        ),
      );
    }
    return { version, asOf: query.asOf ?? clampToVersion(version, today) };
  }
  const asOf = query.asOf ?? today;
  const version = packs.inForce(id, asOf);
  if (!version) {
    throw notFound(
      text(
        `Không có phiên bản nào của bộ tiêu chí "${id}" có hiệu lực vào ngày ${asOf}. Các phiên bản: ${known.vi}.`,
        `No version of rule pack "${id}" was in force on ${asOf}. Versions: ${known.en}.`,
      ),
    );
  }
  return { version, asOf };
}

export function rulePackRoutes({ packs, clock }: RulePackDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(listPacks, (c) => {
    const now = clock();
    const items = packs.packIds().map((id) => {
      const versions = packs.versionsOf(id);
      const current =
        packs.inForce(id, todayFor(packs, id, now)) ?? (versions.at(-1) as PackVersion);
      const { meta } = current.content;
      const timeline = packs.timelineOf(id);
      // Without a timeline (an app built from files alone) every loaded version is served as active.
      const statuses = timeline && statusesOn(timeline, todayFor(packs, id, now));
      return {
        id,
        title: meta.title,
        jurisdiction: { ...meta.jurisdiction, note: meta.jurisdiction.note ?? null },
        default: id === packs.defaultPackId,
        versions: versions.map((v) => ({
          version: v.content.meta.version,
          effectiveFrom: v.content.meta.effectiveFrom,
          effectiveTo: v.content.meta.effectiveTo ?? null,
          status: statuses?.get(v.content.meta.version) ?? ('active' as const),
          hash: v.hash,
        })),
      };
    });
    return c.json({ items, nextCursor: null }, 200);
  });

  app.openapi(getPack, (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const { version, asOf } = choose(packs, id, query, todayFor(packs, id, clock()));
    return c.json(publishPack(version, asOf), 200);
  });

  return app;
}
