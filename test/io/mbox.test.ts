// Streaming mbox splitting and input reading: real files in a temp folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { splitMbox } from '../../src/io/mbox.js';
import { readInputs, type InputItem } from '../../src/io/read-inputs.js';
import { prng } from '../helpers/corpus.js';

const MSG = (n: number, eol = '\n'): string => [`From sender${n}@example.org Mon Jan  1 00:00:0${n} 2024`, `Subject: m${n}`, '', `body ${n}`, `>From quoted line`, ''].join(eol);

async function split(data: Uint8Array, chunkSizes: () => number): Promise<string[]> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let i = 0;
    while (i < data.length) {
      const n = Math.max(1, chunkSizes());
      yield data.subarray(i, i + n);
      i += n;
    }
  }
  const out: string[] = [];
  for await (const m of splitMbox(chunks())) out.push(Buffer.from(m).toString('latin1'));
  return out;
}

test('splits on "From " lines after a blank line, whatever the chunking', async () => {
  const text = MSG(1) + '\n' + MSG(2) + '\n' + MSG(3);
  const bytes = Buffer.from(text, 'latin1');
  const whole = await split(bytes, () => bytes.length);
  assert.equal(whole.length, 3);
  assert.ok(whole[0]?.startsWith('From sender1@'));
  assert.ok(whole[2]?.includes('body 3'));
  const rnd = prng(7);
  for (const sizes of [() => 1, () => 3, () => 1 + Math.floor(rnd() * 40)]) assert.deepEqual(await split(bytes, sizes), whole);
});

test('CRLF mbox splits the same way', async () => {
  const text = MSG(1, '\r\n') + '\r\n' + MSG(2, '\r\n');
  const parts = await split(Buffer.from(text, 'latin1'), () => 5);
  assert.equal(parts.length, 2);
});

test('a "From " line inside a body (no blank line before) does not split', async () => {
  const text = 'From a@b Mon Jan  1 00:00:00 2024\nSubject: x\n\nline\nFrom here on it is body\n';
  assert.equal((await split(Buffer.from(text), () => 8)).length, 1);
});

test('a whole envelope line splits even without a blank line before it, whatever the chunking', async () => {
  // hand-written: the second message is appended right after the first one's closing boundary
  const text = 'From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\nSubject: one\n\n--b--\nFrom double-bounce@mx.example.org  Thu Jul  2 12:05:05 2020\nSubject: two\n\nbody\nFrom here on it is body\nFrom a@b Mon Jan  1 00:00:00 2024 but more words\n';
  const bytes = Buffer.from(text, 'latin1');
  const whole = await split(bytes, () => bytes.length);
  assert.equal(whole.length, 2);
  assert.ok(whole[1]?.startsWith('From double-bounce@'));
  assert.ok(whole[1]?.includes('but more words'));
  const rnd = prng(11);
  for (const sizes of [() => 1, () => 7, () => 1 + Math.floor(rnd() * 60)]) assert.deepEqual(await split(bytes, sizes), whole);
});

test('no trailing newline, and no From line at all, still yield the message', async () => {
  assert.deepEqual(await split(Buffer.from('Subject: x\n\nno eol'), () => 4), ['Subject: x\n\nno eol']);
  assert.equal((await split(Buffer.from(MSG(1) + '\n' + 'From z@y Mon Jan  1 00:00:00 2024'), () => 4)).length, 2);
});

test('long messages over many reads come out whole and byte-exact, each its own copy', async () => {
  // Messages of several MiB read in small chunks: the splitter keeps the unread remainder in one
  // growing buffer that it reuses, so every message handed out must be a copy that later reads
  // do not overwrite (all are collected first, then compared).
  const long = (n: number, lines: number): string => MSG(n).replace(`body ${n}`, `${'x'.repeat(70)}\n`.repeat(lines) + `end ${n}`);
  const parts = [long(1, 45_000), MSG(2), long(3, 20_000), MSG(4), long(5, 30_000)];
  const bytes = Buffer.from(parts.join('\n'), 'latin1');
  const rnd = prng(11);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; ) {
      const n = 1 + Math.floor(rnd() * 65_536);
      yield bytes.subarray(i, i + n);
      i += n;
    }
  }
  const raw: Uint8Array[] = [];
  for await (const m of splitMbox(chunks())) raw.push(m);
  const got = raw.map((m) => Buffer.from(m).toString('latin1'));
  assert.deepEqual(
    got.map((m) => m.length),
    parts.map((p, i) => p.length + (i < parts.length - 1 ? 1 : 0)),
  );
  got.forEach((m, i) => assert.equal(m, parts[i] + (i < parts.length - 1 ? '\n' : ''), `message ${i + 1}`));
});

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-io-'));
  mkdirSync(join(dir, 'maildir/cur'), { recursive: true });
  mkdirSync(join(dir, 'maildir/new'), { recursive: true });
  writeFileSync(join(dir, 'maildir/cur/1700000000.M1P1.host:2,S'), 'Subject: one\n\nbody');
  writeFileSync(join(dir, 'maildir/new/1700000001.M2P2.host'), 'Subject: two\n\nbody');
  writeFileSync(join(dir, 'box.mbox'), MSG(1) + '\n' + MSG(2));
  writeFileSync(join(dir, 'single-with-from-line.eml'), MSG(5));
  writeFileSync(join(dir, 'noext'), 'Subject: three\n\nbody');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], stdin: Readable = Readable.from([])): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths, stdin)) out.push(i);
  return out;
}

test('folders are walked recursively, sorted, every regular file whatever its name', async () => {
  const items = await collect([dir]);
  const names = items.map((i) => i.file.slice(dir.length + 1) + (i.kind === 'message' && i.message !== undefined ? `#${i.message}` : ''));
  assert.deepEqual(names, ['box.mbox#1', 'box.mbox#2', 'maildir/cur/1700000000.M1P1.host:2,S', 'maildir/new/1700000001.M2P2.host', 'noext', 'single-with-from-line.eml']);
  assert.ok(items.every((i) => i.kind === 'message'));
});

test('a missing path is an error item, and reading goes on', async () => {
  const items = await collect([join(dir, 'nope'), join(dir, 'noext')]);
  assert.equal(items[0]?.kind, 'error');
  assert.equal(items[0]?.kind === 'error' ? items[0].code : '', 'ENOENT');
  assert.equal(items[1]?.kind, 'message');
});

test('standard input: one message, or an mbox of several', async () => {
  const one = await collect(['-'], Readable.from([Buffer.from('Subject: x\n\nhi')]));
  assert.equal(one.length, 1);
  assert.equal(one[0]?.file, '');
  const many = await collect(['-'], Readable.from([Buffer.from(MSG(1) + '\n' + MSG(2))]));
  assert.deepEqual(many.map((i) => [i.file, i.kind === 'message' ? i.message : -1]), [['', 1], ['', 2]]);
});
