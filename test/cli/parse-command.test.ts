// `ndr parse` over real files: formats, the not-bounce line, exit codes, --jobs gives the same
// output as one thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { CORPUS_DIR, PLAIN_MESSAGE, corpusBytes, corpusFiles } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-cli-'));
  for (const f of ['lhost-postfix-01.eml', 'rfc3464-01.eml', 'arf-01.eml']) copyFileSync(join(CORPUS_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'plain'), PLAIN_MESSAGE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--jsonl (default): one record a line, the not-bounce line for a plain message', async () => {
  const r = await runCli(['parse', dir]);
  assert.equal(r.code, EXIT.ok);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(lines.length >= 4);
  const plain = lines.filter((l) => String(l['file']).endsWith('plain'));
  assert.deepEqual(plain.map((l) => [l['recipient'], l['kind']]), [[null, 'not-bounce']]);
  assert.ok(lines.some((l) => l['kind'] === 'feedback'));
  assert.ok(lines.some((l) => l['reason'] === 'userunknown'));
});

test('--json prints one array with the same records', async () => {
  const a = await runCli(['parse', '--json', dir]);
  const b = await runCli(['parse', dir]);
  const arr = JSON.parse(a.out) as unknown[];
  assert.deepEqual(arr, b.out.trim().split('\n').map((l) => JSON.parse(l)));
});

test('--csv prints a header and one line per record', async () => {
  const r = await runCli(['parse', '--csv', dir]);
  const lines = r.out.trim().split('\n');
  assert.match(lines[0] ?? '', /^file,recipient,kind,action,status,replyCode,/);
  const jsonl = await runCli(['parse', dir]);
  assert.equal(lines.length - 1, jsonl.out.trim().split('\n').length);
});

test('--jobs 2 gives exactly the single-thread output, in order', async () => {
  const one = await runCli(['parse', CORPUS_DIR]);
  const two = await runCli(['parse', '--jobs', '2', CORPUS_DIR]);
  assert.equal(two.code, one.code);
  const a = one.out.split('\n');
  const b = two.out.split('\n');
  assert.equal(b.length, a.length);
  for (let i = 0; i < a.length; i++) assert.equal(b[i], a[i], `line ${i + 1} differs`);
});

test('exit codes: nothing found 1, missing file 66, bad --jobs 64', async () => {
  assert.equal((await runCli(['parse', join(dir, 'plain')])).code, EXIT.nothingFound);
  const missing = await runCli(['parse', join(dir, 'missing.eml')]);
  assert.equal(missing.code, EXIT.noInput);
  assert.match(missing.err, /missing\.eml/);
  assert.equal((await runCli(['parse', '--jobs', '0', dir])).code, EXIT.usage);
});

test('standard input when no path is given', async () => {
  const r = await runCli(['parse'], 'Subject: x\nX-Failed-Recipients: gone@example.org\n\ngone@example.org\n  550 5.1.1 no such user\n');
  assert.equal(r.code, EXIT.ok);
  const rec = JSON.parse(r.out) as Record<string, unknown>;
  assert.equal(rec['recipient'], 'gone@example.org');
  assert.equal(rec['file'], '');
  assert.equal(rec['status'], '5.1.1');
});

test('no progress line when stderr is not a terminal', async () => {
  const r = await runCli(['parse', dir]);
  assert.equal(r.err, '');
});

test('an mbox of two bounces: both records name the mbox file, with their message position, alike with --jobs', async () => {
  // rhost-cox-01 is a real mail-store file: the second bounce's "From " envelope line follows the
  // first one's closing boundary with no blank line between them
  const box = join(CORPUS_DIR, 'rhost-cox-01.eml');
  const one = await runCli(['parse', box]);
  const lines = one.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => [l['file'], l['message'], l['recipient']]), [[box, 1, 'recipient55@cox.net'], [box, 2, 'recipient55@cox.net']]);
  const two = await runCli(['parse', '--jobs', '2', box]);
  assert.equal(two.out, one.out);
  const csv = await runCli(['parse', '--csv', box]);
  assert.match(csv.out.split('\n')[0] ?? '', /,message$/);
  assert.match(csv.out.split('\n')[2] ?? '', /,2$/);
});

test('--jobs 2 over an mbox spanning several read buffers gives every record of one thread', async () => {
  // the mbox is read in 1 MiB chunks and its messages are views of those chunks: what a worker
  // is handed must be a copy, or handing it over detaches the chunk still being split
  const parts: string[] = [];
  let size = 0;
  for (const f of corpusFiles().slice(0, 120)) {
    const body = Buffer.from(corpusBytes(f)).toString('latin1').replace(/^From [^\n]*\n/, '').replace(/\r\n?/g, '\n').replace(/^From /gm, '>From ');
    const m = `From test@example.org Mon Jan  1 00:00:00 2024\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
    parts.push(m);
    size += m.length;
  }
  while (size < 3 * 2 ** 20) {
    parts.push(...parts);
    size *= 2;
  }
  const box = join(dir, 'several-chunks.mbox');
  writeFileSync(box, parts.join(''), 'latin1');
  const one = await runCli(['parse', box]);
  const two = await runCli(['parse', '--jobs', '2', box]);
  assert.equal(two.err, '');
  assert.equal(two.code, one.code);
  assert.ok(one.out.split('\n').length > parts.length / 2);
  assert.equal(two.out, one.out);
});
