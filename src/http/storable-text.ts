/**
 * Text the database cannot store — NUL characters and lone UTF-16 surrogates — refused at the door
 * as a 400 naming each field, in bodies and in query strings alike. Left in, such text would fail
 * deep inside a write and come back as a 500 that the client's content alone had caused.
 */
import { createMiddleware } from 'hono/factory';
import { unstorableText } from '../screening/storable-text.js';
import type { AppEnv } from './app-env.js';
import { validationFailed } from './problem.js';

export const rejectUnstorableQuery = createMiddleware<AppEnv>(
  async function rejectUnstorableQuery(c, next) {
    const issues = unstorableText(c.req.queries());
    if (issues.length > 0) throw validationFailed(issues);
    await next();
  },
);
