/**
 * Security headers on every response, pages and API alike. The pages are server-rendered and load
 * their few scripts and stylesheets from /assets, with no inline script, style or event handler,
 * so the policy allows only this origin's files. A handler that sets a header itself keeps it
 * (`/docs` sets its own, looser policy for Swagger UI).
 */
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // Charts are inline SVG markup, not images; data: covers small icons a stylesheet may embed.
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

export function responseSecurityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    // Pages link to each other with receipt tokens in the query: never send them elsewhere.
    referrerPolicy: 'no-referrer',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    overwrite: false,
  });
}
