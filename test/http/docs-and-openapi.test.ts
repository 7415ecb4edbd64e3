/**
 * The API describes itself: /openapi.json generated from the route schemas, and /docs, a Swagger UI
 * that loads only from this server (it must work on a closed network).
 */
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app.js';

const { app } = await buildTestApp();

type OpenApi = {
  openapi: string;
  info: { title: string; version: string };
  servers?: unknown;
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
  >;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, unknown>; additionalProperties?: unknown }
    >;
  };
};

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of every public route, with no servers', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).not.toBe('');
    expect(doc.info.version).not.toBe('');
    expect(doc.servers).toBeUndefined();
    expect(Object.keys(doc.paths['/api/v1/screenings'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/rule-packs'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/v1/rule-packs/{id}'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/healthz'] ?? {})).toEqual(['get']);
  });

  it('documents the proposal body with the schema of the contract, unknown fields refused', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as OpenApi;
    const body = doc.paths['/api/v1/screenings']?.post?.requestBody?.content['application/json'];
    expect(body?.schema.$ref).toBe('#/components/schemas/Proposal');
    const proposal = doc.components.schemas.Proposal;
    expect(Object.keys(proposal?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'project',
        'investor',
        'capital',
        'site',
        'workforce',
        'technology',
        'transfer',
        'trade',
        'environment',
      ]),
    );
    expect(proposal?.additionalProperties).toBe(false);
    for (const name of ['ScreeningResult', 'Problem', 'PublishedPack', 'PackList']) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
  });
});

describe('GET /docs', () => {
  it('is a Swagger UI page whose scripts, styles and icons all come from this server', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) expect(ref).toMatch(/^\/docs\/assets\/[\w.-]+(\?v=[\w.-]+)?$/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>/);
  });

  it('serves every asset the page references, with its content type and a long cache', async () => {
    const html = await (await app.request('/docs')).text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    const types: Record<string, RegExp> = {
      js: /^text\/javascript/,
      css: /^text\/css/,
      png: /^image\/png$/,
    };
    for (const ref of refs) {
      const res = await app.request(ref);
      expect(res.status, ref).toBe(200);
      const ext = ref.replace(/\?.*$/, '').split('.').pop() as string;
      expect(res.headers.get('content-type'), ref).toMatch(types[ext] as RegExp);
      expect(res.headers.get('cache-control'), ref).toContain('max-age=31536000');
      expect((await res.arrayBuffer()).byteLength, ref).toBeGreaterThan(0);
    }
    const init = await (
      await app.request(refs.find((r) => r.includes('init.js')) as string)
    ).text();
    expect(init).toContain("url: '/openapi.json'");
    expect(init).toContain('validatorUrl: null');
  });

  it('serves no other file of the package, and nothing outside it', async () => {
    for (const path of [
      '/docs/assets/package.json',
      '/docs/assets/index.html',
      '/docs/assets/..%2Fpackage.json',
      '/docs/assets/%2e%2e',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('application/problem+json');
    }
  });
});
