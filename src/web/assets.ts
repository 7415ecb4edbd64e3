/** The pages' static files (one stylesheet, a print stylesheet, small scripts), read once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';

const DIR = join(import.meta.dirname, 'assets');
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};
const FILES = new Map<string, { body: string; type: string }>();

function load(name: string) {
  let f = FILES.get(name);
  if (!f) {
    f = {
      body: readFileSync(join(DIR, name), 'utf8'),
      type: TYPES[name.split('.').pop() ?? ''] ?? 'text/plain',
    };
    FILES.set(name, f);
  }
  return f;
}

export function assetRoutes(names: readonly string[]): Hono {
  const app = new Hono();
  for (const name of names) {
    app.get(`/${name}`, (c) => {
      const f = load(name);
      return c.body(f.body, 200, {
        'Content-Type': f.type,
        'Cache-Control': 'public, max-age=3600',
      });
    });
  }
  return app;
}
