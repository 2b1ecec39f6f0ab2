#!/usr/bin/env node
// `npm start`: builds ndrkit when the build is missing or older than the sources, then serves
// the web page and the HTTP API (`ndr serve`) on http://localhost:8025 (PORT to change).
// Extra arguments go to `ndr serve` (npm start -- --host 0.0.0.0).
import { spawnSync } from 'node:child_process';
import { isBuildStale } from './build-freshness.mjs';

const root = new URL('..', import.meta.url).pathname;
const outputs = ['dist/cli-bundle/main.js', 'dist/server/app.js', 'web-dist/index.html', 'web-dist/app.js', 'web-dist/worker.js'];

if (isBuildStale(root, outputs)) {
  console.error('npm start: building first (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

process.argv = [process.argv[0], 'ndr', 'serve', ...process.argv.slice(2)];
await import('../bin/ndr.js');
