/**
 * Whatever arrives as a body — too big, not JSON, hostile JSON — the answer is a 4xx problem,
 * never a 5xx, and never a crash.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/http/schemas/problem.js';
import { buildTestApp, postJson, postRaw, sampleProposal } from './test-app.js';

const { app } = await buildTestApp();
const JSON_TYPE = { 'Content-Type': 'application/json' };

async function problem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Problem;
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  return body;
}

describe('the body size limit of 256 KiB', () => {
  it('refuses a body over 256 KiB with 413', async () => {
    const big = {
      ...sampleProposal(),
      project: { ...sampleProposal().project, description: 'x'.repeat(300 * 1024) },
    };
    await problem(await postJson(app, big), 413, 'payload_too_large');
  });

  it('refuses a streamed body (no Content-Length) once it passes 256 KiB', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await app.request('/api/v1/screenings', {
      method: 'POST',
      headers: JSON_TYPE,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await problem(res, 413, 'payload_too_large');
  });

  it('reads a body just under the limit (and then judges its content)', async () => {
    const p = sampleProposal();
    const raw = JSON.stringify({
      ...p,
      project: { ...p.project, description: 'é'.repeat(120 * 1024) },
    });
    expect(new TextEncoder().encode(raw).length).toBeLessThan(256 * 1024);
    const body = await problem(await postRaw(app, raw, JSON_TYPE), 400, 'validation_failed');
    expect(body.errors.map((e) => e.path)).toEqual(['project.description']);
  });
});

describe('the media type', () => {
  it('refuses text/plain with 415', async () => {
    await problem(
      await postRaw(app, JSON.stringify(sampleProposal()), { 'Content-Type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
  });

  it('refuses a body without Content-Type with 415', async () => {
    await problem(
      await postRaw(app, JSON.stringify(sampleProposal())),
      415,
      'unsupported_media_type',
    );
  });

  it('refuses JSON announced in a charset other than UTF-8 with 415', async () => {
    const res = await postRaw(app, JSON.stringify(sampleProposal()), {
      'Content-Type': 'application/json; charset=iso-8859-1',
    });
    await problem(res, 415, 'unsupported_media_type');
  });

  it('refuses form posts with 415', async () => {
    const res = await postRaw(app, 'project=x', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    await problem(res, 415, 'unsupported_media_type');
  });
});

describe('JSON that does not parse', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    await problem(await postRaw(app, "{'single': 'quotes'}", JSON_TYPE), 400, 'malformed_json');
  });

  it('answers truncated JSON with 400 malformed_json', async () => {
    const raw = JSON.stringify(sampleProposal());
    await problem(
      await postRaw(app, raw.slice(0, raw.length - 10), JSON_TYPE),
      400,
      'malformed_json',
    );
  });

  it('answers an empty body with 400', async () => {
    await problem(await postRaw(app, '', JSON_TYPE), 400, 'malformed_json');
    await problem(await postRaw(app, '  \n ', JSON_TYPE), 400, 'malformed_json');
    await problem(await postRaw(app, null, JSON_TYPE), 400, 'malformed_json');
  });

  it('answers 10,000 unclosed brackets with 400 malformed_json', async () => {
    await problem(await postRaw(app, '['.repeat(10_000), JSON_TYPE), 400, 'malformed_json');
  });
});

describe('hostile but well-formed JSON never causes a 5xx', () => {
  const proposal = JSON.stringify(sampleProposal());
  const nested = (open: string, close: string, depth: number, inner = '0') =>
    open.repeat(depth) + inner + close.repeat(depth);

  // Each body with the status it must get: 400 when it breaks the contract, 200 when JSON reads it
  // as a valid proposal after all (a lone surrogate is still a string; 1e-400 is 0).
  const bodies: Record<string, [raw: string, status: 200 | 400]> = {
    null: ['null', 400],
    'a top-level array': ['[]', 400],
    'a top-level string': ['"proposal"', 400],
    'a top-level number': ['42', 400],
    true: ['true', 400],
    'an empty object': ['{}', 400],
    '10,000 levels of arrays': [nested('[', ']', 10_000), 400],
    '10,000 levels of objects': [nested('{"a":', '}', 10_000), 400],
    'deep nesting inside a known field': [
      proposal.replace(
        '"name":"Nhà máy linh kiện mẫu (hư cấu)"',
        `"name":${nested('[', ']', 10_000)}`,
      ),
      400,
    ],
    'a number too big for a double (1e400)': [
      proposal.replace('"totalUsd":100000000', '"totalUsd":1e400'),
      400,
    ],
    'a negative number too big for a double': [
      proposal.replace('"landHa":12.5', '"landHa":-1e400'),
      400,
    ],
    'a number too small for a double': [proposal.replace('"landHa":12.5', '"landHa":1e-400'), 200],
    'a huge string within the limit': [
      proposal.replace(
        '"name":"Example Components Co., Ltd. (fictional)"',
        `"name":"${'ű'.repeat(100_000)}"`,
      ),
      400,
    ],
    'a huge area id within the limit': [
      proposal.replace('"area":"tan-uyen"', `"area":"${'a'.repeat(200_000)}"`),
      400,
    ],
    'arrays where objects belong': [
      proposal.replace(/"(capital|site|workforce)":\{[^}]*\}/g, '"$1":[]'),
      400,
    ],
    'null where objects belong': [
      proposal.replace(/"(capital|site|workforce)":\{[^}]*\}/g, '"$1":null'),
      400,
    ],
    'objects where numbers belong': [
      proposal.replace('"totalUsd":100000000', '"totalUsd":{"valueOf":1}'),
      400,
    ],
    'a __proto__ key at the top': [`{"__proto__":{"polluted":true},${proposal.slice(1)}`, 400],
    'a __proto__ key inside a section': [
      proposal.replace('"capital":{', '"capital":{"__proto__":{"polluted":true},'),
      400,
    ],
    'constructor and prototype keys': [
      `{"constructor":{"prototype":{"polluted":true}},${proposal.slice(1)}`,
      400,
    ],
    'toString and hasOwnProperty keys': [
      `{"toString":"x","hasOwnProperty":1,${proposal.slice(1)}`,
      400,
    ],
    'duplicate keys (the last one wins, as in JSON.parse)': [
      proposal.replace('"capital":{', '"capital":{"totalUsd":-5,'),
      200,
    ],
    'lone surrogates and NUL in strings': [
      proposal.replace('"name":"Nhà máy linh kiện mẫu (hư cấu)"', '"name":"\\ud800\\u0000\\udfff"'),
      200,
    ],
    'a sector code list of 10,000 entries': [
      proposal.replace(
        '"sectorCodes":["2610"]',
        `"sectorCodes":[${'"2610",'.repeat(10_000)}"2610"]`,
      ),
      400,
    ],
    'a pack id that is an object': [proposal.replace('{', '{"pack":{"id":"x"},'), 400],
    'a submittedOn that is a number': [
      proposal.replace('"submittedOn":"2025-03-14"', '"submittedOn":20250314'),
      400,
    ],
  };

  for (const [name, [raw, status]] of Object.entries(bodies)) {
    it(`answers ${name} with ${status}`, async () => {
      expect(raw).not.toBe(proposal);
      const res = await postRaw(app, raw, JSON_TYPE);
      expect(res.status).toBe(status);
      if (status !== 200) expect(res.headers.get('content-type')).toBe('application/problem+json');
    });
  }

  it('refuses prototype keys as unknown fields and pollutes no prototype', async () => {
    const res = await postRaw(app, bodies['a __proto__ key at the top']?.[0] as string, JSON_TYPE);
    const body = await problem(res, 400, 'validation_failed');
    expect(body.errors.map((e) => e.path)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses 1e400 as not a number', async () => {
    const res = await postRaw(
      app,
      bodies['a number too big for a double (1e400)']?.[0] as string,
      JSON_TYPE,
    );
    const body = await problem(res, 400, 'validation_failed');
    expect(body.errors.find((e) => e.path === 'capital.totalUsd')?.rule).toBe('type');
  });

  it('refuses null with one issue at the root', async () => {
    const body = await problem(await postRaw(app, 'null', JSON_TYPE), 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: '', rule: 'type' })]);
  });
});
