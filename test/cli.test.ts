// The `ndr` dispatcher: help, version and usage errors give the documented exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';
import { EXIT } from '../src/cli/exit-codes.js';

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return main(['node', 'ndr', ...args], { stdout, stderr, stdin: new PassThrough(), env: {} }).then((code) => ({ code, out, err }));
}

test('--help lists the program and exits 0', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /Usage: ndr/);
});

test('--version prints the package version', async () => {
  const r = await run(['--version']);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /^\d+\.\d+\.\d+/);
});

test('an unknown option is a usage error (64)', async () => {
  const r = await run(['--no-such-option']);
  assert.equal(r.code, EXIT.usage);
  assert.match(r.err, /unknown option/);
});
