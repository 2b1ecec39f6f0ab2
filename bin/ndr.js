#!/usr/bin/env node
// The `ndr` command. The CLI is compiled to dist/ by `npm run build` (run by `npm ci` via prepare).
import { main } from '../dist/cli/main.js';
import { installProcessHooks } from '../dist/cli/process-hooks.js';

installProcessHooks();
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`ndr: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
