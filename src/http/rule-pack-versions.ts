/**
 * The life of a pack version over the API: upload a draft (`POST /rule-packs`, admin), list a
 * pack's stored versions (`GET /rule-packs/{id}/versions`, officer) and activate one from a date
 * (`POST /rule-packs/{id}/versions/{version}/activation`, admin). After an activation this process
 * swaps in a registry re-read from the database; other processes pick it up by polling.
 *
 * A version folder is about 270–285 KB as an upload body (55–58 files, measured on
 * binh-duong-7099 1.0.0 and 2.0.0), over the default 256 KiB: the upload route alone reads up to
 * 1 MiB, room for the catalogues to grow about three and a half times.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { ActivationInput, activateVersion } from '../packs/activate-version.js';
import { listVersions } from '../packs/list-versions.js';
import type { PackHolder } from '../packs/pack-holder.js';
import { reloadPacks } from '../packs/stored-registry.js';
import { UploadInput, uploadDraft } from '../packs/upload-draft.js';
import type { AppEnv } from './app-env.js';
import { jsonBody } from './json-body.js';
import { TextOut } from './schemas/common.js';
import { problemResponses } from './schemas/problem.js';
import { serviceContext } from './service-context.js';

export const PACK_UPLOAD_MAX_BYTES = 1024 * 1024;

export type RulePackVersionDeps = { db: Database; holder: PackHolder; clock: () => Date };

const Status = z.enum(['draft', 'active', 'retired']);

const UploadedOut = z
  .object({
    packId: z.string(),
    version: z.string(),
    hash: z.string(),
    status: Status,
    problems: z.array(z.unknown()).meta({ description: 'Always empty on success' }),
    caseFailures: z.array(z.unknown()).meta({
      description:
        "The version's own test cases that fail, each with its file, case and what differed (vi, en): " +
        'the draft is stored and can be simulated, but activation is refused until they pass',
    }),
  })
  .meta({ id: 'UploadedPackVersion' });

const ActivationOut = z
  .object({
    packId: z.string(),
    version: z.string(),
    hash: z.string(),
    effectiveFrom: z.string(),
    previous: z
      .string()
      .nullable()
      .meta({ description: 'The version in force on that date before' }),
    retroactive: z.boolean(),
    note: z.string().nullable(),
    activatedBy: z.string(),
    activatedAt: z.string(),
    statuses: z.record(z.string(), Status),
  })
  .meta({ id: 'PackActivation' });

const VersionListOut = z
  .object({
    packId: z.string(),
    today: z.string(),
    inForceToday: z.string().nullable(),
    timeline: z.array(z.object({ version: z.string(), from: z.string() })).meta({
      description:
        'Every activation in order; on a date, the last entry on or before it is in force',
    }),
    versions: z.array(
      z.object({
        version: z.string(),
        status: Status,
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
        transition: TextOut.nullable(),
        title: TextOut,
        hash: z.string(),
        createdBy: z.string(),
        createdAt: z.string(),
        activations: z.array(
          z.object({
            effectiveFrom: z.string(),
            note: z.string().nullable(),
            activatedBy: z.string(),
            activatedAt: z.string(),
          }),
        ),
        changes: z.array(z.unknown()).meta({ description: "The version's meta.changes" }),
      }),
    ),
  })
  .meta({ id: 'PackVersionList' });

const upload = createRoute({
  method: 'post',
  path: '/',
  tags: ['rule packs'],
  summary: 'Upload a pack version as a draft (admin)',
  description:
    'The files of a version folder, by path, each with its text. Validated whole by the loader the service ' +
    'starts with (schemas, references, the shape of its cases): a bad pack is refused with every problem by ' +
    'file and path, and nothing is stored. Its own cases are run: failures are listed in `caseFailures` and ' +
    'block activation, not storage (a draft can be simulated first). The same version again with identical content answers 200; with other ' +
    'content 409. Bodies up to 1 MiB.',
  middleware: [jsonBody({ maxBytes: PACK_UPLOAD_MAX_BYTES })] as const,
  request: { body: { required: true, content: { 'application/json': { schema: UploadInput } } } },
  responses: {
    201: {
      description: 'Stored as a draft',
      content: { 'application/json': { schema: UploadedOut } },
    },
    200: {
      description: 'Already stored with identical content',
      content: { 'application/json': { schema: UploadedOut } },
    },
    ...problemResponses(400, 409, 415),
    413: { ...problemResponses(413)[413], description: 'Request body over 1 MiB' },
  },
});

const PackParams = z.object({ id: z.string().meta({ description: 'A pack id' }) });

const list = createRoute({
  method: 'get',
  path: '/{id}/versions',
  tags: ['rule packs'],
  summary: 'A pack’s stored versions, statuses, activations and changes',
  request: { params: PackParams },
  responses: {
    200: {
      description: 'The versions',
      content: { 'application/json': { schema: VersionListOut } },
    },
    ...problemResponses(404),
  },
});

const activate = createRoute({
  method: 'post',
  path: '/{id}/versions/{version}/activation',
  tags: ['rule packs'],
  summary: 'Activate a stored version from a date (admin)',
  description:
    'From `effectiveFrom` on, proposals submitted on or after that date are judged by this version; earlier ' +
    'ones keep the version in force on their date. The stored content is validated again first. A date before ' +
    'today needs `"retroactive": true` and a note. Activating the version already in force on that date is a ' +
    '409. Rolling back is activating the earlier version with a new date. Audited.',
  middleware: [jsonBody()] as const,
  request: {
    params: PackParams.extend({ version: z.string().meta({ description: 'A stored version' }) }),
    body: { required: true, content: { 'application/json': { schema: ActivationInput } } },
  },
  responses: {
    201: { description: 'Activated', content: { 'application/json': { schema: ActivationOut } } },
    ...problemResponses(400, 404, 409, 413, 415),
  },
});

export function rulePackVersionRoutes(deps: RulePackVersionDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const services = { db: deps.db, packs: deps.holder.view, clock: deps.clock };

  app.openapi(upload, async (c) => {
    const result = await uploadDraft(serviceContext(c, services), c.req.valid('json'));
    const { created, ...out } = result;
    return c.json(out, created ? 201 : 200);
  });

  app.openapi(list, async (c) => {
    const listed = await listVersions(serviceContext(c, services), c.req.valid('param').id);
    return c.json(listed, 200);
  });

  app.openapi(activate, async (c) => {
    const { id, version } = c.req.valid('param');
    const done = await activateVersion(
      serviceContext(c, services),
      id,
      version,
      c.req.valid('json'),
    );
    // This process judges by the new timeline from the next request on.
    await deps.holder.update((current) => reloadPacks(deps.db, current, [id]));
    return c.json(done, 201);
  });

  return app;
}
