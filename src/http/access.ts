/**
 * Who may call each API route: the one table that the access guard enforces, the OpenAPI document
 * describes and the route-table test walks, so a new route cannot ship without an access rule.
 */

/**
 * - `public`: anyone; a token, if sent, must still be valid.
 * - `receipt`: anyone, but the verb answers only the holder of the application's receipt token
 *   (and officers, where the verb allows); everyone else gets the 404 of a missing application.
 * - `officer`: a bearer token with role officer or admin.
 * - `admin`: a bearer token with role admin.
 */
export type Access = 'public' | 'receipt' | 'officer' | 'admin';

/** Keys are `METHOD path` in Hono's route syntax, exactly as they appear in `app.routes`. */
export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'POST /api/v1/screenings': 'public',
  'GET /api/v1/rule-packs': 'public',
  'GET /api/v1/rule-packs/:id': 'public',
  'POST /api/v1/rule-packs': 'admin',
  'GET /api/v1/rule-packs/:id/versions': 'officer',
  'POST /api/v1/rule-packs/:id/versions/:version/activation': 'admin',
  'POST /api/v1/rule-packs/:id/versions/:version/simulation': 'admin',
  'POST /api/v1/applications': 'public',
  'GET /api/v1/applications': 'officer',
  'GET /api/v1/applications/:id': 'receipt',
  'GET /api/v1/applications/:id/history': 'officer',
  'POST /api/v1/applications/:id/verifications': 'officer',
  'POST /api/v1/applications/:id/screenings': 'officer',
  'POST /api/v1/applications/:id/decision': 'officer',
  'POST /api/v1/applications/:id/replay': 'officer',
  'POST /api/v1/applications/:id/resubmission': 'receipt',
  'POST /api/v1/applications/:id/withdrawal': 'receipt',
  'POST /api/v1/applications/:id/reversal': 'admin',
  'GET /api/v1/fdi/progress': 'public',
  'GET /api/v1/fdi/breakdown': 'public',
  'POST /api/v1/fdi/statistics': 'admin',
  'GET /api/v1/tokens': 'admin',
  'POST /api/v1/tokens': 'admin',
  'DELETE /api/v1/tokens/:id': 'admin',
};

/** The rule for a route, or undefined when the table forgot it (the guard then fails closed). */
export function accessOf(method: string, path: string): Access | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  return Object.hasOwn(ROUTE_ACCESS, key) ? ROUTE_ACCESS[key] : undefined;
}

/** `/api/v1/applications/{id}` (OpenAPI) → `/api/v1/applications/:id` (Hono). */
export function honoPath(openApiPath: string): string {
  return openApiPath.replaceAll(/\{([^}]+)\}/g, ':$1');
}
