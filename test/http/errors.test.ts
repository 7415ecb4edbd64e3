/**
 * The cross-cutting behaviour of every response: request ids, security headers, the one problem
 * envelope for unknown paths and methods, and a 5xx that reveals nothing but the request id.
 */
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Problem } from '../../src/http/schemas/problem.js';
import { ServiceError, type ServiceErrorCode } from '../../src/service-errors.js';
import { buildTestApp, NOW, postJson, sampleProposal } from './test-app.js';

const { app, packs } = await buildTestApp();

describe('request ids', () => {
  it('echoes a client request id in X-Request-Id and in problems', async () => {
    const res = await app.request('/nowhere', { headers: { 'X-Request-Id': 'client-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('client-abc-123');
    expect(((await res.json()) as Problem).requestId).toBe('client-abc-123');
  });

  it('makes one up when the client sends none, and puts it on successful answers too', async () => {
    const res = await postJson(app, sampleProposal());
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });
});

describe('headers', () => {
  it('sends security headers on answers and on problems', async () => {
    for (const path of ['/healthz', '/nowhere']) {
      const res = await app.request(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('GET /healthz', () => {
  it('says the process is up', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('unknown paths and methods', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const res = await app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status: 404, code: 'not_found', errors: [] });
    expect(body.localized.vi.title).not.toBe(body.localized.en.title);
  });

  it('answers a wrong method with 405 and the methods allowed', async () => {
    const get = await app.request('/api/v1/screenings');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(((await get.json()) as Problem).code).toBe('method_not_allowed');
    const del = await app.request('/api/v1/rule-packs/anything', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toContain('GET');
  });
});

describe('language of problems', () => {
  const title = async (acceptLanguage?: string) => {
    const headers: Record<string, string> = acceptLanguage
      ? { 'Accept-Language': acceptLanguage }
      : {};
    return ((await (await app.request('/nowhere', { headers })).json()) as Problem).title;
  };

  it('follows Accept-Language: Vietnamese when preferred, English otherwise', async () => {
    const vi = await title('vi');
    const en = await title('en');
    expect(vi).not.toBe(en);
    expect(await title('vi-VN')).toBe(vi);
    expect(await title('en;q=0.5, vi;q=0.8')).toBe(vi);
    expect(await title('vi;q=0.2, en')).toBe(en);
    expect(await title('fr-FR, de')).toBe(en);
    expect(await title()).toBe(en);
    expect(await title(';;;q=,,*')).toBe(en);
  });
});

describe('an unexpected error', () => {
  it('is answered with a generic 500 naming only the request id, its details going to the log', async () => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const broken = createApp({ packs, clock: () => NOW, logger });
    broken.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    const res = await broken.request('/boom', { headers: { 'X-Request-Id': 'req-500' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      code: 'internal_error',
      requestId: 'req-500',
      errors: [],
    });
    expect(logger.error).toHaveBeenCalledWith(
      'unhandled error',
      expect.objectContaining({
        requestId: 'req-500',
        error: expect.objectContaining({ message: 'database password is hunter2' }),
      }),
    );
  });
});

describe('errors of the verbs', () => {
  const cases: [ServiceErrorCode, number, Record<string, unknown>][] = [
    ['not_found', 404, {}],
    ['validation_failed', 400, {}],
    ['conflict', 409, { allowed: ['withdraw'] }],
    ['idempotency_key_reused', 422, {}],
    ['unauthorized', 401, {}],
    ['forbidden', 403, {}],
  ];

  it.each(cases)(
    'become the problem envelope: %s is %i, with its bilingual text as detail',
    async (code, status, extra) => {
      const issues = [
        { path: 'note', rule: 'required', message: { vi: 'Bắt buộc.', en: 'Required.' } },
      ];
      const throwing = createApp({ packs, clock: () => NOW });
      throwing.get('/verb', () => {
        throw new ServiceError(
          code,
          { vi: `Lỗi ${code}`, en: `Error ${code}` },
          { ...extra, issues },
        );
      });
      const res = await throwing.request('/verb', { headers: { 'Accept-Language': 'vi' } });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as Problem;
      expect(body).toMatchObject({ status, code, detail: `Lỗi ${code}`, errors: issues });
      expect(body.localized.en.detail).toBe(`Error ${code}`);
      if (code === 'conflict') expect(body.allowed).toEqual(['withdraw']);
      else expect(body).not.toHaveProperty('allowed');
      if (code === 'unauthorized') expect(res.headers.get('www-authenticate')).toBe('Bearer');
    },
  );
});
