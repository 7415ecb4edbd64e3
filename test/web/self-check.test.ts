/**
 * The investor's pages through `app.request()`: the self-check form and its result, errors beside
 * their fields, submitting as an application with a receipt, the receipt holder's page, the
 * criteria and their changelog, and the HTML "not found".
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { applications } from '../../src/db/schema.js';
import { jsonLogger } from '../../src/http/logger.js';
import type { Lang } from '../../src/screening/i18n.js';
import { publishPack } from '../../src/screening/publish-pack.js';
import { databaseApp } from '../http/database-app.js';
import { NOW, sampleProposal } from '../http/test-app.js';
import { describeEachDatabase } from '../support/database.js';
import { RULES_DIR, repoPacks, screen } from '../support/packs.js';
import {
  attributeOf,
  FORM_HEADERS,
  fieldHtml,
  formBody,
  formEntries,
  hiddenInputs,
  textOf,
  unescapeHtml,
} from './form-data.js';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The app without a database, as `npm start` builds it but with the repository's rules folder. */
async function pagesApp() {
  const { registry } = await repoPacks();
  return createApp({
    packs: registry,
    clock: () => NOW,
    logger: jsonLogger('silent'),
    rulesDir: RULES_DIR,
  });
}

function post(app: App, path: string, entries: [string, string][]) {
  return app.request(path, { method: 'POST', headers: FORM_HEADERS, body: formBody(entries) });
}

/** The sample proposal three commitments short of Priority: 58.5 points, Encouraged. */
function nearPriority() {
  const p = sampleProposal();
  p.technology.smartFactory = false;
  p.transfer.knowledge = false;
  p.environment.circularEconomy = false;
  return p;
}

describe('the self-check form', () => {
  let app: App;
  beforeAll(async () => {
    app = await pagesApp();
  });

  it('offers the nine areas, and every park grouped under its area, outside parks first', async () => {
    const { registry } = await repoPacks();
    const { catalogues } = registry.versionsOf('binh-duong-7099')[0]?.content ?? {};
    const res = await app.request('/self-check');
    expect(res.status).toBe(200);
    const html = await res.text();
    const areaSelect = /<select id="f-site-area"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
    const areaValues = [...areaSelect.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(areaValues).toHaveLength(9);
    expect(areaValues).toEqual(catalogues?.areas.map((a) => a.id));

    const parkSelect = /<select id="f-site-industrialPark"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
    expect(parkSelect).toMatch(
      /^<select[^>]*><option value="" selected="">Ngoài khu, cụm công nghiệp/,
    );
    for (const area of catalogues?.areas ?? []) {
      const parks = catalogues?.parks.filter((p) => p.area === area.id) ?? [];
      if (parks.length === 0) continue;
      const group = new RegExp(
        `<optgroup label="${area.name.vi}" data-area="${area.id}">([\\s\\S]*?)</optgroup>`,
      ).exec(parkSelect)?.[1];
      expect(group, area.id).toBeDefined();
      const inGroup = [...(group ?? '').matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      expect(inGroup).toEqual(parks.map((p) => p.id));
    }
  });

  it('starts empty: numbers blank, boxes unticked, no errors, a sector list to search', async () => {
    const html = await (await app.request('/self-check')).text();
    expect(attributeOf(html, 'f-capital-totalUsd', 'type')).toBe('number');
    expect(attributeOf(html, 'f-capital-totalUsd', 'value')).toBe('');
    expect(html).not.toMatch(/type="checkbox"[^>]*checked/);
    expect(html).not.toContain('aria-invalid');
    expect(html).toContain('<datalist id="vsic-codes">');
    expect(html).toContain('list="vsic-codes"');
    expect(html).toMatch(/<option value="2610 — [^"]+"/);
    expect(html).toContain('<label for="f-trade-localisationPct">Tỷ lệ nội địa hóa (%)</label>');
    expect(html).toContain('src="/assets/park-filter.js"');
  });

  it('shows the band, every criterion and the improvements of a valid proposal, in Vietnamese', async () => {
    const { registry } = await repoPacks();
    const proposal = nearPriority();
    const expected = screen(registry, proposal);
    const res = await post(app, '/self-check', formEntries(proposal));
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain(`Đủ điều kiện · Xếp loại: ${expected.band.label.vi} · 58,5/100 điểm`);
    expect(text).toContain(`phiên bản ${expected.pack.version}`);
    expect(html).toContain(expected.pack.hash);
    for (const c of expected.criteria) {
      expect(html).toContain(`id="criterion-${c.id}"`);
      expect(text).toContain(c.title.vi);
      expect(text).toContain(c.reason.vi);
    }
    // The best change reaches the next band and says so.
    const best = expected.improvements[0];
    expect(best?.bandAfter).toBe('priority');
    expect(text).toContain(
      `${best?.text.vi.replace(/\.$/, '')}: +${best?.gain} điểm, đạt mức Ưu tiên thu hút`,
    );
    expect(text).toContain(
      'Nâng tỷ lệ nội địa hóa từ 25% lên 40%: +7 điểm, đạt mức Ưu tiên thu hút',
    );
    expect(text).toContain('Chỉ để tham khảo');
    // The values entered stay in the form, to adjust and check again.
    expect(attributeOf(html, 'f-trade-localisationPct', 'value')).toBe('25');
    // No database: nothing can be submitted, so no button offers it.
    expect(html).not.toContain('action="/self-check/apply"');
  });

  it('shows the same result in English with ?lang=en', async () => {
    const { registry } = await repoPacks();
    const proposal = nearPriority();
    const expected = screen(registry, proposal);
    const res = await post(app, '/self-check?lang=en', formEntries(proposal));
    const html = await res.text();
    const text = textOf(html);
    expect(html).toContain('<html lang="en">');
    expect(text).toContain(`Eligible · Band: ${expected.band.label.en} · Score 58.5/100`);
    for (const c of expected.criteria) expect(text).toContain(c.title.en);
    expect(text).toContain(
      'Raise the localisation rate from 25% to 40%: +7 points, reaches Priority',
    );
    expect(text).toContain('Localisation rate (%)');
  });

  it('says when a change keeps the band', async () => {
    const res = await post(app, '/self-check', formEntries(sampleProposal()));
    expect(textOf(await res.text())).toContain(
      'Nâng tỷ lệ nội địa hóa từ 25% lên 40%: +7 điểm, vẫn ở mức Ưu tiên thu hút',
    );
  });

  it('answers 400 with every error beside its field, a summary linking to it, and the input kept', async () => {
    const entries = formEntries({
      ...sampleProposal(),
      workforce: { total: 800, trainedPct: 60, universityPct: 80, rdStaffPct: 2 },
    })
      .filter(([name]) => name !== 'project.name')
      .concat([
        ['project.name', '   '],
        ['project.sectorCodes[2]', '0410'],
      ]);
    const res = await post(app, '/self-check', entries);
    expect(res.status).toBe(400);
    const html = await res.text();

    const university = fieldHtml(html, 'f-workforce-universityPct');
    expect(university).toContain('aria-invalid="true"');
    expect(textOf(university)).toContain(
      'Tỷ lệ lao động có trình độ đại học (80) không được lớn hơn tỷ lệ lao động qua đào tạo (60).',
    );
    expect(attributeOf(html, 'f-workforce-universityPct', 'value')).toBe('80');
    expect(university).toMatch(
      /aria-describedby="f-workforce-universityPct-hint f-workforce-universityPct-error"/,
    );

    expect(textOf(fieldHtml(html, 'f-project-name'))).toContain('Trường này là bắt buộc.');
    // The third box's code is reported beside the third box, though the second is empty.
    const sector = fieldHtml(html, 'f-project-sectorCodes-2');
    expect(sector).toContain('aria-invalid="true"');
    expect(textOf(sector)).toContain('Mã ngành 0410');
    expect(attributeOf(html, 'f-project-sectorCodes-2', 'value')).toBe('0410');
    expect(fieldHtml(html, 'f-project-sectorCodes-1')).not.toContain('aria-invalid');

    const summary = /<div class="errors-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(textOf(summary)).toContain('Có 3 lỗi cần sửa');
    expect(summary).toContain('href="#f-project-name"');
    expect(summary).toContain('href="#f-project-sectorCodes-2"');
    expect(summary).toContain('href="#f-workforce-universityPct"');
    // Everything else entered is kept.
    expect(attributeOf(html, 'f-trade-localisationPct', 'value')).toBe('25');
    expect(html).toMatch(/<option value="vsip-2a" selected="">/);
    expect(html).not.toContain('id="result"');
  });

  it('carries the pack’s notices for the date checked', async () => {
    const { registry } = await repoPacks();
    const notice = registry.inForce('binh-duong-7099', '2025-08-01')?.content.meta.notices?.[0];
    expect(notice?.from).toBe('2025-07-01');
    const res = await post(
      app,
      '/self-check',
      formEntries({ ...sampleProposal(), submittedOn: '2025-08-01' }),
    );
    const result = /<section id="result"[\s\S]*<\/section>/.exec(await res.text())?.[0] ?? '';
    expect(textOf(result)).toContain(notice?.text.vi);
  });

  it('gives the errors in English with ?lang=en', async () => {
    const entries = formEntries(sampleProposal()).filter(([n]) => n !== 'capital.totalUsd');
    const res = await post(app, '/self-check?lang=en', entries);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(textOf(fieldHtml(html, 'f-capital-totalUsd'))).toContain('This field is required.');
    expect(textOf(html)).toContain('There is 1 problem');
  });

  it('reads a picked sector, blank optional fields as absent, a blank park as outside parks', async () => {
    const proposal = sampleProposal();
    const entries = formEntries(proposal)
      .filter(([n]) => !['transfer.localSupplierCount', 'site.industrialPark'].includes(n))
      .filter(([n]) => n !== 'project.sectorCodes[0]')
      .concat([
        // As picked from the list: the code, then its name.
        ['project.sectorCodes[0]', '2610 — Sản xuất linh kiện điện tử'],
        ['transfer.localSupplierCount', ''],
        ['site.industrialPark', ''],
        ['project.description', ''],
        ['submittedOn', ''],
      ])
      .filter(([n, v]) => n !== 'submittedOn' || v === '');
    const res = await post(app, '/self-check', entries);
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    // Today in the pack's zone, since no date was given.
    expect(text).toContain('áp dụng cho ngày 2025-06-02');
    expect(text).toContain('ngoài khu, cụm công nghiệp');
  });

  it('keeps what was typed when the language switch re-posts an unsent form', async () => {
    const res = await post(app, '/self-check?lang=en', [
      ['project.name', 'Half-typed plant'],
      ['intent', 'keep'],
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(attributeOf(html, 'f-project-name', 'value')).toBe('Half-typed plant');
    expect(html).not.toContain('errors-summary');
    expect(html).toContain('<html lang="en">');
  });

  it('serves its scripts', async () => {
    for (const name of ['park-filter.js', 'print-button.js', 'keep-form-on-language-switch.js']) {
      const res = await app.request(`/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/javascript');
    }
  });
});

describeEachDatabase('submitting a self-check as an application', (open) => {
  let api: Awaited<ReturnType<typeof databaseApp>>;
  let handle: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    handle = await open();
    api = await databaseApp(handle);
  });

  /** The result page of a proposal with an investor name of its own, and its apply form. */
  async function checked(lang: Lang = 'vi') {
    const investor = `Receipt Test ${randomUUID().slice(0, 8)} (fictional)`;
    const proposal = {
      ...sampleProposal(),
      investor: { ...sampleProposal().investor, name: investor },
    };
    const res = await post(api.app, `/self-check?lang=${lang}`, formEntries(proposal));
    expect(res.status).toBe(200);
    return { investor, apply: hiddenInputs(await res.text(), '/self-check/apply') };
  }

  it('stores one application however often the button is pressed, and shows the receipt once', async () => {
    const { investor, apply } = await checked();
    expect(apply.find(([n]) => n === 'idempotencyKey')?.[1]).toMatch(/^[0-9a-f-]{36}$/);
    const first = await post(api.app, '/self-check/apply', apply);
    const second = await post(api.app, '/self-check/apply', apply);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const html = await first.text();
    const again = await second.text();
    const id = /<code id="application-id">([^<]+)<\/code>/.exec(html)?.[1];
    const receipt = /<code id="receipt-token" class="secret">([^<]+)<\/code>/.exec(html)?.[1];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt).toMatch(/^rcp_/);
    expect(again).toContain(`<code id="application-id">${id}</code>`);
    // The receipt carries what was posted, for the language switch to show it again.
    expect(hiddenInputs(html, '/self-check/apply')).toEqual(apply);
    const rows = await handle.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.investorName, investor));
    expect(rows).toEqual([{ id }]);

    const text = textOf(html);
    expect(text).toContain('Hãy lưu mã biên nhận này ngay');
    expect(html).toContain(`href="/applications/${id}?receipt=${receipt}"`);
  });

  it('shows the receipt holder the status, date and latest screening; a wrong receipt is a 404 page', async () => {
    const { apply } = await checked('en');
    const html = await (await post(api.app, '/self-check/apply', apply)).text();
    const href = unescapeHtml(/href="(\/applications\/[^"]+)"/.exec(html)?.[1] ?? '');
    const page = await api.app.request(href);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const text = textOf(await page.text());
    expect(text).toContain('Tình trạng Đã nộp, chờ xử lý');
    expect(text).toContain('Ngày nộp 2025-03-14');
    expect(text).toContain('Đủ điều kiện · Xếp loại: Ưu tiên thu hút');
    const english = textOf(await (await api.app.request(`${href}&lang=en`)).text());
    expect(english).toContain('Status Submitted, awaiting review');
    expect(english).toContain('Eligible · Band: Priority');

    // Another token of the same shape: its first character changed (to one it cannot already be).
    const forged = href.replace(/receipt=rcp_(.)/, (_, c: string) =>
      c === 'x' ? 'receipt=rcp_y' : 'receipt=rcp_x',
    );
    expect(forged).not.toBe(href);
    const wrong = await api.app.request(forged, {
      headers: { Accept: 'text/html' },
    });
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('content-type')).toContain('text/html');
    expect(textOf(await wrong.text())).toContain('Không có hồ sơ');
    const none = await api.app.request(`/applications/${randomUUID()}?receipt=rcp_nothing`);
    expect(none.status).toBe(404);
  });

  it('sends a language switch without its script from the receipt to the self-check', async () => {
    const res = await api.app.request('/self-check/apply?lang=en');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/self-check?lang=en');
  });

  it('limits submissions per client like the API, with a page', async () => {
    const limited = await databaseApp(handle, { rateLimit: { perMinute: 1, trustProxy: false } });
    const { apply } = await checked();
    const other = apply.map(([n, v]): [string, string] =>
      n === 'idempotencyKey' ? [n, randomUUID()] : [n, v],
    );
    expect((await post(limited.app, '/self-check/apply', apply)).status).toBe(201);
    const res = await post(limited.app, '/self-check/apply', other);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('shows the form with its errors if what is posted is not a valid proposal', async () => {
    const { apply } = await checked();
    const broken = apply.filter(([n]) => n !== 'investor.name');
    const res = await post(api.app, '/self-check/apply', broken);
    expect(res.status).toBe(400);
    expect(textOf(fieldHtml(await res.text(), 'f-investor-name'))).toContain(
      'Trường này là bắt buộc.',
    );
  });
});

describe('the criteria pages', () => {
  let app: App;
  beforeAll(async () => {
    app = await pagesApp();
  });

  it('list every criterion of the pack in force with what it asks and its basis', async () => {
    const { registry } = await repoPacks();
    const version = registry.inForce('binh-duong-7099', '2025-06-02');
    if (!version) throw new Error('no pack in force');
    const pack = publishPack(version, '2025-06-02');
    const res = await app.request('/criteria');
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain(pack.title.vi);
    expect(text).toContain(pack.hash);
    expect(text).toContain(`từ ${pack.effectiveFrom}`);
    for (const c of pack.criteria) {
      const section = new RegExp(
        `<section class="criterion" id="criterion-${c.id}"[\\s\\S]*?</section>`,
      ).exec(html)?.[0];
      expect(section, c.id).toBeDefined();
      const inSection = textOf(section ?? '');
      expect(inSection).toContain(c.title.vi);
      expect(inSection).toContain(c.asks.vi);
      for (const b of c.basis) expect(inSection).toContain(`${b.doc}, ${b.ref}`);
    }
    for (const b of pack.bands) expect(text).toContain(b.label.vi);
    expect(text).toContain('Điều kiện bắt buộc (2)');
    expect(text).toContain('Tiêu chí tính điểm (19)');
    expect(text).toMatch(/Tỷ lệ nội địa hóa.*40%.*(LAW|POLICY|DESIGN) —/);
    expect(html).toContain('href="/criteria/changelog"');
  });

  it('reads in English, and answers an unknown version with a 404 page', async () => {
    const text = textOf(await (await app.request('/criteria?lang=en')).text());
    expect(text).toContain('Scored criteria (19)');
    expect(text).toContain('Localisation rate');
    const res = await app.request('/criteria?version=9.9.9');
    expect(res.status).toBe(404);
    expect(textOf(await res.text())).toContain('không có phiên bản "9.9.9"');
  });

  it('show the pack’s changelog, and a 404 page when there is none to read', async () => {
    const res = await app.request('/criteria/changelog');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<pre class="changelog"');
    expect(textOf(html)).toContain('Changelog: binh-duong-7099');
    const { registry } = await repoPacks();
    const bare = createApp({ packs: registry, clock: () => NOW, logger: jsonLogger('silent') });
    expect((await bare.request('/criteria/changelog')).status).toBe(404);
  });
});

describe('an unknown address', () => {
  it('is a page for a browser and a JSON problem for the API', async () => {
    const app = await pagesApp();
    const page = await app.request('/no-such-page', { headers: { Accept: 'text/html,*/*' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(textOf(await page.text())).toContain('Không có trang nào ở địa chỉ /no-such-page.');
    for (const path of ['/api/v1/nothing', '/docs/nothing', '/no-such-page']) {
      const headers: Record<string, string> =
        path === '/no-such-page' ? {} : { Accept: 'text/html' };
      const res = await app.request(path, { headers });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });
});
