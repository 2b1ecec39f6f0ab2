// `ndr explain` as a user runs it: the built binary (bin/ndr.js -> dist/) in a child process, with
// real pipes and files on standard input, checked for output and exit codes. `npm test` builds
// first; when dist/ is missing or older than src/, the tests build it before they start.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ensureLibraryBuilt } from '../../scripts/build-freshness.mjs';
import { runCli } from '../helpers/run-cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

before(() => ensureLibraryBuilt(ROOT, 'dist/cli-bundle/main.js'));

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs `node bin/ndr.js <args>` with `stdin` given as a string or as a file. */
function ndr(args: readonly string[], stdin: { text?: string; file?: string } = { text: '' }, env: Record<string, string> = {}): Promise<Run> {
  const fd = stdin.file !== undefined ? openSync(stdin.file, 'r') : null;
  const child = spawn(process.execPath, [join(ROOT, 'bin/ndr.js'), ...args], {
    cwd: ROOT,
    stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  if (fd === null) child.stdin?.end(stdin.text ?? '');
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (fd !== null) closeSync(fd);
      resolve({ code, out, err });
    });
  });
}

test('a reply as argument: the answer first, exit 0, no colour when piped', async () => {
  const r = await ndr(['explain', '550 5.7.124 Sender not in allowed-senders list']);
  assert.equal(r.code, EXIT.ok, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0] ?? '', /^550 5\.7\.124: /);
  assert.match(lines[1] ?? '', /who must act: the recipient's email admin/);
  assert.match(r.out, /What to do/);
  assert.match(r.out, /https:\/\/learn\.microsoft\.com\//);
  assert.doesNotMatch(r.out, /\u001b\[/);
});

test('FORCE_COLOR gives colour; NO_COLOR wins over it', async () => {
  const colored = await ndr(['explain', '5.7.1 Unable to relay'], { text: '' }, { FORCE_COLOR: '1' });
  assert.match(colored.out, /\u001b\[1m/);
  const plain = await ndr(['explain', '5.7.1 Unable to relay'], { text: '' }, { FORCE_COLOR: '1', NO_COLOR: '1' });
  assert.doesNotMatch(plain.out, /\u001b\[/);
});

test('--json prints the stable JSON contract', async () => {
  const r = await ndr(['explain', '--json', '#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##']);
  assert.equal(r.code, EXIT.ok, r.err);
  const j = JSON.parse(r.out) as { input: string; codes: unknown; matches: { id: string; owner: string; score: number }[] };
  assert.deepEqual(j.codes, [{ enhanced: '5.1.10', basic: '550' }]);
  assert.equal(j.matches[0]?.id, 'exo-5.1.10-recipient-not-found');
  assert.ok(j.input.startsWith('#550 5.1.10'));
});

test('a whole NDR on standard input (a file redirected)', async () => {
  const r = await ndr(['explain', '--json'], { file: join(ROOT, 'test/fixtures/msdocs/5.1.1_resolver-adr-recipnotfound_hybrid-move.txt') });
  assert.equal(r.code, EXIT.ok, r.err);
  assert.equal((JSON.parse(r.out) as { matches: { id: string }[] }).matches[0]?.id, 'exo-5.1.1-bad-destination-mailbox');
});

test('--jsonl reads one reply per line and prints one JSON object per line, skipping blank lines', async () => {
  const r = await ndr(['explain', '--jsonl'], { text: '550 5.7.1 Unable to relay\n\r\n4.7.512\r\n421 4.7.0 [TS02] Temporarily deferred\nnot a reply' });
  assert.equal(r.code, EXIT.ok, r.err);
  const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { input: string; matches: { id: string }[] });
  assert.deepEqual(lines.map((l) => l.input), ['550 5.7.1 Unable to relay', '4.7.512', '421 4.7.0 [TS02] Temporarily deferred', 'not a reply']);
  assert.deepEqual(lines.map((l) => l.matches[0]?.id ?? null), ['exo-5.7.1-relay', 'exo-4.7.500-699-sending-restricted', 'yahoo-4.7.0-deferred-volume-complaints', null]);
});

test('empty input: a clear message and exit 65, with and without --jsonl', async () => {
  for (const args of [['explain'], ['explain', '--jsonl']]) {
    const r = await ndr(args, { text: '  \n\n' });
    assert.equal(r.code, EXIT.dataError, args.join(' '));
    assert.match(r.err, /input is empty/);
    assert.equal(r.out, '');
  }
});

test('binary input: a clear message and exit 65', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ndr-bin-'));
  try {
    const file = join(dir, 'blob.gz');
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x35, 0x2e, 0x37, 0x2e, 0x31]));
    for (const args of [['explain'], ['explain', '--jsonl']]) {
      const r = await ndr(args, { file });
      assert.equal(r.code, EXIT.dataError, args.join(' '));
      assert.match(r.err, /binary/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('50 MB on standard input: refused with a clear message and exit 65, without reading it all', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ndr-big-'));
  try {
    const file = join(dir, 'big.txt');
    const line = '550 5.7.1 Unable to relay ' + 'x'.repeat(1000) + '\n';
    writeFileSync(file, line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    const r = await ndr(['explain'], { file });
    assert.equal(r.code, EXIT.dataError);
    assert.match(r.err, /larger than 1000000 bytes/);
    assert.equal(r.out, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing found: exit 1 with a message; usage errors: exit 64', async () => {
  const none = await ndr(['explain', 'hello world']);
  assert.equal(none.code, EXIT.nothingFound);
  assert.match(none.out, /Nothing to explain/);
  assert.equal((await ndr(['explain', '--max-matches', '0', '5.7.1'])).code, EXIT.usage);
  assert.equal((await ndr(['explain', '--jsonl', '5.7.1'])).code, EXIT.usage);
});

test('a code inside a range, from the command line', async () => {
  const r = await ndr(['explain', '--json', '5.7.620']);
  assert.equal(r.code, EXIT.ok, r.err);
  assert.equal((JSON.parse(r.out) as { matches: { id: string }[] }).matches[0]?.id, 'exo-5.7.606-649-banned-sending-ip');
});

test('no text and a terminal on standard input: usage error 64 (main() with a TTY-like stream)', async () => {
  const r = await runCli(['explain'], Object.assign(new PassThrough(), { isTTY: true }));
  assert.equal(r.code, EXIT.usage);
  assert.match(r.err, /give the text as an argument/);
});
