/**
 * CORS is closed unless CORS_ORIGINS names an origin, and then open to exactly those origins on
 * /api/ only. Every response — page, API answer, problem — carries the security headers, and the
 * pages' policy forbids inline script and style, which the pages do not use.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { readEnv } from '../../src/env.js';
import { jsonLogger } from '../../src/http/logger.js';
import { repoPacks } from '../support/packs.js';
import { NOW, PACK_ID } from './test-app.js';

const ALLOWED = 'https://portal.example.vn';
const OTHER = 'https://evil.example.com';

async function app(corsOrigins?: string[]) {
  const { registry } = await repoPacks();
  return createApp({
    packs: registry,
    clock: () => NOW,
    logger: jsonLogger('silent'),
    ...(corsOrigins ? { corsOrigins } : {}),
  });
}

const API_GET = `/api/v1/rule-packs/${PACK_ID}`;

function preflight(origin: string, path = '/api/v1/screenings') {
  return {
    path,
    init: {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    },
  };
}

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-allow-credentials',
  'access-control-expose-headers',
];

function corsHeadersOf(res: Response): string[] {
  return CORS_HEADERS.filter((h) => res.headers.has(h));
}

describe('CORS by default', () => {
  it('sends no CORS header on an API answer, whatever the origin', async () => {
    const a = await app();
    const res = await a.request(API_GET, { headers: { Origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
  });

  it('answers a preflight as any OPTIONS request, without allowing anything', async () => {
    const a = await app();
    const { path, init } = preflight(ALLOWED);
    const res = await a.request(path, init);
    expect(res.status).toBe(405);
    expect(corsHeadersOf(res)).toEqual([]);
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  it('echoes an allowed origin on an API answer and exposes the request id, never credentials', async () => {
    const a = await app([ALLOWED, 'http://localhost:5173']);
    const res = await a.request(API_GET, { headers: { Origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('answers an allowed preflight with the methods and headers the API uses', async () => {
    const a = await app([ALLOWED]);
    const { path, init } = preflight(ALLOWED);
    const res = await a.request(path, init);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const allowHeaders = res.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const h of ['content-type', 'idempotency-key', 'authorization']) {
      expect(allowHeaders).toContain(h);
    }
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('refuses another origin: no CORS header on its answer or its preflight', async () => {
    const a = await app([ALLOWED]);
    const res = await a.request(API_GET, { headers: { Origin: OTHER } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(res.headers.get('vary')).toContain('Origin');
    const { path, init } = preflight(OTHER);
    const pre = await a.request(path, init);
    expect(pre.status).toBe(405);
    expect(corsHeadersOf(pre)).toEqual([]);
    // Origins are compared exactly: no prefix, suffix or scheme match.
    for (const near of [`${ALLOWED}.evil.com`, 'http://portal.example.vn', `${ALLOWED}:8443`]) {
      const r = await a.request(API_GET, { headers: { Origin: near } });
      expect(corsHeadersOf(r), near).toEqual([]);
    }
  });

  it('applies to /api/ only: pages send no CORS header', async () => {
    const a = await app([ALLOWED]);
    const res = await a.request('/self-check', { headers: { Origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
  });
});

describe('CORS_ORIGINS in the environment', () => {
  it('is a comma-separated list of exact origins; unset or empty means none', () => {
    const read = (value?: string) => {
      const r = readEnv(value === undefined ? {} : { CORS_ORIGINS: value });
      return r.ok ? r.env.CORS_ORIGINS : r.errors;
    };
    expect(read()).toEqual([]);
    expect(read('')).toEqual([]);
    expect(read(` ${ALLOWED} , http://localhost:5173,${ALLOWED}`)).toEqual([
      ALLOWED,
      'http://localhost:5173',
    ]);
  });

  it('refuses a wildcard, a path, a trailing slash or another scheme, naming the variable', () => {
    for (const bad of ['*', `${ALLOWED}/`, `${ALLOWED}/app`, 'ftp://files.example.vn', 'portal']) {
      const r = readEnv({ CORS_ORIGINS: `http://localhost:5173,${bad}` });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors.join('\n'), bad).toMatch(/^CORS_ORIGINS: /);
    }
  });
});

describe('security headers', () => {
  const EXPECTED: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'strict-transport-security': 'max-age=15552000; includeSubDomains',
  };

  it('are on pages, API answers and problems alike, with a policy that forbids inline code', async () => {
    const a = await app();
    for (const path of ['/', '/self-check', '/criteria', API_GET, '/api/v1/nowhere', '/healthz']) {
      const res = await a.request(path);
      for (const [name, value] of Object.entries(EXPECTED)) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("style-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe');
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('fit the pages: no inline script, style or event handler for the policy to block', async () => {
    const a = await app();
    for (const path of ['/', '/self-check', '/self-check?lang=en', '/criteria', '/progress']) {
      const res = await a.request(path);
      const html = await res.text();
      expect(html, path).toMatch(/^<!DOCTYPE html>|^<html/i);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, path).not.toMatch(/<style[\s>]/i);
      expect(html, path).not.toMatch(/\sstyle="/i);
      expect(html, path).not.toMatch(/\son[a-z]+="/i);
      // Links may lead elsewhere; what the page loads comes from this origin only.
      expect(html, path).not.toMatch(/\ssrc="(?:https?:)?\/\//i);
      expect(html, path).not.toMatch(/<link[^>]*href="(?:https?:)?\/\//i);
    }
  });

  it('leave the API reference its own policy, which Swagger UI needs', async () => {
    const a = await app();
    const res = await a.request('/docs');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
