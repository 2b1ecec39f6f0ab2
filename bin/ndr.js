#!/usr/bin/env node
// The `ndr` command. `npm run build` (run by `npm ci` via prepare) compiles the CLI to dist/cli
// and bundles it into dist/cli-bundle, which loads in a fraction of the time of the ~180 files
// it is made of (see scripts/build-cli.mjs).
import { main } from '../dist/cli-bundle/main.js';
import { installProcessHooks } from '../dist/cli-bundle/process-hooks.js';

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
