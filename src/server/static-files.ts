/**
 * Serves the built page (web-dist/) from memory. The files are listed once at start-up, so a
 * request can only ever name one of them: no path joins with request data, no directory walk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of the page, ready to send. */
export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  readonly etag: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where `npm run build` writes the page: `<package root>/web-dist` (two levels above this file in src/ and dist/). */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web-dist', import.meta.url));
}

/**
 * Reads every file of `root` (one level, known types only) into a map keyed by URL path
 * (`/app.js`); `/` maps to `index.html`. Returns an empty map when the page is not built.
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const type = TYPES[extname(name)];
    if (type === undefined || !statSync(path).isFile()) continue;
    const body = readFileSync(path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    files.set(`/${name}`, { body, type, etag });
  }
  const index = files.get('/index.html');
  if (index !== undefined) files.set('/', index);
  return files;
}
