// `ndr serve`: starts on the port asked for (PORT or --port), prints where, answers /healthz,
// stops cleanly on SIGTERM; a bad port is a usage error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const root = new URL('../../', import.meta.url).pathname;

test('a bad port is a usage error (64) with a clear message', async () => {
  for (const port of ['abc', '70000', '-1']) {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await main(['node', 'ndr', 'serve', '--port', port], { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} });
    assert.equal(code, EXIT.usage, port);
    assert.match(err, /invalid port/, port);
  }
});

test('serves on the PORT it is given, answers /healthz, stops on SIGTERM', async () => {
  const script = "import('./src/cli/main.ts').then((m) => m.main(['node', 'ndr', ...process.argv.slice(1)])).then((c) => { process.exitCode = c; })";
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; stderr: ${err}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited early (${code}): ${err}`)));
  });
  assert.notEqual(url, 'http://localhost:0');
  const res = await fetch(url.replace('localhost', '127.0.0.1') + '/healthz');
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { status: string }).status, 'ok');
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
});
