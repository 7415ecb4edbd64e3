/**
 * A rule pack's life over the API: an administrator uploads a draft (refused whole when invalid),
 * activates it from a date, and proposals are judged by the version in force on their own
 * submission date — before the date the old version, from it the new one — while every earlier
 * screening still replays byte for byte. Rollback, retroactive dates, audit and access too.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEvents, packActivations, packVersions } from '../../src/db/schema.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import { withValueAt } from '../../src/screening/facts.js';
import { describeEachDatabase } from '../support/database.js';
import {
  ownPackFiles,
  type PackFiles,
  raisedLocalisation,
  raisedLocalisationWithCases,
} from '../support/pack-files.js';
import { databaseApp, json } from './database-app.js';
import { sampleProposal } from './test-app.js';

type Screening = {
  pack: { id: string; version: string; hash: string };
  criteria: { id: string; points: number; thresholds: Record<string, number> }[];
};

describeEachDatabase('rule pack lifecycle through the API', (open) => {
  let api: Awaited<ReturnType<typeof databaseApp>>;
  let admin: string;
  let officer: string;
  // Today in the pack's zone is the day after the UTC date (UTC+7, 20:00 UTC).
  let now = new Date('2025-06-01T20:00:00Z');
  const setToday = (date: string) => {
    now = new Date(`${date}T05:00:00Z`);
  };

  beforeAll(async () => {
    api = await databaseApp(await open(), { clock: () => now });
    admin = await api.token('admin');
    officer = await api.token('officer');
  });

  const upload = (files: PackFiles, token = admin) =>
    api.call('POST', '/api/v1/rule-packs', { token, body: { files } });
  const activate = (packId: string, version: string, body: unknown, token = admin) =>
    api.call('POST', `/api/v1/rule-packs/${packId}/versions/${version}/activation`, {
      token,
      body,
    });
  const proposal = (packId: string, submittedOn: string) => {
    let p: Record<string, unknown> = { ...sampleProposal(), pack: packId, submittedOn };
    p = withValueAt(p, 'trade.localisationPct', 45) as Record<string, unknown>;
    return withValueAt(p, 'investor.name', `Lifecycle ${randomUUID().slice(0, 8)} (fictional)`);
  };
  const screen = async (packId: string, submittedOn: string) => {
    const res = await api.call('POST', '/api/v1/screenings', {
      body: proposal(packId, submittedOn),
    });
    expect(res.status).toBe(200);
    return json<Screening>(res);
  };
  const localisation = (s: Screening) => s.criteria.find((c) => c.id === 'localisation-rate');

  /** A pack of the test's own with 1.0.0 uploaded and in force from its own date. */
  async function ownPack() {
    const { packId, files } = await ownPackFiles();
    expect((await upload(files)).status).toBe(201);
    const res = await activate(packId, '1.0.0', {
      effectiveFrom: '2024-12-13',
      retroactive: true,
      note: 'Test pack: in force from the plan date',
    });
    expect(res.status).toBe(201);
    return { packId, files };
  }

  it('stores a valid draft once, refuses an invalid one whole and a changed one with 409', async () => {
    setToday('2025-06-02');
    const { packId, files } = await ownPackFiles();

    const broken = {
      ...files,
      'parameters/thresholds.yaml': 'localisation.fullPct: [unclosed',
      'criteria/unlisted.yaml': (files['criteria/rd-staff.yaml'] as string).replace(
        /^id: rd-staff$/m,
        'id: unlisted',
      ),
    };
    const refused = await upload(broken);
    expect(refused.status).toBe(400);
    const problem = await json<{
      errors: { path: string; file: string; message: { vi: string; en: string } }[];
    }>(refused);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(problem.errors.map((e) => e.file)).toContain('parameters/thresholds.yaml');
    for (const e of problem.errors) {
      expect(e.path).toMatch(/^files\["/);
      expect(e.message.vi).not.toBe('');
      expect(e.message.en).not.toBe('');
    }
    const stored = await (await open()).db
      .select()
      .from(packVersions)
      .where(eq(packVersions.packId, packId));
    expect(stored).toEqual([]);

    const created = await upload(files);
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(body).toEqual({
      packId,
      version: '1.0.0',
      hash: expect.stringMatching(/^sha256:/),
      status: 'draft',
      problems: [],
      caseFailures: [],
    });
    const again = await upload(files);
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual(body);

    const changed = await upload(raisedLocalisation(files, '1.0.0'));
    expect(changed.status).toBe(409);
    expect((await json<Problem>(changed)).code).toBe('conflict');

    // A draft is not in force: proposals naming the pack find no version of it.
    const res = await api.call('POST', '/api/v1/screenings', {
      body: proposal(packId, '2025-05-01'),
    });
    expect(res.status).toBe(400);
  });

  it('lets only administrators upload and activate, and officers list', async () => {
    const { packId, files } = await ownPackFiles();
    expect((await upload(files, officer)).status).toBe(403);
    expect((await api.call('POST', '/api/v1/rule-packs', { body: { files } })).status).toBe(401);
    expect((await upload(files)).status).toBe(201);
    const body = { effectiveFrom: '2026-01-01' };
    expect((await activate(packId, '1.0.0', body, officer)).status).toBe(403);
    expect(
      (
        await api.call('POST', `/api/v1/rule-packs/${packId}/versions/1.0.0/activation`, {
          body,
        })
      ).status,
    ).toBe(401);
    expect(
      (await api.call('GET', `/api/v1/rule-packs/${packId}/versions`, { token: officer })).status,
    ).toBe(200);
    expect((await api.call('GET', `/api/v1/rule-packs/${packId}/versions`)).status).toBe(401);
  });

  it('refuses a past date without "retroactive" and a note, a date before the version, and unknown versions', async () => {
    setToday('2025-06-02');
    const { packId, files } = await ownPackFiles();
    expect((await upload(files)).status).toBe(201);

    const past = await activate(packId, '1.0.0', { effectiveFrom: '2025-01-01' });
    expect(past.status).toBe(400);
    const issues = (await json<Problem>(past)).errors;
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      ['retroactive', 'retroactive_required'],
      ['note', 'required'],
    ]);
    const early = await activate(packId, '1.0.0', { effectiveFrom: '2024-01-01' });
    expect((await json<Problem>(early)).errors.map((i) => i.rule)).toContain('before_version');
    const bad = await activate(packId, '1.0.0', { effectiveFrom: '2025-02-30' });
    expect(bad.status).toBe(400);

    const unknownVersion = await activate(packId, '9.9.9', { effectiveFrom: '2026-01-01' });
    expect(unknownVersion.status).toBe(404);
    expect(unknownVersion.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await activate('no-such-pack', '1.0.0', { effectiveFrom: '2026-01-01' })).status).toBe(
      404,
    );
    expect(
      (await api.call('GET', '/api/v1/rule-packs/no-such-pack/versions', { token: officer }))
        .status,
    ).toBe(404);

    // Nothing of the refused attempts was stored: the version is still a draft.
    const listed = await json<{ versions: { status: string; activations: unknown[] }[] }>(
      await api.call('GET', `/api/v1/rule-packs/${packId}/versions`, { token: officer }),
    );
    expect(listed.versions).toMatchObject([{ status: 'draft', activations: [] }]);
  });

  it('judges proposals before the activation date by the old version and from it by the new, rolls back, and replays old screenings', async () => {
    setToday('2025-06-02');
    const { packId, files } = await ownPack();
    const v1 = await screen(packId, '2025-05-01');
    expect(v1.pack.version).toBe('1.0.0');
    // An application screened under 1.0.0 before anything changes.
    const early = await api.call('POST', '/api/v1/applications', {
      body: proposal(packId, '2025-05-01'),
    });
    expect(early.status).toBe(201);
    const earlyApp = await json<{ id: string; screening: Screening }>(early);

    const draft = await upload(raisedLocalisationWithCases(files, '1.1.0'));
    expect(draft.status).toBe(201);
    expect((await json<{ caseFailures: unknown[] }>(draft)).caseFailures).toEqual([]);
    const activated = await activate(packId, '1.1.0', {
      effectiveFrom: '2025-09-01',
      note: 'Localisation threshold raised to 50 %',
    });
    expect(activated.status).toBe(201);
    expect(await json(activated)).toMatchObject({
      packId,
      version: '1.1.0',
      effectiveFrom: '2025-09-01',
      previous: '1.0.0',
      retroactive: false,
      statuses: { '1.0.0': 'active', '1.1.0': 'active' },
    });
    // Activating what is already in force on that date again changes nothing: 409.
    expect((await activate(packId, '1.1.0', { effectiveFrom: '2025-09-01' })).status).toBe(409);

    const [event] = await (await open()).db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'pack.activated'), eq(auditEvents.subject, `${packId} 1.1.0`)),
      );
    expect(event).toMatchObject({
      role: 'admin',
      after: {
        version: '1.1.0',
        effectiveFrom: '2025-09-01',
        note: 'Localisation threshold raised to 50 %',
      },
    });

    setToday('2025-10-01');
    const before = await screen(packId, '2025-08-15');
    const after = await screen(packId, '2025-09-15');
    expect(before.pack.version).toBe('1.0.0');
    expect(localisation(before)).toMatchObject({
      points: 10,
      thresholds: { 'localisation.fullPct': 40 },
    });
    expect(after.pack.version).toBe('1.1.0');
    expect(localisation(after)).toMatchObject({
      points: 6,
      thresholds: { 'localisation.fullPct': 50 },
    });

    for (const [date, version] of [
      ['2025-08-15', '1.0.0'],
      ['2025-09-15', '1.1.0'],
    ] as const) {
      const res = await api.call('POST', '/api/v1/applications', { body: proposal(packId, date) });
      expect(res.status).toBe(201);
      expect((await json<{ screening: Screening }>(res)).screening.pack.version).toBe(version);
    }

    // The screening made before the activation replays byte for byte.
    const replayed = await api.call('POST', `/api/v1/applications/${earlyApp.id}/replay`, {
      token: officer,
      body: {},
    });
    expect(await json(replayed)).toMatchObject({
      reproduced: true,
      pack: { version: '1.0.0', hash: earlyApp.screening.pack.hash },
      differences: [],
    });

    // Rollback: 1.0.0 again from a new date; 1.1.0 stays in force between the two dates.
    const rolledBack = await activate(packId, '1.0.0', {
      effectiveFrom: '2025-10-15',
      note: 'Rolled back pending review',
    });
    expect(rolledBack.status).toBe(201);
    setToday('2025-11-01');
    expect((await screen(packId, '2025-10-20')).pack.version).toBe('1.0.0');
    expect((await screen(packId, '2025-09-15')).pack.version).toBe('1.1.0');
    expect((await activate(packId, '1.0.0', { effectiveFrom: '2025-11-20' })).status).toBe(409);

    const listed = await json<{
      inForceToday: string;
      timeline: { version: string; from: string }[];
      versions: { version: string; status: string; activations: { effectiveFrom: string }[] }[];
    }>(await api.call('GET', `/api/v1/rule-packs/${packId}/versions`, { token: officer }));
    expect(listed.inForceToday).toBe('1.0.0');
    expect(listed.timeline).toEqual([
      { version: '1.0.0', from: '2024-12-13' },
      { version: '1.1.0', from: '2025-09-01' },
      { version: '1.0.0', from: '2025-10-15' },
    ]);
    expect(listed.versions.map((v) => [v.version, v.status, v.activations.length])).toEqual([
      ['1.0.0', 'active', 2],
      ['1.1.0', 'retired', 1],
    ]);
  });

  it('stores a draft whose own cases fail, lists them, and refuses to activate it until they pass', async () => {
    const { packId, files } = await ownPack();
    const draft = await upload(raisedLocalisation(files, '1.2.0'));
    expect(draft.status).toBe(201);
    const { caseFailures } = await json<{
      caseFailures: { path: string; rule: string; message: { vi: string; en: string } }[];
    }>(draft);
    // The band cases still give full localisation points at 40 %, which the draft no longer does.
    expect(caseFailures.length).toBeGreaterThan(0);
    expect(caseFailures.map((f) => f.path)).toContainEqual(
      expect.stringMatching(/^files\["cases\/bands\.yaml"\]/),
    );
    expect(caseFailures[0]?.message.en).toMatch(/^Test case fails: score expected/);
    expect(caseFailures[0]?.message.vi).toMatch(/^Trường hợp kiểm thử không đạt/);

    const refused = await activate(packId, '1.2.0', { effectiveFrom: '2026-12-01' });
    expect(refused.status).toBe(400);
    const problem = await json<Problem>(refused);
    expect(problem.errors.map((e) => e.path)).toEqual(caseFailures.map((f) => f.path));
    const timeline = await (await open()).db
      .select()
      .from(packActivations)
      .where(eq(packActivations.packId, packId));
    expect(timeline.map((a) => a.version)).toEqual(['1.0.0']);

    // The same change with its cases brought up to date is activated.
    expect((await upload(raisedLocalisationWithCases(files, '1.2.1'))).status).toBe(201);
    expect((await activate(packId, '1.2.1', { effectiveFrom: '2026-12-01' })).status).toBe(201);
  });

  it('gives every screening running during an activation one whole version, old or new', async () => {
    setToday('2025-12-01');
    const { packId, files } = await ownPack();
    expect((await upload(raisedLocalisationWithCases(files, '1.1.0'))).status).toBe(201);
    const hashes = new Map<string, string>();
    const screenings = Array.from({ length: 40 }, (_, i) =>
      // Staggered so that some start before the activation and some after it.
      new Promise((r) => setTimeout(r, i)).then(() => screen(packId, '2025-12-01')),
    );
    const activation = activate(packId, '1.1.0', { effectiveFrom: '2025-12-01' });
    const [results, res] = await Promise.all([Promise.all(screenings), activation]);
    expect(res.status).toBe(201);
    for (const s of results) {
      const points = localisation(s)?.points;
      const full = localisation(s)?.thresholds['localisation.fullPct'];
      if (s.pack.version === '1.0.0') expect([points, full]).toEqual([10, 40]);
      else expect([s.pack.version, points, full]).toEqual(['1.1.0', 6, 50]);
      const seen = hashes.get(s.pack.version) ?? s.pack.hash;
      expect(s.pack.hash).toBe(seen);
      hashes.set(s.pack.version, seen);
    }
    // Once the activation has answered, every screening gets the new version.
    expect((await screen(packId, '2025-12-01')).pack.version).toBe('1.1.0');
  });
});
