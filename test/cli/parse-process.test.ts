// `ndr parse` and `ndr diagnose` as real processes over real files: --jobs 1, 2 and 3 give the
// same bytes in the same order over a multi-megabyte mbox (split points placed across read-buffer
// boundaries, >From quoting, CRLF, a last message without a line end), a maildir, nested folders,
// standard input and lists of paths; every output format stays whole when an input fails;
// hostile inputs (empty, binary, over the size limit, FIFO, device, link loops) each get one
// line and the run goes on; a reader that closes early and SIGINT / SIGTERM end the run promptly
// with whole lines. Needs the build (`npm test` builds first). The inputs are generated once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { CSV_COLUMNS } from '../../src/cli/record-format.js';
import { MAX_MESSAGE_BYTES } from '../../src/mime/limits.js';
import { buildDsn } from '../helpers/build-bounce.js';
import { PLAIN_MESSAGE, corpusBytes, corpusFiles } from '../helpers/corpus.js';
import { NDR_BIN, finish, runNdr, startNdr, type ProcessRun } from '../helpers/run-process.js';
import { SEED_CONTOSO_NDR } from '../helpers/seed-ndr.js';

const MIB = 1 << 20; // the read buffer of mbox files (src/io/read-inputs.ts)
const ENVELOPE = 'From MAILER-DAEMON@example.org Mon Jan  1 00:00:00 2024\n';
const LONG = 240_000;
/** --jobs values compared on small inputs (the multi-MiB mbox runs also compare 3 workers). */
const TWO = ['1', '2'] as const; // per-run limit (ms): a hang fails instead of blocking

let dir = '';
let mboxLf = '';
let mboxCrlf = '';
let messagesInMbox = 0;
let maildir = '';
let nested = '';
let tricky = '';

/** Corpus messages as mbox bodies: LF line ends, no envelope, body lines "From " quoted. */
function corpusBodies(): string[] {
  return corpusFiles().map((f) => {
    const body = Buffer.from(corpusBytes(f)).toString('latin1').replace(/^From [^\n]*\n/, '').replace(/\r\n?/g, '\n').replace(/^From /gm, '>From ');
    return body.endsWith('\n') ? body : body + '\n';
  });
}

/**
 * An mbox of about 4.5 MiB whose split points straddle read-buffer boundaries in each way that
 * matters: inside "From ", right after the blank line, inside the blank line, inside an envelope
 * line that follows no blank line, and a body line "From ..." (not a split point) cut by the
 * boundary. The last message has no line end. Returns the text and its message count.
 */
function buildMbox(bodies: readonly string[]): { text: string; count: number } {
  const parts: string[] = [];
  let size = 0;
  let count = 0;
  const add = (m: string): void => {
    parts.push(m);
    size += m.length;
    count++;
  };
  const filler = (to: number, blankAfter: boolean, bodyLine = ''): void => {
    const head = `${ENVELOPE}From: filler@example.org\nSubject: filler ${count}\n\n`;
    const tail = (bodyLine ? bodyLine + '\n' : '') + (blankAfter ? '\n' : '');
    const pad = to - size - head.length - tail.length - 1;
    assert.ok(pad > 0);
    add(head + 'x'.repeat(pad) + '\n' + tail);
    assert.equal(size, to);
  };
  let k = 0;
  // where the next message starts, relative to a buffer boundary, and whether a blank line precedes
  const cuts: [number, boolean][] = [[-2, true], [0, true], [1, true], [-20, false], [-300, true]];
  for (let round = 0; size < 4.5 * MIB; round++) {
    for (let i = 0; i < 40; i++) add(ENVELOPE + (bodies[k++ % bodies.length] as string) + '\n');
    const boundary = (Math.floor(size / MIB) + 1) * MIB;
    const [offset, blank] = cuts[round % cuts.length] as [number, boolean];
    if (offset === -300) {
      // a body line starting "From " (no blank line before it, not an envelope) across the boundary
      filler(boundary + 300, true, '');
      const line = 'From here on the rest is quoted text, not a new message.';
      const m = `${ENVELOPE}From: body@example.org\nSubject: body line\n\nfirst line\n`;
      const pad = boundary + MIB / 2 - size - m.length;
      add(m.slice(0, -1) + 'y'.repeat(pad) + '\n' + line + '\nlast line\n\n');
      continue;
    }
    filler(boundary + offset, blank);
  }
  add(ENVELOPE + 'From: last@example.org\nSubject: no line end\n\nthe end, without a newline');
  return { text: parts.join(''), count };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-proc-'));
  const bodies = corpusBodies();
  const box = buildMbox(bodies);
  messagesInMbox = box.count;
  mboxLf = join(dir, 'big.mbox');
  mboxCrlf = join(dir, 'big-crlf.mbox');
  writeFileSync(mboxLf, box.text, 'latin1');
  writeFileSync(mboxCrlf, box.text.replace(/\n/g, '\r\n'), 'latin1');

  maildir = join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  corpusFiles().slice(0, 30).forEach((f, i) => writeFileSync(join(maildir, ['cur', 'new', 'tmp'][i % 3] as string, `1700000000.${i}.host:2,S`), corpusBytes(f)));

  nested = join(dir, 'nested');
  mkdirSync(join(nested, 'a', 'b', 'c'), { recursive: true });
  mkdirSync(join(nested, 'z'), { recursive: true });
  corpusFiles().slice(30, 60).forEach((f, i) => writeFileSync(join(nested, ['a', 'a/b', 'a/b/c', 'z'][i % 4] as string, f), corpusBytes(f)));
  writeFileSync(join(nested, 'a', 'two.mbox'), bodies.slice(60, 63).map((b) => ENVELOPE + b + '\n').join(''), 'latin1');
  writeFileSync(join(nested, 'a', 'b', 'empty'), '');
  writeFileSync(join(nested, 'z', 'plain.eml'), PLAIN_MESSAGE);
  writeFileSync(join(nested, 'z', 'image.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(4096, 7)]));

  // fields that CSV must quote: commas, quotes, a line break (in the file name)
  tricky = join(dir, 'tricky');
  mkdirSync(tricky);
  writeFileSync(join(tricky, 'comma, "quoted"\nname.eml'), buildDsn({ reply: '550 5.1.1 <a@example.org>: user "a", unknown, go away', recipient: 'a@example.org' }));
  writeFileSync(join(tricky, 'plain.eml'), PLAIN_MESSAGE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `ndr parse <args>` with each --jobs value (1, 2 and 3 by default) and asserts the runs are
 * byte-identical (standard output, standard error, exit code).
 */
async function sameUnderJobs(args: readonly string[], stdin: string | Uint8Array = '', jobsList: readonly string[] = ['1', '2', '3']): Promise<ProcessRun> {
  const runs: ProcessRun[] = [];
  for (const jobs of jobsList) runs.push(await runNdr(['parse', '--jobs', jobs, ...args], stdin, LONG));
  const [one, ...rest] = runs as [ProcessRun, ...ProcessRun[]];
  for (const r of rest) {
    assert.equal(r.code, one.code);
    assert.equal(r.err, one.err);
    assert.ok(r.out.equals(one.out), 'output differs between --jobs 1 and --jobs N');
  }
  return one;
}

const jsonLines = (out: Buffer): Record<string, unknown>[] =>
  out.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

/** Asserts the lines number every mbox message 1..n in order, each at least once. */
function assertEveryMessage(lines: readonly Record<string, unknown>[], n: number): void {
  const positions = lines.map((l) => l['message'] as number);
  for (let i = 1; i < positions.length; i++) assert.ok((positions[i] as number) >= (positions[i - 1] as number), 'messages out of order');
  assert.deepEqual([...new Set(positions)], Array.from({ length: n }, (_, i) => i + 1));
}

for (const [name, path] of [['LF', () => mboxLf], ['CRLF', () => mboxCrlf]] as const) {
  test(`a ${name} mbox of several MiB: every message, in order, identical under --jobs 1/2/3`, { timeout: 3 * LONG }, async () => {
    const r = await sameUnderJobs([path()]);
    assert.equal(r.err, '');
    assert.equal(r.code, EXIT.ok);
    const lines = jsonLines(r.out);
    assertEveryMessage(lines, messagesInMbox);
    assert.ok(lines.every((l) => l['file'] === path()));
    const last = lines.at(-1) as Record<string, unknown>;
    assert.equal(last['kind'], 'not-bounce');
    assert.ok(lines.filter((l) => l['kind'] !== 'not-bounce').length > messagesInMbox / 2, 'most corpus messages are bounces');
  });
}

test('the same mbox on standard input: the same records with an empty file name, under --jobs 1/2/3', { timeout: 3 * LONG }, async () => {
  const r = await sameUnderJobs(['-'], readFileSync(mboxLf));
  const lines = jsonLines(r.out);
  assertEveryMessage(lines, messagesInMbox);
  assert.ok(lines.every((l) => l['file'] === ''));
});

test('standard input: one message, and pasted NDR text, alike under --jobs 1 and 2', { timeout: 6 * LONG }, async () => {
  const one = await sameUnderJobs([], buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'gone@example.org' }), TWO);
  assert.equal(one.code, EXIT.ok);
  assert.deepEqual(jsonLines(one.out).map((l) => [l['file'], l['recipient'], l['status']]), [['', 'gone@example.org', '5.1.1']]);
  const pasted = await sameUnderJobs(['-'], SEED_CONTOSO_NDR, TWO);
  assert.equal(pasted.code, EXIT.ok);
  assert.deepEqual(jsonLines(pasted.out).map((l) => l['recipient']), ['ronald@contoso.com']);
});

test('a maildir (cur/new/tmp), nested folders of mixed files, and a list of paths: identical under --jobs 1 and 2 (the list also 3)', { timeout: 9 * LONG }, async () => {
  const md = await sameUnderJobs([maildir], '', TWO);
  assert.equal(md.code, EXIT.ok);
  const mdFiles = new Set(jsonLines(md.out).map((l) => l['file']));
  assert.equal(mdFiles.size, 30);
  const order = jsonLines(md.out).map((l) => String(l['file']).slice(maildir.length + 1, maildir.length + 4));
  assert.deepEqual([...new Set(order)], ['cur', 'new', 'tmp']);

  const ne = await sameUnderJobs([nested], '', TWO);
  assert.equal(ne.code, EXIT.ok);
  const lines = jsonLines(ne.out);
  assert.equal(lines.filter((l) => String(l['file']).endsWith('two.mbox')).map((l) => l['message']).filter((m, i, a) => a.indexOf(m) === i).length, 3);
  for (const f of ['empty', 'plain.eml', 'image.png']) {
    const mine = lines.filter((l) => String(l['file']).endsWith('/' + f));
    assert.deepEqual(mine.map((l) => l['kind']), ['not-bounce'], f);
  }
  assert.deepEqual(lines.find((l) => String(l['file']).endsWith('/empty'))?.['warnings'], ['empty input']);

  const missing = join(dir, 'no-such-file.eml');
  const list = await sameUnderJobs([join(nested, 'z', 'plain.eml'), missing, maildir, mboxLf]);
  assert.equal(list.code, EXIT.noInput);
  assert.match(list.err, /no-such-file\.eml: ENOENT/);
  const files = [...new Set(jsonLines(list.out).map((l) => l['file']))];
  assert.equal(files[0], join(nested, 'z', 'plain.eml'));
  assert.equal(files.at(-1), mboxLf);
  assert.equal(files.length, 32);
});

/** RFC 4180 rows of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  assert.equal(quoted, false, 'an unclosed quoted field');
  assert.equal(cell + row.join(''), '', 'the CSV does not end with a line end');
  return rows;
}

test('a few messages then more unreadable paths than answers may wait for order: no hang under --jobs 2, same output as --jobs 1', { timeout: 3 * LONG }, async () => {
  // the part batch holding the messages must be sent before reading waits on the answers held back
  const missing = Array.from({ length: 2100 }, (_, i) => join(dir, 'gone', `m${i}.eml`));
  const r = await sameUnderJobs([join(tricky, 'plain.eml'), maildir, ...missing, join(tricky, 'plain.eml')], '', TWO);
  assert.equal(r.code, EXIT.noInput);
  assert.equal(r.err.split('\n').filter((l) => l.includes('ENOENT')).length, 2100);
  const files = jsonLines(r.out).map((l) => l['file']);
  assert.equal(files[0], join(tricky, 'plain.eml'));
  assert.equal(files.at(-1), join(tricky, 'plain.eml'));
  assert.equal(new Set(files).size, 31);
});

test('output outside ASCII (a UTF-8 file name, replies with accents, CJK and emoji) is the same bytes under --jobs 1/2/3 in each format', { timeout: 9 * LONG }, async () => {
  // workers encode their batch to UTF-8 and send each message's byte length: a miscount of one
  // multi-byte character would shift every later message's bytes
  const name = join(dir, 'Grüße 日本 📬.mbox');
  const replies = ['550 5.1.1 Empfänger unbekannt: Grüße', '552 5.2.2 メールボックスが一杯です', '550 5.7.1 refusé 📬 spam', '450 4.2.0 ça ne va pas'];
  const box = Array.from({ length: 300 }, (_, i) => ENVELOPE + buildDsn({ reply: replies[i % replies.length] as string, recipient: `u${i}@example.org` }).replace(/\r\n/g, '\n') + '\n').join('');
  writeFileSync(name, box, 'utf8');
  const jsonl = await sameUnderJobs(['--jsonl', name]);
  const json = await sameUnderJobs(['--json', name]);
  const csv = await sameUnderJobs(['--csv', name]);
  for (const r of [jsonl, json, csv]) {
    assert.equal(r.code, EXIT.ok);
    assert.equal(r.err, '');
    assert.ok(!r.out.toString('utf8').includes('\ufffd'), 'output is valid UTF-8');
  }
  const lines = jsonLines(jsonl.out);
  assertEveryMessage(lines, 300);
  assert.ok(lines.every((l) => l['file'] === name));
  assert.deepEqual(JSON.parse(json.out.toString('utf8')), lines);
  assert.equal(csvRows(csv.out.toString('utf8')).length - 1, lines.length);
});

test('--csv, --json and --jsonl carry the same records, whole, when an input fails (commas, quotes and line breaks quoted)', { timeout: 9 * LONG }, async () => {
  const args = [tricky, join(dir, 'missing.eml'), maildir];
  const jsonl = await sameUnderJobs(['--jsonl', ...args], '', TWO);
  const json = await sameUnderJobs(['--json', ...args], '', TWO);
  const csv = await sameUnderJobs(['--csv', ...args], '', TWO);
  for (const r of [jsonl, json, csv]) {
    assert.equal(r.code, EXIT.noInput);
    assert.match(r.err, /missing\.eml: ENOENT/);
  }
  const records = jsonLines(jsonl.out);
  assert.deepEqual(JSON.parse(json.out.toString('utf8')), records);
  const rows = csvRows(csv.out.toString('utf8'));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length - 1, records.length);
  rows.slice(1).forEach((row, i) => {
    const rec = records[i] as Record<string, unknown>;
    assert.equal(row.length, CSV_COLUMNS.length);
    assert.equal(row[CSV_COLUMNS.indexOf('file')], rec['file']);
    assert.equal(row[CSV_COLUMNS.indexOf('recipient')], rec['recipient'] ?? '');
    assert.equal(row[CSV_COLUMNS.indexOf('diagnosticCode')], rec['diagnosticCode'] ?? '');
  });
  const odd = records.find((r) => String(r['file']).includes('\n'));
  assert.match(String(odd?.['diagnosticCode']), /user "a", unknown/);

  // only inputs that fail: still one well-formed (empty) array
  const none = await runNdr(['parse', '--json', '--jobs', '2', join(dir, 'missing.eml')], '', LONG);
  assert.equal(none.code, EXIT.noInput);
  assert.deepEqual(JSON.parse(none.out.toString('utf8')), []);
});

test('hostile inputs: each gets one clear line on stderr or a not-bounce record, and the run goes on', { timeout: 3 * LONG }, async () => {
  const h = join(dir, 'hostile');
  mkdirSync(h);
  const good = join(h, 'good.eml');
  writeFileSync(good, buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'gone@example.org' }));
  const huge = join(h, 'huge.eml');
  const fd = openSync(huge, 'w');
  const block = Buffer.alloc(MIB, 'a');
  writeSync(fd, 'From: big@example.org\nSubject: big\n\n');
  for (let i = 0; i < MAX_MESSAGE_BYTES / MIB + 36; i++) writeSync(fd, block); // 100 MiB
  closeSync(fd);
  const fifo = join(h, 'fifo');
  execFileSync('mkfifo', [fifo]);
  symlinkSync('loop-b', join(h, 'loop-a'));
  symlinkSync('loop-a', join(h, 'loop-b'));
  const tree = join(h, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  writeFileSync(join(tree, 'sub', 'bounce.eml'), buildDsn({ reply: '552 5.2.2 mailbox full', recipient: 'full@example.org' }));
  symlinkSync('..', join(tree, 'sub', 'up')); // a link back up the tree
  symlinkSync(join(tree, 'sub'), join(h, 'dir-link')); // a link to a folder, named as a path
  const locked = join(h, 'locked.eml');
  writeFileSync(locked, PLAIN_MESSAGE);
  chmodSync(locked, 0);

  for (const jobs of ['1', '2']) {
    const r = await runNdr(['parse', '--jobs', jobs, huge, fifo, '/dev/zero', join(h, 'loop-a'), tree, join(h, 'dir-link'), locked, good], '', LONG);
    const err = r.err.split('\n').filter((l) => l !== '');
    assert.match(err.find((l) => l.includes('huge.eml')) ?? '', /larger than \d+ bytes/);
    assert.match(err.find((l) => l.includes('fifo')) ?? '', /FIFO \(named pipe\) with no writer/);
    assert.match(err.find((l) => l.includes('/dev/zero')) ?? '', /character device/);
    assert.match(err.find((l) => l.includes('loop-a')) ?? '', /ELOOP/);
    assert.match(err.find((l) => l.includes('sub/up')) ?? '', /link back to a folder above/);
    const lines = jsonLines(r.out);
    const recipients = lines.map((l) => l['recipient']);
    assert.deepEqual(recipients.filter((x) => x !== null), ['full@example.org', 'full@example.org', 'gone@example.org']);
    assert.equal(r.code, EXIT.noInput);
    if (process.getuid?.() !== 0) assert.match(err.find((l) => l.includes('locked.eml')) ?? '', /EACCES/);
    assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
  }
  // too large alone is unusable data (65), not a file that could not be opened
  const big = await runNdr(['parse', '--jobs', '2', huge, good], '', LONG);
  assert.equal(big.code, EXIT.dataError);
  assert.equal(jsonLines(big.out)[0]?.['recipient'], 'gone@example.org');
  // the same message inside an mbox, between two bounces: refused alike, the next one still read
  const hugeBox = join(h, 'huge.mbox');
  const bfd = openSync(hugeBox, 'w');
  writeSync(bfd, ENVELOPE + buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'before@example.org' }).replace(/\r\n/g, '\n') + '\n');
  writeSync(bfd, ENVELOPE + 'From: big@example.org\nSubject: big\n\n');
  block[block.length - 1] = 0x0a;
  for (let i = 0; i < MAX_MESSAGE_BYTES / MIB + 36; i++) writeSync(bfd, block);
  writeSync(bfd, '\n' + ENVELOPE + buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'after@example.org' }).replace(/\r\n/g, '\n'));
  closeSync(bfd);
  rmSync(huge);
  const inBox = await runNdr(['parse', '--jobs', '2', hugeBox], '', LONG);
  assert.equal(inBox.code, EXIT.dataError);
  assert.match(inBox.err, /huge\.mbox: input larger than \d+ bytes/);
  assert.deepEqual(jsonLines(inBox.out).map((l) => [l['message'], l['recipient']]), [[1, 'before@example.org'], [2, null], [3, 'after@example.org']]);
  rmSync(hugeBox);
});

test('an mbox of a few large messages (batches cut by bytes, reading held back by bytes in flight): identical under --jobs 1 and 2', { timeout: 2 * LONG }, async () => {
  const pad = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n'.repeat(40_000); // 3 MiB
  const box = join(dir, 'large-messages.mbox');
  const msgs = Array.from({ length: 12 }, (_, i) => ENVELOPE + buildDsn({ reply: `550 5.1.1 user unknown ${i}`, recipient: `r${i}@example.org` }).replace(/\r\n/g, '\n') + '\n' + pad + '\n');
  writeFileSync(box, msgs.join(''));
  const r = await sameUnderJobs([box], '', TWO);
  assert.equal(r.code, EXIT.ok);
  assert.deepEqual(jsonLines(r.out).map((l) => l['recipient']), Array.from({ length: 12 }, (_, i) => `r${i}@example.org`));
  rmSync(box);
});

test('a FIFO with a writer (process substitution <(...)) is read like standard input, mbox or message', { timeout: 2 * LONG }, async () => {
  const good = join(dir, 'fifo-good.eml');
  writeFileSync(good, buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'gone@example.org' }));
  const box = join(dir, 'fifo-two.mbox');
  writeFileSync(box, [buildDsn({ reply: '552 5.2.2 mailbox full', recipient: 'full@example.org' }), PLAIN_MESSAGE].map((m) => ENVELOPE + m.replace(/\r\n/g, '\n') + '\n').join(''));
  const q = (p: string): string => `'${p.replace(/'/g, "'\\''")}'`;
  const child = spawn('bash', ['-c', `exec ${q(process.execPath)} ${q(NDR_BIN)} parse --jobs 2 <(cat ${q(good)}) <(cat ${q(box)})`], { stdio: ['ignore', 'pipe', 'pipe'] });
  const r = await finish(child, LONG);
  assert.equal(r.err, '');
  assert.equal(r.code, EXIT.ok);
  assert.deepEqual(jsonLines(r.out).map((l) => [l['recipient'], l['message'] ?? null]), [['gone@example.org', null], ['full@example.org', 1], [null, 2]]);
});

test('a reader that stops early (| head -1) ends the run at once, quietly, with --jobs 1 and 2', { timeout: 3 * LONG }, async () => {
  for (const jobs of ['1', '2']) {
    const child = startNdr(['parse', '--jsonl', '--jobs', jobs, mboxLf]);
    child.stdin?.end();
    const done = finish(child, LONG);
    let first = '';
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (d: Buffer) => {
        if (first.includes('\n')) return;
        first += d.toString('utf8');
        if (first.includes('\n')) {
          child.stdout?.destroy(); // what head does after its line
          resolve();
        }
      });
    });
    const r = await done;
    assert.equal(r.err, '');
    assert.equal(r.code, EXIT.ioError);
    assert.ok(JSON.parse(first.slice(0, first.indexOf('\n'))));
  }
});

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  test(`${sig} during a --jobs 2 run ends it with whole lines and exit ${sig === 'SIGINT' ? 130 : 143}`, { timeout: 2 * LONG }, async () => {
    const child = startNdr(['parse', '--jsonl', '--jobs', '2', mboxCrlf]);
    child.stdin?.end();
    // let output fill the pipe so the run is mid-way (blocked writing), then signal it
    child.stdout?.pause();
    await new Promise((resolve) => child.stdout?.once('readable', resolve));
    child.kill(sig);
    child.stdout?.resume();
    const r = await finish(child, LONG);
    assert.equal(r.code, sig === 'SIGINT' ? 130 : 143);
    assert.equal(r.err, '');
    const text = r.out.toString('utf8');
    assert.ok(text === '' || text.endsWith('\n'), 'the last line is whole');
    const lines = jsonLines(r.out);
    assert.ok(lines.length < messagesInMbox, 'stopped before the end');
    let pidGone = false;
    try {
      process.kill(child.pid as number, 0);
    } catch {
      pidGone = true;
    }
    assert.ok(pidGone, 'the process (and its worker threads) is gone');
  });
}

test('ndr diagnose on an mbox of several messages and on a folder: one section per message', { timeout: 4 * LONG }, async () => {
  const box = join(dir, 'three.mbox');
  const msgs = [
    buildDsn({ reply: '550 5.1.1 user unknown', recipient: 'one@example.org' }),
    PLAIN_MESSAGE,
    buildDsn({ reply: '552 5.2.2 mailbox full', recipient: 'three@example.org' }),
  ];
  writeFileSync(box, msgs.map((m) => ENVELOPE + m.replace(/\r\n/g, '\n') + '\n').join(''));
  const text = await runNdr(['diagnose', box], '', LONG);
  assert.equal(text.code, EXIT.ok);
  const out = text.out.toString('utf8');
  assert.match(out, /three\.mbox \(message 1\)\n\none@example\.org/);
  assert.match(out, /three\.mbox \(message 2\): not a bounce/);
  assert.match(out, /three\.mbox \(message 3\)\n\nthree@example\.org/);

  const json = await runNdr(['diagnose', '--json', box], '', LONG);
  const arr = JSON.parse(json.out.toString('utf8')) as { file: string; message: number; records: { recipient: string }[] }[];
  assert.deepEqual(arr.map((d) => [d.message, d.records.map((x) => x.recipient)]), [[1, ['one@example.org']], [2, []], [3, ['three@example.org']]]);

  const folder = await runNdr(['diagnose', '--json', tricky], '', LONG);
  assert.equal(folder.code, EXIT.ok);
  const f = JSON.parse(folder.out.toString('utf8')) as { file: string; records: unknown[] }[];
  assert.deepEqual(f.map((d) => [d.file.slice(tricky.length + 1), d.records.length]), [['comma, "quoted"\nname.eml', 1], ['plain.eml', 0]]);

  const none = await runNdr(['diagnose', join(dir, 'missing.eml')], '', LONG);
  assert.equal(none.code, EXIT.noInput);
  assert.match(none.err, /missing\.eml: ENOENT/);
});
