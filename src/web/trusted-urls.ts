/**
 * The page's one Trusted Types policy. The server's CSP requires Trusted Types for every script
 * sink, so `innerHTML` and friends refuse strings outright; this policy lets through exactly two
 * script URLs, the analysis worker and the offline service worker, and nothing else.
 */

/** The only script URLs the page may load besides its own app.js. */
const ALLOWED = new Set(['worker.js', 'sw.js']);

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}

const factory = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
const policy =
  factory === undefined
    ? null
    : factory.createPolicy('ndrkit', {
        createScriptURL: (url) => {
          if (!ALLOWED.has(url)) throw new TypeError(`script URL not allowed: ${url}`);
          return url;
        },
      });

/** A script URL for `new Worker()` or `serviceWorker.register()`; throws for any other name. */
export function scriptUrl(name: 'worker.js' | 'sw.js'): string {
  if (!ALLOWED.has(name)) throw new TypeError(`script URL not allowed: ${name}`);
  // A TrustedScriptURL where Trusted Types exist; the DOM typings only know strings.
  return (policy === null ? name : policy.createScriptURL(name)) as string;
}
