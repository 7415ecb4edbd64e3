/**
 * The hook @hono/zod-openapi calls after checking a route's params, query or body against its
 * schema: a failure becomes the 400 problem with every issue in both languages.
 */
import type { Hook } from '@hono/zod-openapi';
import { fromZodError } from '../screening/validation-issues.js';
import type { AppEnv } from './app-env.js';
import { validationFailed } from './problem.js';

export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (!result.success) throw validationFailed(fromZodError(result.error));
  return undefined;
};
