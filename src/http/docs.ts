/**
 * `GET /docs`: Swagger UI over `/openapi.json`, with its script and style served by this app from
 * the installed swagger-ui-dist package, so the reference works on a closed network without a CDN.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { text } from '../screening/i18n.js';
import type { AppEnv } from './app-env.js';
import { notFound } from './problem.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

// Our own start-up script rather than an inline one, so the page can forbid inline scripts.
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
`;
const INIT_VERSION = createHash('sha256').update(INIT_SCRIPT).digest('hex').slice(0, 12);

/** The only files served from the package, with their types. */
const VENDOR_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Swagger UI sets style attributes from script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

type SwaggerDist = { dir: string; version: string };

let dist: Promise<SwaggerDist> | undefined;
/** Located on first use, not at import: importing the app does no I/O. */
function swaggerDist(): Promise<SwaggerDist> {
  dist ??= (async () => {
    const manifest = createRequire(import.meta.url).resolve('swagger-ui-dist/package.json');
    const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
    return { dir: dirname(manifest), version };
  })();
  return dist;
}

const files = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
function vendorFile(name: string): Promise<Uint8Array<ArrayBuffer>> {
  let file = files.get(name);
  if (!file) {
    file = swaggerDist().then(async ({ dir }) => new Uint8Array(await readFile(join(dir, name))));
    // A failed read is not cached: the next request tries again.
    file.catch(() => files.delete(name));
    files.set(name, file);
  }
  return file;
}

function page(vendorVersion: string): string {
  const asset = (name: string, v = vendorVersion) =>
    `/docs/assets/${name}?v=${encodeURIComponent(v)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FDI screening API · API sàng lọc dự án FDI</title>
<link rel="stylesheet" href="${asset('swagger-ui.css')}">
<link rel="icon" type="image/png" href="${asset('favicon-32x32.png')}">
</head>
<body>
<noscript>Swagger UI needs JavaScript. The API description is at /openapi.json. · Cần bật JavaScript; mô tả API ở /openapi.json.</noscript>
<div id="swagger-ui"></div>
<script src="${asset('swagger-ui-bundle.js')}"></script>
<script src="${asset('init.js', INIT_VERSION)}"></script>
</body>
</html>
`;
}

export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { version } = await swaggerDist();
    return c.html(page(version), 200, {
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
  });

  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    if (name === 'init.js') {
      return c.body(INIT_SCRIPT, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': IMMUTABLE,
      });
    }
    const type = Object.hasOwn(VENDOR_ASSETS, name) ? VENDOR_ASSETS[name] : undefined;
    if (!type) {
      throw notFound(
        text(
          `Không có tệp ${name} trong tài liệu API.`,
          `There is no file ${name} in the API docs.`,
        ),
      );
    }
    return c.body(await vendorFile(name), 200, {
      'Content-Type': type,
      'Cache-Control': IMMUTABLE,
    });
  });

  return app;
}
