/**
 * The officer desk through `app.request()`: signing in with an access token (kept in an HttpOnly,
 * SameSite=Strict cookie), the queue and its filters, forms refused without their anti-forgery
 * code, and a case worked from verification to decision with every step in its history.
 *
 * Each test submits its own applications, with investor names of its own, and looks only at them.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { databaseApp, json } from '../http/database-app.js';
import { buildTestApp } from '../http/test-app.js';
import { proposal } from '../support/context.js';
import { describeEachDatabase } from '../support/database.js';
import { inputValue, type PageClient, pageClient, visibleText } from './page-client.js';

type Api = Awaited<ReturnType<typeof databaseApp>>;

async function submit(api: Api, changes: Record<string, unknown> = {}) {
  const body = await proposal(changes);
  const res = await api.call('POST', '/api/v1/applications', { body });
  expect(res.status).toBe(201);
  const { id } = await json<{ id: string }>(res);
  return { id, investor: (body.investor as { name: string }).name };
}

/** A browser that signed in with `token`, having loaded the sign-in form first as a person would. */
async function signedIn(api: Api, token: string): Promise<PageClient> {
  const browser = pageClient(api.app);
  const form = await browser.get('/officer/sign-in');
  expect(form.status).toBe(200);
  const res = await browser.post('/officer/sign-in', {
    csrf: inputValue(await form.text(), 'csrf'),
    next: '/officer',
    token,
  });
  expect(res.status).toBe(303);
  return browser;
}

/** The case page's anti-forgery code (the same in every form of the session). */
async function csrfOf(browser: PageClient, id: string): Promise<string> {
  return inputValue(await (await browser.get(`/officer/applications/${id}`)).text(), 'csrf');
}

async function history(api: Api, officer: string, id: string) {
  const res = await api.call('GET', `/api/v1/applications/${id}/history`, { token: officer });
  return (await json<{ items: { action: string; actor: string }[] }>(res)).items;
}

describe('the officer desk without a database', () => {
  it('says it needs one (503)', async () => {
    const { app } = await buildTestApp();
    const res = await app.request('/officer');
    expect(res.status).toBe(503);
    expect(visibleText(await res.text())).toContain('cần cơ sở dữ liệu');
  });
});

describeEachDatabase('the officer desk', (open) => {
  let handle: DatabaseHandle;
  let api: Api;
  let officer: string;

  beforeAll(async () => {
    handle = await open();
    api = await databaseApp(handle);
    officer = await api.token('officer');
  });

  describe('signing in', () => {
    it('sends a visitor without a session to sign-in, keeping where they were going', async () => {
      const res = await api.app.request('/officer/applications/abc?lang=en');
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(
        `/officer/sign-in?next=${encodeURIComponent('/officer/applications/abc?lang=en')}`,
      );
    });

    it('refuses a wrong token and sets no session', async () => {
      const browser = pageClient(api.app);
      const form = await (await browser.get('/officer/sign-in')).text();
      const res = await browser.post('/officer/sign-in', {
        csrf: inputValue(form, 'csrf'),
        next: '/officer',
        token: 'fdi_not-a-real-token-at-all-0000000000',
      });
      expect(res.status).toBe(403);
      expect(visibleText(await res.text())).toContain('Mã truy cập không đúng');
      expect(browser.cookies.has('officer_session')).toBe(false);
      expect((await browser.get('/officer')).status).toBe(303);
    });

    it('refuses a revoked token', async () => {
      const browser = pageClient(api.app);
      const form = await (await browser.get('/officer/sign-in')).text();
      const res = await browser.post('/officer/sign-in', {
        csrf: inputValue(form, 'csrf'),
        next: '/officer',
        token: await api.revokedToken('officer'),
      });
      expect(res.status).toBe(403);
      expect(browser.cookies.has('officer_session')).toBe(false);
    });

    it('with a valid token keeps it in an HttpOnly, SameSite=Strict cookie for /officer, and goes on', async () => {
      const browser = pageClient(api.app);
      const form = await (
        await browser.get('/officer/sign-in?next=/officer%3Fstatus%3Dsubmitted')
      ).text();
      const res = await browser.post('/officer/sign-in', {
        csrf: inputValue(form, 'csrf'),
        next: inputValue(form, 'next'),
        token: officer,
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/officer?status=submitted');
      const cookie = browser.setCookies.find((h) => h.startsWith('officer_session='));
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\/officer/i);
      expect(cookie).not.toMatch(/; Secure/i);
      const queue = await browser.get('/officer');
      expect(queue.status).toBe(200);
      expect(queue.headers.get('cache-control')).toBe('no-store');
      const text = visibleText(await queue.text());
      expect(text).toContain('Đã đăng nhập.');
      expect(text).toMatch(/Đang đăng nhập: Test officer \w+ \(cán bộ\)/);
    });

    it('marks the cookies Secure when the desk is reached over https', async () => {
      const form = await api.app.request('https://desk.example/officer/sign-in');
      const cookie = form.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^officer_sign_in=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
    });

    it('never sends the officer to another site after signing in', async () => {
      const browser = pageClient(api.app);
      const form = await (await browser.get('/officer/sign-in')).text();
      const res = await browser.post('/officer/sign-in', {
        csrf: inputValue(form, 'csrf'),
        next: '//evil.example/officer',
        token: officer,
      });
      expect(res.headers.get('location')).toBe('/officer');
    });

    it('refuses a sign-in form that was not served by the desk (403)', async () => {
      const res = await pageClient(api.app).post('/officer/sign-in', { token: officer, csrf: 'x' });
      expect(res.status).toBe(403);
    });

    it('signs out: the cookie is cleared and the desk asks for a token again', async () => {
      const browser = await signedIn(api, officer);
      const queue = await (await browser.get('/officer')).text();
      const res = await browser.post('/officer/sign-out', { csrf: inputValue(queue, 'csrf') });
      expect(res.status).toBe(303);
      expect(browser.cookies.has('officer_session')).toBe(false);
      expect((await browser.get('/officer')).status).toBe(303);
    });
  });

  describe('the queue', () => {
    it('lists a submitted application, linked to its case, and the filters narrow it', async () => {
      const tag = randomUUID().slice(0, 8);
      const kr = await submit(api, { 'investor.name': `Queue ${tag} Korea (fictional)` });
      const jp = await submit(api, {
        'investor.name': `Queue ${tag} Japan (fictional)`,
        'investor.country': 'JP',
      });
      const browser = await signedIn(api, officer);

      const all = await (await browser.get(`/officer?q=Queue+${tag}`)).text();
      expect(all).toContain(`href="/officer/applications/${kr.id}"`);
      expect(all).toContain(`href="/officer/applications/${jp.id}"`);
      expect(visibleText(all)).toContain(`Queue ${tag} Korea (fictional)`);
      expect(visibleText(all)).toContain('Đã nộp');

      const korea = await (await browser.get(`/officer?q=Queue+${tag}&country=kr`)).text();
      expect(korea).toContain(kr.id);
      expect(korea).not.toContain(jp.id);
      // The filter form shows what is applied.
      expect(inputValue(korea, 'country')).toBe('KR');

      const approved = await (await browser.get(`/officer?q=Queue+${tag}&status=approved`)).text();
      expect(approved).not.toContain(kr.id);
      expect(visibleText(approved)).toContain('Không có hồ sơ nào khớp.');

      const submittedToday = await (
        await browser.get(`/officer?q=Queue+${tag}&status=submitted&from=2025-03-14&to=2025-03-14`)
      ).text();
      expect(submittedToday).toContain(kr.id);
      expect(submittedToday).toContain(jp.id);
    });

    it('pages with a "next" link that keeps the filters', async () => {
      const tag = randomUUID().slice(0, 8);
      const ids = new Set<string>();
      for (let i = 0; i < 27; i++) {
        ids.add((await submit(api, { 'investor.name': `Pager ${tag} ${i} (fictional)` })).id);
      }
      const browser = await signedIn(api, officer);
      const first = await (await browser.get(`/officer?q=Pager+${tag}`)).text();
      const next = /<a rel="next" href="([^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
      expect(next).toMatch(new RegExp(`^/officer\\?q=Pager\\+${tag}&cursor=`));
      const second = await (await browser.get(next as string)).text();
      expect(second).not.toContain('rel="next"');
      const seen = [first, second].flatMap((html) =>
        [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]),
      );
      expect(seen).toHaveLength(27);
      expect(new Set(seen)).toEqual(ids);
    });

    it('says which filter is not valid (400) instead of failing', async () => {
      const browser = await signedIn(api, officer);
      const res = await browser.get('/officer?country=Korea&from=yesterday');
      expect(res.status).toBe(400);
      const text = visibleText(await res.text());
      expect(text).toContain('Quốc gia (mã ISO, ví dụ KR): giá trị không hợp lệ.');
      expect(text).toContain('Nộp từ ngày: giá trị không hợp lệ.');
      const nul = await browser.get('/officer?q=%00');
      expect(nul.status).toBe(400);
      const cursor = await browser.get('/officer?cursor=not-a-cursor');
      expect(cursor.status).toBe(400);
    });
  });

  describe('a case', () => {
    it('refuses a POST without its anti-forgery code (403), or too large (413), and stores nothing', async () => {
      const { id } = await submit(api);
      const browser = await signedIn(api, officer);
      const before = await history(api, officer, id);
      const forms = {
        verifications: { path: 'trade.localisationPct', note: 'forged' },
        screenings: {},
        decision: { decision: 'approve', note: 'forged' },
      };
      for (const [action, form] of Object.entries(forms)) {
        const missing = await browser.post(`/officer/applications/${id}/${action}`, form);
        expect(missing.status, action).toBe(403);
        expect(visibleText(await missing.text())).toContain('Không có gì được lưu');
        const wrong = await browser.post(`/officer/applications/${id}/${action}`, {
          ...form,
          csrf: 'a'.repeat(64),
        });
        expect(wrong.status, action).toBe(403);
      }
      // Nor is a form too large to be an officer's note read at all.
      const huge = await browser.post(`/officer/applications/${id}/decision`, {
        csrf: await csrfOf(browser, id),
        decision: 'approve',
        note: 'x'.repeat(100 * 1024),
      });
      expect(huge.status).toBe(413);
      expect(await history(api, officer, id)).toEqual(before);
      const after = await api.call('GET', `/api/v1/applications/${id}`, { token: officer });
      expect((await json<{ status: string }>(after)).status).toBe('submitted');
    });

    it('shows the proposal, the screening and the declared facts awaiting verification', async () => {
      const { id, investor } = await submit(api);
      const browser = await signedIn(api, officer);
      const html = await (await browser.get(`/officer/applications/${id}`)).text();
      const text = visibleText(html);
      expect(text).toContain(investor);
      expect(text).toContain('Kết quả sàng lọc gần nhất');
      expect(text).toMatch(/Tỷ lệ nội địa hóa theo khai báo/);
      expect(text).toContain('Thông tin khai báo cần xác minh');
      expect(html).toContain('data-path="trade.localisationPct"');
      expect(text).toMatch(/Tỷ lệ nội địa hóa Giá trị khai báo \d+%/);
      expect(text).toContain('Chưa xác minh');
      expect(text).toMatch(/Vốn đầu tư [\d.,]+ triệu USD/);
      // Only what the status allows: a submitted application can be verified, rescreened, decided.
      expect(html).toContain(`action="/officer/applications/${id}/screenings"`);
      expect(html).toContain('value="approve"');
      expect(html).toContain('value="request_info"');
    });

    it('is worked from verification to decision, each step redirected back with a message and in the history', async () => {
      const { id } = await submit(api, { 'trade.localisationPct': 25 });
      const browser = await signedIn(api, officer);
      const csrf = await csrfOf(browser, id);

      // Verify one fact as declared, correct another.
      const verified = await browser.post(`/officer/applications/${id}/verifications`, {
        csrf,
        path: 'transfer.knowledge',
        value: '',
        note: 'Training plan seen / Đã xem kế hoạch đào tạo',
      });
      expect(verified.status).toBe(303);
      expect(verified.headers.get('location')).toBe(`/officer/applications/${id}`);
      let page = visibleText(await (await browser.get(`/officer/applications/${id}`)).text());
      expect(page).toContain('Đã ghi nhận xác minh: Chuyển giao tri thức.');
      expect(page).toContain('Đang xem xét');

      const corrected = await browser.post(`/officer/applications/${id}/verifications`, {
        csrf,
        path: 'trade.localisationPct',
        value: '42,5',
        note: 'Supplier contracts show 42.5 %',
      });
      expect(corrected.status).toBe(303);
      page = visibleText(await (await browser.get(`/officer/applications/${id}`)).text());
      expect(page).toContain(
        'Đã ghi nhận giá trị đã sửa: Tỷ lệ nội địa hóa. Đánh giá lại để áp dụng.',
      );
      expect(page).toMatch(/Đã sửa: 42,5% — Test officer \w+, \d\d\/\d\d\/\d{4} \d\d:\d\d/);
      // The flash is shown once.
      page = visibleText(await (await browser.get(`/officer/applications/${id}`)).text());
      expect(page).not.toContain('Đã ghi nhận giá trị đã sửa');

      const rescreened = await browser.post(`/officer/applications/${id}/screenings`, {
        csrf,
        version: '',
      });
      expect(rescreened.status).toBe(303);
      page = visibleText(await (await browser.get(`/officer/applications/${id}`)).text());
      expect(page).toMatch(/Đã đánh giá lại: [\d,]+ điểm, [^.]+\./);

      const decided = await browser.post(`/officer/applications/${id}/decision`, {
        csrf,
        decision: 'approve',
        note: 'Meets the criteria / Đạt tiêu chí',
      });
      expect(decided.status).toBe(303);
      const html = await (await browser.get(`/officer/applications/${id}`)).text();
      page = visibleText(html);
      expect(page).toContain('Đã chấp thuận hồ sơ.');
      expect(html).toContain('data-status="approved"');
      // Nothing more to do on an approved application but what an administrator may reverse.
      expect(html).not.toContain(`action="/officer/applications/${id}/decision"`);
      expect(html).not.toContain(`action="/officer/applications/${id}/verifications"`);

      const rows = [...html.matchAll(/<tr data-action="([^"]+)"/g)].map((m) => m[1]);
      expect(rows).toEqual([
        'application.submitted',
        'fact.verified',
        'status.changed',
        'fact.corrected',
        'application.rescreened',
        'decision.approve',
      ]);
      expect(page).toContain('Tỷ lệ nội địa hóa: 25% → 42,5%');
      expect(page).toContain('Ghi chú: Meets the criteria / Đạt tiêu chí');
      expect(page).toMatch(/Ghi vào sổ theo dõi FDI: [\d.,]+ triệu USD/);
      expect(page).toContain('Trạng thái: Đã nộp → Đang xem xét');
      expect(page).toMatch(/Test officer \w+ \(cán bộ\) Chấp thuận/);
      expect((await history(api, officer, id)).map((h) => h.action)).toEqual(rows);
    });

    it('shows a second decision’s conflict on the case page (409), in the chosen language', async () => {
      const { id } = await submit(api);
      const browser = await signedIn(api, officer);
      const csrf = await csrfOf(browser, id);
      const first = await browser.post(`/officer/applications/${id}/decision`, {
        csrf,
        decision: 'reject',
        note: 'Outside the plan',
      });
      expect(first.status).toBe(303);
      const second = await browser.post(`/officer/applications/${id}/decision`, {
        csrf,
        decision: 'approve',
        note: 'Second thoughts',
      });
      expect(second.status).toBe(409);
      const text = visibleText(await second.text());
      expect(text).toContain('Không thực hiện được');
      expect(text).toContain(
        'Không thể thực hiện "approve" khi hồ sơ đang ở trạng thái "rejected"',
      );
      // The language switch of the page that answered the form leads back to the case.
      const switched = await browser.get(`/officer/applications/${id}/decision?lang=en`);
      expect(switched.status).toBe(303);
      expect(switched.headers.get('location')).toBe(`/officer/applications/${id}?lang=en`);
      await browser.get(switched.headers.get('location') as string);
      const again = await browser.post(`/officer/applications/${id}/decision`, {
        csrf,
        decision: 'approve',
        note: 'Second thoughts',
      });
      expect(again.status).toBe(409);
      expect(visibleText(await again.text())).toContain(
        '"approve" is not possible while the application is "rejected"',
      );
      const decisions = (await history(api, officer, id)).filter((h) =>
        h.action.startsWith('decision.'),
      );
      expect(decisions.map((h) => h.action)).toEqual(['decision.reject']);
    });

    it('shows what is wrong with a form and keeps what was typed (400)', async () => {
      const { id } = await submit(api);
      const browser = await signedIn(api, officer);
      const csrf = await csrfOf(browser, id);
      const noNote = await browser.post(`/officer/applications/${id}/decision`, {
        csrf,
        decision: 'approve',
        note: '  ',
      });
      expect(noNote.status).toBe(400);
      expect(visibleText(await noNote.text())).toContain('Hãy ghi chú lý do.');

      const badValue = await browser.post(`/officer/applications/${id}/verifications`, {
        csrf,
        path: 'trade.localisationPct',
        value: '140',
        note: 'Typo check',
      });
      expect(badValue.status).toBe(400);
      const html = await badValue.text();
      expect(visibleText(html)).toMatch(/Tỷ lệ nội địa hóa: /);
      expect(html).toContain('value="140"');
      expect(html).toContain('>Typo check</textarea>');
      expect((await history(api, officer, id)).map((h) => h.action)).toEqual([
        'application.submitted',
      ]);
    });

    it('says when there is no such application (404)', async () => {
      const browser = await signedIn(api, officer);
      const res = await browser.get(`/officer/applications/${randomUUID()}`);
      expect(res.status).toBe(404);
      expect(visibleText(await res.text())).toContain('Không tìm thấy hồ sơ');
    });
  });
});
