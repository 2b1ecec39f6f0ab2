#!/usr/bin/env node
// Bundles the `ndr` command (dist/cli, compiled by tsc) into dist/cli-bundle/, which bin/ndr.js
// runs. Starting Node's module loader on ~180 small files (open, read, compile, look up the
// nearest package.json of each) was most of the command's start-up; one file per command loads
// in a fraction of that time. esbuild splits the bundle at the commands' dynamic imports, so
// `ndr explain` loads the explainer and never the parser, the composer or the server. The
// worker thread of `ndr parse --jobs` is an entry of its own (parse-worker.js, next to the chunk
// that starts it). Packages stay outside (node_modules), as the library's dist/ does.
// Usage: node scripts/build-cli.mjs (after tsc -p tsconfig.build.json)
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * Bundles dist/cli into dist/cli-bundle. The bundle sits two folders below the package root like
 * dist/cli does, so paths taken from import.meta.url (package.json, web-dist/) still resolve.
 */
export async function buildCli() {
  const from = join(root, 'dist/cli');
  const out = join(root, 'dist/cli-bundle');
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: join(from, 'main.js'),
      'process-hooks': join(from, 'process-hooks.js'),
      'parse-worker': join(from, 'parse-worker.js'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    // commander is bundled (one file instead of six CommonJS modules resolved and scanned at
    // each start); its require() calls of Node's built-in modules need a real require
    external: ['hono', 'hono/*', '@hono/node-server', 'tldts'],
    banner: { js: "import { createRequire as __ndrRequire } from 'node:module';\nconst require = __ndrRequire(import.meta.url);" },
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
