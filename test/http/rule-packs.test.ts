/**
 * The rule-pack endpoints: what a client reads to know the criteria in force and to build a valid
 * proposal without reading code.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { PackListOut, PublishedPackOut } from '../../src/http/schemas/rule-packs.js';
import type { PublishedPack } from '../../src/screening/publish-pack.js';
import { buildTestApp, PACK_ID, TODAY_IN_PACK_ZONE } from './test-app.js';

const { app, packs } = await buildTestApp();
const versions = packs.versionsOf(PACK_ID);
const first = versions[0];
if (!first) throw new Error(`pack ${PACK_ID} is not loaded`);

async function published(query = ''): Promise<PublishedPack> {
  const res = await app.request(`/api/v1/rule-packs/${PACK_ID}${query}`);
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(PublishedPackOut.safeParse(body).error).toBeUndefined();
  return body as PublishedPack;
}

async function problem(path: string, status: number): Promise<Problem> {
  const res = await app.request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as Problem;
}

describe('GET /api/v1/rule-packs', () => {
  it('lists every pack with its versions, effective dates, status and hash, and marks the default', async () => {
    const res = await app.request('/api/v1/rule-packs');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(PackListOut.safeParse(body).error).toBeUndefined();
    const list = PackListOut.parse(body);
    expect(list.nextCursor).toBeNull();
    expect(list.items.map((p) => p.id)).toEqual(packs.packIds());
    const pack = list.items.find((p) => p.id === PACK_ID);
    expect(pack?.default).toBe(true);
    expect(pack?.title.vi).not.toBe('');
    expect(pack?.jurisdiction.timeZone).toBe(first.content.meta.jurisdiction.timeZone);
    expect(pack?.versions).toEqual(
      versions.map((v) => ({
        version: v.content.meta.version,
        effectiveFrom: v.content.meta.effectiveFrom,
        effectiveTo: v.content.meta.effectiveTo ?? null,
        status: 'active',
        hash: v.hash,
      })),
    );
    for (const v of pack?.versions ?? []) expect(v.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('GET /api/v1/rule-packs/{id}', () => {
  it("publishes the version in force today, today being the pack's date", async () => {
    const pack = await published();
    const inForce = packs.inForce(PACK_ID, TODAY_IN_PACK_ZONE);
    expect(pack.asOf).toBe(TODAY_IN_PACK_ZONE);
    expect(pack.version).toBe(inForce?.content.meta.version);
    expect(pack.hash).toBe(inForce?.hash);
  });

  it('publishes every criterion in order, with its points and the thresholds it compares against', async () => {
    const pack = await published(`?asOf=${first.content.meta.effectiveFrom}`);
    expect(pack.criteria.map((c) => c.id)).toEqual(first.content.criteria.map((c) => c.id));
    for (const c of pack.criteria) {
      expect(c.title.vi, c.id).not.toBe('');
      expect(c.asks.en, c.id).not.toBe('');
      expect(c.basis.length, c.id).toBeGreaterThan(0);
      expect(c.rules.length, c.id).toBeGreaterThan(0);
      if (c.kind === 'score') {
        expect(c.maxPoints, c.id).toBe(Math.max(...c.rules.map((r) => r.points)));
        expect(c.maxPoints, c.id).toBeGreaterThan(0);
      } else {
        expect(c.maxPoints, c.id).toBe(0);
      }
      for (const t of c.thresholds) {
        const param = pack.parameters.find((p) => p.id === t.id);
        expect(param, `${c.id} → ${t.id}`).toBeDefined();
        expect(t.value).toBe(param?.value);
        expect(['LAW', 'POLICY', 'DESIGN']).toContain(t.kind);
        expect(t.basis.length, t.id).toBeGreaterThan(0);
      }
    }
    expect(pack.criteria.some((c) => c.thresholds.length > 0)).toBe(true);
  });

  it('publishes every parameter with its value on the date and every dated value with its basis', async () => {
    const pack = await published(`?asOf=${first.content.meta.effectiveFrom}`);
    expect(pack.parameters.map((p) => p.id).sort()).toEqual(
      Object.keys(first.content.parameters).sort(),
    );
    for (const p of pack.parameters) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const v of p.values) expect(v.basis.length, p.id).toBeGreaterThan(0);
    }
  });

  it('publishes the bands best first, and the band of an ineligible project', async () => {
    const pack = await published();
    const cutoffs = pack.bands.map((b) => b.minScore);
    expect(cutoffs).toEqual([...cutoffs].sort((a, b) => b - a));
    expect(pack.bands.map((b) => b.id)).toEqual(first.content.meta.bands.map((b) => b.id));
    expect(pack.ineligibleBand.label.vi).not.toBe('');
  });

  it('publishes catalogues complete enough to build a valid proposal', async () => {
    const { catalogues, target } = await published();
    expect(catalogues.areas.map((a) => a.id)).toEqual([
      'thu-dau-mot',
      'thuan-an',
      'di-an',
      'tan-uyen',
      'ben-cat',
      'bau-bang',
      'bac-tan-uyen',
      'phu-giao',
      'dau-tieng',
    ]);
    expect(
      catalogues.areas.filter((a) => a.tags.includes('southern-urban')).map((a) => a.id),
    ).toEqual(['thu-dau-mot', 'thuan-an', 'di-an']);
    expect(catalogues.sectors.filter((s) => s.level === 2).length).toBeGreaterThanOrEqual(88);
    expect(catalogues.parks.length).toBeGreaterThan(0);
    for (const park of catalogues.parks) {
      expect(['park', 'cluster']).toContain(park.kind);
      if (park.area !== null) expect(catalogues.areas.map((a) => a.id)).toContain(park.area);
    }
    expect(catalogues.sectorLists.length).toBeGreaterThan(0);
    expect(target.period.from <= target.period.to).toBe(true);
    expect(target.basis.length).toBeGreaterThan(0);
  });

  it('publishes a named version with ?version=', async () => {
    const pack = await published(`?version=${first.content.meta.version}`);
    expect(pack.version).toBe(first.content.meta.version);
    expect(pack.effectiveFrom).toBe(first.content.meta.effectiveFrom);
  });

  it('publishes the version in force on a date with ?asOf=', async () => {
    const date = first.content.meta.effectiveFrom;
    const pack = await published(`?asOf=${date}`);
    expect(pack.asOf).toBe(date);
    expect(pack.version).toBe(packs.inForce(PACK_ID, date)?.content.meta.version);
  });

  it('answers an unknown pack with 404 naming the packs that exist', async () => {
    const body = await problem('/api/v1/rule-packs/atlantis-2030', 404);
    expect(body.code).toBe('not_found');
    expect(body.localized.en.detail).toContain(PACK_ID);
    expect(body.localized.vi.detail).toContain(PACK_ID);
  });

  it('answers an unknown version with 404 naming the versions that exist', async () => {
    const body = await problem(`/api/v1/rule-packs/${PACK_ID}?version=99.0.0`, 404);
    expect(body.localized.en.detail).toContain(first.content.meta.version);
  });

  it('answers a date with no version in force with 404 naming the versions and their dates', async () => {
    const body = await problem(`/api/v1/rule-packs/${PACK_ID}?asOf=2000-01-01`, 404);
    expect(body.localized.en.detail).toContain(first.content.meta.effectiveFrom);
  });

  it('answers a version asked for on a date outside its effective dates with 404', async () => {
    const body = await problem(
      `/api/v1/rule-packs/${PACK_ID}?version=${first.content.meta.version}&asOf=2000-01-01`,
      404,
    );
    expect(body.localized.en.detail).toContain('2000-01-01');
  });

  it('answers a malformed asOf with 400 at path asOf', async () => {
    for (const asOf of ['2025-02-30', 'yesterday', '2025-1-1', '']) {
      const body = await problem(`/api/v1/rule-packs/${PACK_ID}?asOf=${asOf}`, 400);
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e) => e.path)).toEqual(['asOf']);
    }
  });
});
