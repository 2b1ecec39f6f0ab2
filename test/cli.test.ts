// The `ndr` dispatcher: help, version and usage errors give the documented exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT } from '../src/cli/exit-codes.js';
import { runCli } from './helpers/run-cli.js';

test('--help lists the program and exits 0', async () => {
  const r = await runCli(['--help']);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /Usage: ndr/);
});

test('--version prints the package version', async () => {
  const r = await runCli(['--version']);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /^\d+\.\d+\.\d+/);
});

test('an unknown option is a usage error (64)', async () => {
  const r = await runCli(['--no-such-option']);
  assert.equal(r.code, EXIT.usage);
  assert.match(r.err, /unknown option/);
});
