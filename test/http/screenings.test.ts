/** POST /api/v1/screenings with valid proposals: the result a self-checking investor relies on. */
import { describe, expect, it } from 'vitest';
import { ScreeningResultOut } from '../../src/http/schemas/screening-result.js';
import type { ScreeningResult } from '../../src/screening/screening-result.js';
import {
  buildTestApp,
  PACK_ID,
  postJson,
  postRaw,
  sampleProposal,
  TODAY_IN_PACK_ZONE,
} from './test-app.js';

const { app, packs } = await buildTestApp();

describe('POST /api/v1/screenings', () => {
  it('screens the README sample: 200 with every criterion of the pack, in its order', async () => {
    const res = await postJson(app, sampleProposal());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const result = (await res.json()) as ScreeningResult;
    const version = packs.inForce(PACK_ID, '2025-03-14');
    expect(result.pack).toEqual({
      id: PACK_ID,
      version: version?.content.meta.version,
      effectiveFrom: version?.content.meta.effectiveFrom,
      hash: version?.hash,
    });
    expect(result.asOf).toBe('2025-03-14');
    expect(result.criteria.map((c) => c.id)).toEqual(version?.content.criteria.map((c) => c.id));
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.eligible).toBe(true);
  });

  it('explains every criterion in Vietnamese and English, with a basis', async () => {
    const result = (await (await postJson(app, sampleProposal())).json()) as ScreeningResult;
    for (const c of result.criteria) {
      expect(c.reason.vi, c.id).not.toBe('');
      expect(c.reason.en, c.id).not.toBe('');
      expect(c.reason.vi, c.id).not.toBe(c.reason.en);
      expect(c.basis.length, c.id).toBeGreaterThan(0);
    }
    expect(result.band.label.vi).not.toBe('');
    expect(result.band.label.en).not.toBe('');
  });

  it('suggests bilingual improvements, ranked by gain, for a proposal that can do better', async () => {
    const result = (await (await postJson(app, sampleProposal())).json()) as ScreeningResult;
    expect(result.improvements.length).toBeGreaterThan(0);
    for (const i of result.improvements) {
      expect(i.text.vi).not.toBe('');
      expect(i.text.en).not.toBe('');
      expect(i.gain).toBeGreaterThan(0);
      expect(i.basis.length).toBeGreaterThan(0);
    }
    const gains = result.improvements.map((i) => i.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
  });

  it('answers the same request twice with byte-identical bodies', async () => {
    const first = await (await postJson(app, sampleProposal())).text();
    const second = await (await postJson(app, sampleProposal())).text();
    expect(second).toBe(first);
  });

  it('returns exactly what the OpenAPI document promises', async () => {
    const body = await (await postJson(app, sampleProposal())).json();
    expect(ScreeningResultOut.safeParse(body).error).toBeUndefined();
  });

  it("screens a proposal without submittedOn under today's date in the pack's time zone, not UTC's", async () => {
    const { submittedOn: _, ...undated } = sampleProposal();
    const result = (await (await postJson(app, undated)).json()) as ScreeningResult;
    expect(result.asOf).toBe(TODAY_IN_PACK_ZONE);
  });

  it('accepts the pack named in the proposal and a JSON media type with parameters or a +json suffix', async () => {
    const named = await postJson(
      app,
      { ...sampleProposal(), pack: PACK_ID },
      {
        'Content-Type': 'application/json; charset=UTF-8',
      },
    );
    expect(named.status).toBe(200);
    const suffixed = await postJson(app, sampleProposal(), {
      'Content-Type': 'application/vnd.proposal+json',
    });
    expect(suffixed.status).toBe(200);
  });

  it('returns an ineligible project as a normal 200 result, not an error', async () => {
    const p = sampleProposal();
    p.technology.transferList = 'banned';
    const res = await postJson(app, p);
    expect(res.status).toBe(200);
    const result = (await res.json()) as ScreeningResult;
    expect(result.eligible).toBe(false);
    expect(result.band.id).toBe(
      packs.inForce(PACK_ID, '2025-03-14')?.content.meta.ineligibleBand.id,
    );
  });

  it('accepts names with NUL, right-to-left marks and combining characters as plain text', async () => {
    const p = sampleProposal();
    p.project.name = 'Nha\u0000 ma\u0301y \u202eABC\u202c \u200f';
    p.investor.name = 'Cơ\u0300ng ty \u{1F3ED}';
    const res = await postJson(app, p);
    expect(res.status).toBe(200);
  });

  it('reads -0 hectares exactly as 0 hectares', async () => {
    // Written by hand: JSON.stringify(-0) would send 0.
    const raw = JSON.stringify(sampleProposal()).replace('"landHa":12.5', '"landHa":-0');
    expect(raw).toContain('"landHa":-0');
    const negativeZero = await postRaw(app, raw, { 'Content-Type': 'application/json' });
    expect(negativeZero.status).toBe(200);
    const zero = await postJson(app, {
      ...sampleProposal(),
      site: { ...sampleProposal().site, landHa: 0 },
    });
    expect(await negativeZero.text()).toBe(await zero.text());
  });
});
