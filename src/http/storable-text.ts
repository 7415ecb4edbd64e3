/**
 * Text the database cannot store — NUL characters and lone UTF-16 surrogates — refused at the door
 * as a 400 naming each field, in bodies, query strings and path segments alike. Left in, such text
 * would fail deep inside a query and come back as a 500 that the client's content alone had caused
 * (the fuzz suite found `/api/v1/rule-packs/%00/versions/1.0.0/activation` doing just that).
 */
import { createMiddleware } from 'hono/factory';
import { unstorableText } from '../screening/storable-text.js';
import type { AppEnv } from './app-env.js';
import { validationFailed } from './problem.js';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const rejectUnstorableQuery = createMiddleware<AppEnv>(
  async function rejectUnstorableQuery(c, next) {
    // Path parameters are not known before routing, so every segment is checked as the router
    // will decode it; an issue names the segment by its index (`path[3]`).
    const segments = c.req.path.split('/').map(decodeSegment);
    const issues = [...unstorableText({ path: segments }), ...unstorableText(c.req.queries())];
    if (issues.length > 0) throw validationFailed(issues);
    await next();
  },
);
