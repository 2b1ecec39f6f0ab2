/**
 * Security headers sent with every response, the page's and the API's alike. The page is built
 * so that this policy can be strict: every script is a same-origin file (no inline script, no
 * eval), styles come from one stylesheet, nothing is framed, and Trusted Types forbid string
 * HTML sinks outright, so untrusted NDR text can only ever reach the page as text.
 */
import type { MiddlewareHandler } from 'hono';

/** The Trusted Types policy name the page uses for its two script URLs (worker, service worker). */
export const TRUSTED_TYPES_POLICY = 'ndrkit';

/** The Content-Security-Policy of every response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'none'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICY}`,
].join('; ');

/** Header name -> value, set on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Hono middleware that adds {@link SECURITY_HEADERS} to every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}
