/**
 * `POST /api/v1/rule-packs/{id}/versions/{version}/simulation` through the API: a page as JSON,
 * pages by cursor, the NDJSON stream (one line per changed application, then the summary), admin
 * only, and every bad request a problem+json naming its field — never a half-started stream.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import type { SimulatedChange, SimulationSummary } from '../../src/packs/simulate-version.js';
import { withValueAt } from '../../src/screening/facts.js';
import { context, INVESTOR } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { isolatedReleasedPack, releasedPack, storeDraft } from '../support/draft-pack.js';
import { databaseApp, json } from './database-app.js';

type Page = { summary: SimulationSummary; items: SimulatedChange[]; nextCursor: string | null };
type Api = Awaited<ReturnType<typeof databaseApp>>;

const NOW = new Date('2026-01-15T03:00:00Z');

describeEachDatabase('pack simulation API', (open) => {
  let handle: DatabaseHandle;
  let api: Api;
  let admin: string;
  let officer: string;
  let packId: string;
  let tag: string;
  const changedIds: string[] = [];
  let unchangedId: string;

  beforeAll(async () => {
    handle = await open();
    api = await databaseApp(handle, { clock: () => NOW });
    admin = await api.token('admin');
    officer = await api.token('officer');
    const isolated = await isolatedReleasedPack(handle.db);
    packId = isolated.packId;
    tag = randomUUID().slice(0, 8);
    const { base } = await releasedPack();
    // Localisation 25, 35, 45 % lose points when the thresholds rise to 60 / 50 / 40 %; 65 % does not.
    for (const pct of [25, 35, 45, 65]) {
      let p = structuredClone(base);
      for (const [path, value] of Object.entries({
        pack: packId,
        submittedOn: '2025-03-14',
        'project.name': `API simulation ${tag} ${pct} (fictional)`,
        'trade.localisationPct': pct,
      }))
        p = withValueAt(p, path, value);
      const { body } = await submitApplication(context(handle.db, isolated.packs, INVESTOR, NOW), {
        body: p,
      });
      if (pct === 65) unchangedId = body.id;
      else changedIds.push(body.id);
    }
    changedIds.sort();
    await storeDraft(handle.db, isolated.content, '1.1.0-draft', {
      'localisation.fullPct': 60,
      'localisation.partialPct': 50,
      'localisation.minimalPct': 40,
    });
  });

  const path = (version = '1.1.0-draft', pack = packId) =>
    `/api/v1/rule-packs/${pack}/versions/${version}/simulation`;
  const post = (
    body: unknown,
    options: { token?: string; accept?: string; version?: string } = {},
  ) =>
    api.call('POST', path(options.version), {
      token: options.token ?? admin,
      body,
      headers: options.accept ? { Accept: options.accept } : {},
    });

  it('answers a page of changed applications as JSON with the summary over all of them', async () => {
    const res = await post({ filters: { q: tag } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await json<Page>(res);
    expect(page.items.map((i) => i.id)).toEqual(changedIds);
    expect(page.items.map((i) => i.id)).not.toContain(unchangedId);
    expect(page.nextCursor).toBeNull();
    expect(page.summary.applications).toEqual(
      expect.objectContaining({ matched: 4, compared: 4, changed: 3 }),
    );
    for (const item of page.items) {
      expect(item.score.delta).toBeLessThan(0);
      expect(item.criteria.map((k) => k.id)).toContain('localisation-rate');
    }
  });

  it('pages by cursor: every changed application once', async () => {
    const first = await json<Page>(await post({ filters: { q: tag }, limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await json<Page>(
      await post({ filters: { q: tag }, limit: 2, cursor: first.nextCursor }),
    );
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(changedIds);
    expect(second.summary).toEqual(first.summary);
  });

  it('streams NDJSON: one line per changed application, then the summary', async () => {
    const res = await post({ filters: { q: tag } }, { accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; change?: SimulatedChange; summary?: unknown });
    expect(lines.map((l) => l.type)).toEqual(['change', 'change', 'change', 'summary']);
    expect(lines.slice(0, 3).map((l) => l.change?.id)).toEqual(changedIds);
    const page = await json<Page>(await post({ filters: { q: tag } }));
    expect(lines[3]).toEqual({ type: 'summary', summary: page.summary, nextCursor: null });
    expect(lines[0]?.change).toEqual(page.items[0]);
  });

  it('simulates everything of the pack with no body at all', async () => {
    const res = await api.call('POST', path(), { token: admin });
    expect(res.status).toBe(200);
    expect((await json<Page>(res)).summary.applications.compared).toBe(4);
  });

  it('is for administrators: 401 without a token, 403 for an officer', async () => {
    const anonymous = await api.call('POST', path(), { body: {} });
    expect(anonymous.status).toBe(401);
    const res = await post({}, { token: officer });
    expect(res.status).toBe(403);
    expect((await json<Problem>(res)).code).toBe('forbidden');
  });

  it('answers 404 problem+json for an unknown version or pack', async () => {
    for (const p of [path('9.9.9'), path('1.0.0', 'no-such-pack')]) {
      const res = await api.call('POST', p, { token: admin, body: {} });
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = await json<Problem>(res);
      expect(problem.code).toBe('not_found');
      expect(problem.localized.vi.detail).not.toBe(problem.localized.en.detail);
    }
  });

  it('refuses a bad body naming every field, in both languages, before any stream starts', async () => {
    for (const accept of ['application/json', 'application/x-ndjson']) {
      const res = await post(
        { limit: 0, filters: { status: 'pending', colour: 'red' }, extra: 1 },
        { accept },
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = await json<Problem>(res);
      const paths = problem.errors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['limit', 'filters.status']));
      expect(problem.errors.length).toBeGreaterThanOrEqual(4);
      for (const e of problem.errors) expect(e.message.vi).not.toBe(e.message.en);

      const cursor = await post({ cursor: 'bm90LWEtY3Vyc29y' }, { accept });
      expect(cursor.status).toBe(400);
      expect((await json<Problem>(cursor)).errors).toEqual([
        expect.objectContaining({ path: 'cursor', rule: 'invalid_cursor' }),
      ]);
    }
    const badJson = await api.call('POST', path(), {
      token: admin,
      headers: { 'Content-Type': 'application/json' },
    });
    expect([400, 415]).toContain(badJson.status);
    const badVersion = await api.call('POST', path('1.0.0%00'), { token: admin, body: {} });
    expect(badVersion.status).toBe(400);
  });
});
