/**
 * The HTTP application (Hono): the JSON API over the library, the OpenAPI document, a health
 * check and the built page. Runtime-neutral apart from the static files, which are read at start.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NdrkitError } from '../errors.js';
import { ApiError, errorResponse, sendError } from './api-error.js';
import type { Analysers } from './analysers.js';
import { LIBRARY_ANALYSERS } from './analysers.js';
import { EXPLAIN_MAX_BYTES, HEADERS_MAX_BYTES, PARSE_MAX_BYTES } from './limits.js';
import { openApiDocument } from './openapi.js';
import { readMessages, readTextInput } from './read-input.js';
import { securityHeaders } from './security-headers.js';
import type { StaticFile } from './static-files.js';
import { defaultWebRoot, loadStaticFiles } from './static-files.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The analyses to serve; the library's by default. */
  readonly analysers?: Analysers;
  /** Directory of the built page; `web-dist/` of the package by default. */
  readonly webRoot?: string;
  /** Where unexpected errors are logged (never sent to the client); stderr by default. */
  readonly log?: (err: unknown) => void;
  /** The version reported by /healthz and the OpenAPI document. */
  readonly version?: string;
}

function limit(maxSize: number): ReturnType<typeof bodyLimit> {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      // The rest of the body is not read: the connection cannot be reused, and says so.
      c.header('Connection', 'close');
      return sendError(c, 413, 'ERR_TOO_LARGE', `The body is over the limit of ${maxSize / (1024 * 1024)} MiB for this endpoint.`);
    },
  });
}

function defaultLog(err: unknown): void {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`ndr serve: internal error: ${message}\n`);
}

function need<T>(fn: T | undefined, name: string): T {
  if (fn === undefined) throw new ApiError(501, 'ERR_INTERNAL', `${name} is not available in this build.`);
  return fn;
}

/**
 * Builds the application.
 *
 * @example
 * ```ts
 * const app = createApp();
 * const res = await app.request('/healthz'); // { status: 'ok', version }
 * ```
 */
export function createApp(options: AppOptions = {}): Hono {
  const analysers = options.analysers ?? LIBRARY_ANALYSERS;
  const log = options.log ?? defaultLog;
  const version = options.version ?? '0.0.0';
  const files: Map<string, StaticFile> = loadStaticFiles(options.webRoot ?? defaultWebRoot());
  const openapi = JSON.stringify(openApiDocument(version));

  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError((err, c) => errorResponse(c, err, log));
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? sendError(c, 404, 'ERR_NOT_FOUND', `No endpoint ${c.req.path}.`) : c.text('Not found.\n', 404),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok', version }));
  app.get('/api/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.post('/api/explain', limit(EXPLAIN_MAX_BYTES), async (c) => {
    const text = await readTextInput(c);
    return c.json(need(analysers.explain, 'explain')(text) as object);
  });

  app.post('/api/headers', limit(HEADERS_MAX_BYTES), async (c) => {
    const text = await readTextInput(c);
    return c.json(need(analysers.analyzeHeaders, 'analyzeHeaders')(text) as object);
  });

  // The same JSON as `ndr parse --json`: one array of records over all messages, in order; a
  // message without records gives its not-bounce marker (with its warnings).
  app.post('/api/parse', limit(PARSE_MAX_BYTES), async (c) => {
    const messages = await readMessages(c);
    const parseBounce = need(analysers.parseBounce, 'parseBounce');
    const out: unknown[] = [];
    for (const m of messages) {
      let result: { records: readonly unknown[]; warnings: readonly string[] };
      try {
        result = await parseBounce(m.bytes, { file: m.file });
      } catch (err) {
        // One unusable message of several is reported in place; a single one is the request's error.
        if (messages.length === 1 || !(err instanceof NdrkitError)) throw err;
        out.push({ file: m.file, recipient: null, kind: 'not-bounce', warnings: [err.message] });
        continue;
      }
      if (result.records.length > 0) out.push(...result.records);
      else out.push({ file: m.file, recipient: null, kind: 'not-bounce', ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}) });
    }
    return c.json(out);
  });

  for (const [path, allowed] of [['/api/explain', 'POST'], ['/api/parse', 'POST'], ['/api/headers', 'POST'], ['/api/openapi.json', 'GET'], ['/healthz', 'GET']] as const) {
    app.all(path, (c) => {
      c.header('Allow', allowed);
      return sendError(c, 405, 'ERR_METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use ${allowed}.`);
    });
  }

  app.get('*', (c) => serveFile(c, files));
  return app;
}

function serveFile(c: Context, files: Map<string, StaticFile>): Response {
  const file = files.get(c.req.path);
  if (file === undefined) {
    if (files.size === 0 && c.req.path === '/') {
      return c.text('The page is not built: run `npm run build`, then start the server again.\n', 503);
    }
    return c.notFound() as Response;
  }
  const headers = { 'Content-Type': file.type, ETag: file.etag, 'Cache-Control': 'no-cache' };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
}
