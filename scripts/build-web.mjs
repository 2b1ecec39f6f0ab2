#!/usr/bin/env node
// Builds the web page into web-dist/: esbuild bundles src/web/main.ts (the page), worker.ts (the
// analysis, with the library) and sw.ts (the offline service worker); index.html, styles.css
// and icon.svg are copied. Prints each file's size and gzipped size.
// Usage: node scripts/build-web.mjs [--quiet]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src/web');
const out = join(root, 'web-dist');
const quiet = process.argv.includes('--quiet');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: join(src, 'main.ts'), worker: join(src, 'worker.ts'), sw: join(src, 'sw.ts') },
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
for (const f of ['index.html', 'styles.css', 'icon.svg']) copyFileSync(join(src, f), join(out, f));

if (!quiet) {
  let js = 0;
  let jsGz = 0;
  for (const f of readdirSync(out).sort()) {
    const body = readFileSync(join(out, f));
    const gz = gzipSync(body, { level: 9 }).length;
    if (f.endsWith('.js')) {
      js += body.length;
      jsGz += gz;
    }
    console.log(`web-dist/${f.padEnd(12)} ${String(body.length).padStart(8)} B  ${String(gz).padStart(7)} B gzipped`);
  }
  console.log(`web-dist JavaScript total: ${(js / 1024).toFixed(1)} KiB, ${(jsGz / 1024).toFixed(1)} KiB gzipped`);
}
