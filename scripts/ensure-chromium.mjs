#!/usr/bin/env node
// Makes sure Debian's chromium is installed for the browser tests (test/web/*.test.ts), which
// drive it with playwright-core; no browser is ever downloaded. Run by `npm test` before the
// tests: installs it with apt when missing and running as root, and otherwise stops with a clear
// message. CHROMIUM_PATH overrides the location (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `ensure-chromium: ${path} is missing, and the browser tests need it.\n` +
      (hasApt ? '  Install it as root:  sudo apt-get update && sudo apt-get install -y chromium\n' : '  Install Chromium with your package manager.\n') +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.error('ensure-chromium: installing Debian\'s chromium for the browser tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (r.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${r.status}); install chromium by hand.`);
    process.exit(1);
  }
}
if (!existsSync(path)) {
  console.error(`ensure-chromium: chromium was installed but ${path} is still missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
