/**
 * Applications through the API, end to end: an investor submits and reads with the receipt, an
 * officer finds, verifies, rescreens, decides and replays; retries are idempotent; invalid
 * proposals store nothing; decided applications refuse a second decision.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { withValueAt } from '../../src/screening/facts.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseApp, json } from './database-app.js';
import { PACK_ID, sampleProposal } from './test-app.js';

type Submitted = {
  id: string;
  receiptToken: string;
  status: string;
  screening: { band: { id: string }; eligible: boolean; pack: { id: string; version: string } };
};
type Page = { items: { id: string; investorName: string }[]; nextCursor: string | null };

/** The README sample with an investor name of its own, so a test finds exactly its applications. */
function sample(investorName = `Example Components ${randomUUID().slice(0, 8)} (fictional)`) {
  return withValueAt(sampleProposal(), 'investor.name', investorName);
}

describeEachDatabase('applications through the API', (open) => {
  let api: Awaited<ReturnType<typeof databaseApp>>;
  let officer: string;
  beforeAll(async () => {
    api = await databaseApp(await open());
    officer = await api.token('officer');
  });

  const submit = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await api.call('POST', '/api/v1/applications', { body, headers });
    return { res, body: await json<Submitted>(res) };
  };

  it('walks an application from submission to a decision an officer can replay byte for byte', async () => {
    const marker = `Flow ${randomUUID().slice(0, 8)}`;
    const { res, body: submitted } = await submit(sample(`${marker} One (fictional)`));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/applications/${submitted.id}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(submitted).toMatchObject({ status: 'submitted', screening: { pack: { id: PACK_ID } } });
    expect(submitted.receiptToken).toMatch(/^rcp_/);
    const { id, receiptToken } = submitted;

    // The investor reads it back with the receipt.
    const read = await api.call('GET', `/api/v1/applications/${id}?receipt=${receiptToken}`);
    expect(read.status).toBe(200);
    const view = await json(read);
    expect(Object.keys(view).sort()).toEqual(
      [
        'allowedActions',
        'createdAt',
        'id',
        'packId',
        'proposal',
        'screening',
        'status',
        'submittedOn',
        'updatedAt',
      ].sort(),
    );
    expect(view).toMatchObject({ id, status: 'submitted', submittedOn: '2025-03-14' });
    expect(view.screening).toEqual(submitted.screening);

    // Two more applications of the same investor group, for the officer's filters and pages.
    await submit(sample(`${marker} Two (fictional)`));
    await submit(sample(`${marker} Three (fictional)`));
    const list = (query: string) =>
      api.call('GET', `/api/v1/applications?q=${encodeURIComponent(marker)}&${query}`, {
        token: officer,
      });
    const first = await json<Page>(await list('limit=2&sort=createdAt'));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await json<Page>(
      await list(`limit=2&sort=createdAt&cursor=${first.nextCursor}`),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const names = [...first.items, ...second.items].map((i) => i.investorName).sort();
    expect(names).toEqual([
      `${marker} One (fictional)`,
      `${marker} Three (fictional)`,
      `${marker} Two (fictional)`,
    ]);
    const { band, eligible } = submitted.screening;
    const filtered = await json<Page>(
      await list(
        `status=submitted&band=${band.id}&eligible=${eligible}&country=KR&sector=26&area=tan-uyen&from=2025-03-01&to=2025-03-31`,
      ),
    );
    expect(filtered.items).toHaveLength(3);
    expect((await json<Page>(await list('country=JP'))).items).toEqual([]);
    expect((await json<Page>(await list('to=2025-03-13'))).items).toEqual([]);

    // The officer checks a declared fact and corrects it, rescreens, and decides.
    const verified = await api.call('POST', `/api/v1/applications/${id}/verifications`, {
      token: officer,
      body: {
        path: 'trade.localisationPct',
        value: 35,
        verified: true,
        note: 'Supplier contracts checked / Đã kiểm tra hợp đồng nhà cung cấp',
      },
    });
    expect(verified.status).toBe(200);
    expect(await json(verified)).toMatchObject({
      id,
      status: 'under_review',
      verified: ['trade.localisationPct'],
    });
    const rescreened = await api.call('POST', `/api/v1/applications/${id}/screenings`, {
      token: officer,
    });
    expect(rescreened.status).toBe(200);
    expect(await json(rescreened)).toMatchObject({ id, status: 'under_review' });
    const decided = await api.call('POST', `/api/v1/applications/${id}/decision`, {
      token: officer,
      body: { decision: 'approve', note: 'Meets the criteria / Đạt tiêu chí' },
    });
    expect(decided.status).toBe(200);
    expect(await json(decided)).toMatchObject({
      id,
      status: 'approved',
      decision: 'approve',
      screeningSeq: 2,
    });

    const history = await json<{ items: { action: string; actor: string }[] }>(
      await api.call('GET', `/api/v1/applications/${id}/history`, { token: officer }),
    );
    expect(history.items.map((e) => e.action)).toEqual([
      'application.submitted',
      'fact.corrected',
      'status.changed',
      'application.rescreened',
      'decision.approve',
    ]);
    expect(history.items[0]?.actor).toBe('public');
    expect(history.items.at(-1)?.actor).toMatch(/^Test officer/);

    const replayed = await api.call('POST', `/api/v1/applications/${id}/replay`, {
      token: officer,
      body: {},
    });
    expect(replayed.status).toBe(200);
    expect(await json(replayed)).toMatchObject({
      reproduced: true,
      pack: {
        id: PACK_ID,
        version: submitted.screening.pack.version,
        hash: expect.stringMatching(/^sha256:/),
      },
      differences: [],
      screening: { seq: 2 },
    });
    const firstReplay = await json(
      await api.call('POST', `/api/v1/applications/${id}/replay`, {
        token: officer,
        body: { seq: 1 },
      }),
    );
    expect(firstReplay).toMatchObject({ reproduced: true, screening: { seq: 1 } });
  });

  it('answers a retry with the same Idempotency-Key with the first answer, and a reused key with 422', async () => {
    const key = `retry-${randomUUID()}`;
    const body = sample();
    const first = await submit(body, { 'Idempotency-Key': key });
    expect(first.res.status).toBe(201);
    const again = await submit(body, { 'Idempotency-Key': key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);

    const other = await submit(sample(), { 'Idempotency-Key': key });
    expect(other.res.status).toBe(422);
    expect(other.res.headers.get('content-type')).toBe('application/problem+json');
    expect(other.body as unknown as Problem).toMatchObject({
      status: 422,
      code: 'idempotency_key_reused',
    });

    const list = await json<Page>(
      await api.call('GET', `/api/v1/applications?q=${encodeURIComponent(body.investor.name)}`, {
        token: officer,
      }),
    );
    expect(list.items.map((i) => i.id)).toEqual([first.body.id]);
  });

  it('refuses an Idempotency-Key longer than 200 characters or with control characters', async () => {
    for (const key of ['k'.repeat(201), 'tab\there']) {
      const { res, body } = await submit(sample(), { 'Idempotency-Key': key });
      expect(res.status, key).toBe(400);
      const [issue] = (body as unknown as Problem).errors;
      expect(issue?.path).toBe('idempotency-key');
      expect(issue?.message.vi).not.toBe(issue?.message.en);
    }
  });

  it('refuses a proposal with several problems, lists every one, and stores nothing', async () => {
    const name = `Invalid ${randomUUID().slice(0, 8)} (fictional)`;
    let bad = sample(name) as unknown as Record<string, unknown>;
    bad = withValueAt(bad, 'capital.totalUsd', -5);
    bad = withValueAt(bad, 'site.area', 'atlantis');
    bad = withValueAt(bad, 'workforce.trainedPct', 140);
    bad = withValueAt(bad, 'extra', true);
    const { res, body } = await submit(bad);
    expect(res.status).toBe(400);
    const problem = body as unknown as Problem;
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['capital.totalUsd', 'site.area', 'workforce.trainedPct']),
    );
    for (const e of problem.errors) expect(e.message.vi).not.toBe(e.message.en);

    const list = await json<Page>(
      await api.call('GET', `/api/v1/applications?q=${encodeURIComponent(name)}`, {
        token: officer,
      }),
    );
    expect(list.items).toEqual([]);
  });

  it('refuses text the database cannot store (NUL, an unpaired surrogate) with 400 naming each field', async () => {
    let bad = sample() as unknown as Record<string, unknown>;
    bad = withValueAt(bad, 'investor.name', 'Nul\u0000 Corp');
    bad = withValueAt(bad, 'project.name', 'Half \ud800 a character');
    const { res, body } = await submit(bad);
    expect(res.status).toBe(400);
    expect((body as unknown as Problem).errors.map((e) => [e.path, e.rule])).toEqual([
      ['project.name', 'invalid_character'],
      ['investor.name', 'invalid_character'],
    ]);
    const { body: stored } = await submit(sample());
    const note = await api.call('POST', `/api/v1/applications/${stored.id}/decision`, {
      token: officer,
      body: { decision: 'reject', note: 'a\u0000b' },
    });
    expect(note.status).toBe(400);
    expect((await json<Problem>(note)).errors.map((e) => e.path)).toEqual(['note']);
    const cursor = await api.call('GET', '/api/v1/applications?cursor=%00', { token: officer });
    expect(cursor.status).toBe(400);
  });

  it('refuses a list cursor that was not given by the list, or given for another sort', async () => {
    const { body } = await submit(sample());
    const forged = Buffer.from(JSON.stringify({ v: "2025-01-01'; --", id: body.id })).toString(
      'base64url',
    );
    const dated = await json<Page>(
      await api.call('GET', '/api/v1/applications?limit=1', { token: officer }),
    );
    for (const query of [
      `cursor=${forged}`,
      'cursor=bm90LWpzb24',
      `sort=-score&cursor=${dated.nextCursor}`,
    ]) {
      const res = await api.call('GET', `/api/v1/applications?${query}`, { token: officer });
      expect(res.status, query).toBe(400);
      expect((await json<Problem>(res)).errors.map((e) => e.path)).toEqual(['cursor']);
    }
  });

  it('refuses bodies that are not JSON, before anything is stored', async () => {
    const res = await api.call('POST', '/api/v1/applications', {
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    const broken = await api.app.request('/api/v1/applications', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"project":',
    });
    expect(broken.status).toBe(400);
    expect((await json<Problem>(broken)).code).toBe('malformed_json');
  });

  it('refuses a second decision with 409, naming the actions still allowed', async () => {
    const { body } = await submit(sample());
    const decide = (decision: string) =>
      api.call('POST', `/api/v1/applications/${body.id}/decision`, {
        token: officer,
        body: { decision, note: 'Xem xét / Reviewed' },
      });
    expect((await decide('request_info')).status).toBe(200);
    const again = await decide('approve');
    expect(again.status).toBe(409);
    const problem = await json<Problem>(again);
    expect(problem).toMatchObject({ code: 'conflict', status: 409 });
    expect(problem.allowed).toEqual(['verify', 'rescreen', 'resubmit', 'withdraw']);
    expect(problem.localized.vi.detail).toContain('info_requested');

    const decided = await submit(sample());
    await api.call('POST', `/api/v1/applications/${decided.body.id}/decision`, {
      token: officer,
      body: { decision: 'reject', note: 'Không đạt / Not eligible' },
    });
    const twice = await api.call('POST', `/api/v1/applications/${decided.body.id}/decision`, {
      token: officer,
      body: { decision: 'reject', note: 'Again' },
    });
    expect(twice.status).toBe(409);
    expect((await json<Problem>(twice)).allowed).toEqual(['reverse']);
  });

  it('refuses an invalid decision or verification with every problem listed', async () => {
    const { body } = await submit(sample());
    const res = await api.call('POST', `/api/v1/applications/${body.id}/decision`, {
      token: officer,
      body: { decision: 'maybe', note: '' },
    });
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors.map((e) => e.path).sort()).toEqual([
      'decision',
      'note',
    ]);
    const verification = await api.call('POST', `/api/v1/applications/${body.id}/verifications`, {
      token: officer,
      body: { path: 'no.such.field', verified: true, note: 'x' },
    });
    expect(verification.status).toBe(400);
    expect((await json<Problem>(verification)).errors.map((e) => e.path)).toEqual(['path']);
  });

  it('answers 404 for an application that does not exist, whoever asks', async () => {
    const missing = randomUUID();
    for (const path of [
      `/api/v1/applications/${missing}`,
      `/api/v1/applications/${missing}/history`,
      '/api/v1/applications/not-a-uuid',
    ]) {
      const res = await api.call('GET', path, { token: officer });
      expect(res.status, path).toBe(404);
      expect((await json<Problem>(res)).code).toBe('not_found');
    }
  });

  it('lets the receipt holder resubmit after a request for information, and withdraw', async () => {
    const { body } = await submit(sample());
    const { id, receiptToken } = body;
    // Before the department asks for anything, a resubmission is not possible.
    const early = await api.call(
      'POST',
      `/api/v1/applications/${id}/resubmission?receipt=${receiptToken}`,
      { body: sample() },
    );
    expect(early.status).toBe(409);
    const allowed = (await json<Problem>(early)).allowed;
    expect(allowed).toContain('withdraw');
    expect(allowed).not.toContain('resubmit');

    await api.call('POST', `/api/v1/applications/${id}/decision`, {
      token: officer,
      body: { decision: 'request_info', note: 'Bổ sung hợp đồng thuê đất / Add the land lease' },
    });
    // An invalid resubmission changes nothing; the investor can send a corrected one.
    const invalid = await api.call(
      'POST',
      `/api/v1/applications/${id}/resubmission?receipt=${receiptToken}`,
      { body: withValueAt(sample(), 'capital.totalUsd', 'lots') },
    );
    expect(invalid.status).toBe(400);

    const changed = withValueAt(sample(), 'workforce.total', 1200);
    const resubmitted = await api.call(
      'POST',
      `/api/v1/applications/${id}/resubmission?receipt=${receiptToken}`,
      { body: changed },
    );
    expect(resubmitted.status).toBe(200);
    expect(await json(resubmitted)).toMatchObject({ id, status: 'resubmitted' });
    const view = await json<{ proposal: { workforce: { total: number }; submittedOn: string } }>(
      await api.call('GET', `/api/v1/applications/${id}?receipt=${receiptToken}`),
    );
    expect(view.proposal.workforce.total).toBe(1200);
    expect(view.proposal.submittedOn).toBe('2025-03-14');

    const withdrawn = await api.call(
      'POST',
      `/api/v1/applications/${id}/withdrawal?receipt=${receiptToken}`,
      { body: { note: 'Dự án tạm dừng / Project on hold' } },
    );
    expect(withdrawn.status).toBe(200);
    expect(await json(withdrawn)).toEqual({ id, status: 'withdrawn' });
    const twice = await api.call(
      'POST',
      `/api/v1/applications/${id}/withdrawal?receipt=${receiptToken}`,
    );
    expect(twice.status).toBe(409);
    const after = await json(
      await api.call('GET', `/api/v1/applications/${id}?receipt=${receiptToken}`),
    );
    expect(after).toMatchObject({ status: 'withdrawn', allowedActions: [] });
  });

  it('accepts a withdrawal with no body at all, and refuses a note over 2000 characters', async () => {
    const { body } = await submit(sample());
    const long = await api.call(
      'POST',
      `/api/v1/applications/${body.id}/withdrawal?receipt=${body.receiptToken}`,
      { body: { note: 'x'.repeat(2001) } },
    );
    expect(long.status).toBe(400);
    expect((await json<Problem>(long)).errors.map((e) => e.path)).toEqual(['note']);
    const bare = await api.call(
      'POST',
      `/api/v1/applications/${body.id}/withdrawal?receipt=${body.receiptToken}`,
    );
    expect(bare.status).toBe(200);
  });

  it("answers another application's receipt, a made-up one and none with the same 404", async () => {
    const mine = await submit(sample());
    const theirs = await submit(sample());
    const answers = await Promise.all(
      [`?receipt=${theirs.body.receiptToken}`, '?receipt=rcp_madeup', ''].map(async (query) => {
        const res = await api.call('GET', `/api/v1/applications/${mine.body.id}${query}`);
        const problem = await json<Problem>(res);
        return { status: res.status, detail: problem.localized.en.detail };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
    expect(new Set(answers.map((a) => a.detail)).size).toBe(1);
    const missing = await api.call(
      'GET',
      `/api/v1/applications/${randomUUID()}?receipt=${mine.body.receiptToken}`,
    );
    expect(missing.status).toBe(404);
  });
});
