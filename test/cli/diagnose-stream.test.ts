// `ndr diagnose --json` on an mbox of many messages, as a real process: the array is written as
// each message is read, so the output is the same bytes as `JSON.stringify(all, null, 2)` and the
// process's heap does not grow with the mailbox. The heap check runs the built `ndr` with a V8
// old-space limit that a 1,700-message mbox fits in only when nothing is kept per message (the
// array built in memory needed 48 to 64 MB of heap here; streaming runs in 24).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { CORPUS_DIR, corpusBytes, corpusFiles } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';
import { NDR_BIN, finish } from '../helpers/run-process.js';

let dir = '';
let small = '';
let big = '';
let bigCount = 0;

/** Corpus messages as one mbox: LF line ends, body lines starting "From " quoted. */
function mboxOf(names: readonly string[]): string {
  let out = '';
  for (const n of names) {
    const text = Buffer.from(corpusBytes(n)).toString('latin1').replace(/\r\n?/g, '\n').replace(/^(>*From )/gm, '>$1');
    out += `From MAILER-DAEMON Fri Nov 27 10:00:00 2026\n${text}${text.endsWith('\n') ? '' : '\n'}\n`;
  }
  return out;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-diag-stream-'));
  const names = corpusFiles();
  small = join(dir, 'small.mbox');
  writeFileSync(small, mboxOf(names.slice(0, 12)), 'latin1');
  const all = mboxOf(names);
  big = join(dir, 'big.mbox');
  writeFileSync(big, all.repeat(4), 'latin1');
  bigCount = names.length * 4;
  mkdirSync(join(dir, 'empty'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--json over an mbox: one element per message, byte-identical to the whole array pretty-printed', async () => {
  const r = await runCli(['diagnose', '--json', small]);
  assert.equal(r.code, EXIT.ok);
  const all = JSON.parse(r.out) as { file: string; message: number; records: unknown[] }[];
  assert.equal(all.length, 12);
  assert.deepEqual(
    all.map((e) => e.message),
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  assert.ok(all.every((e) => e.file === small && Array.isArray(e.records)));
  assert.ok(all.some((e) => e.records.length > 0));
  assert.equal(r.out, JSON.stringify(all, null, 2) + '\n');
});

test('--json over an empty folder is [], over one message is { records } as before', async () => {
  const empty = await runCli(['diagnose', '--json', join(dir, 'empty')]);
  assert.equal(empty.out, '[]\n');
  const one = await runCli(['diagnose', '--json', join(CORPUS_DIR, 'rfc3464-01.eml')]);
  const parsed = JSON.parse(one.out) as { records: unknown[] };
  assert.ok(parsed.records.length > 0);
  assert.equal(one.out, JSON.stringify(parsed, null, 2) + '\n');
});

test('--json over a 1,700-message mbox runs in a 36 MB heap and prints valid JSON for every message', async () => {
  const child = spawn(process.execPath, ['--max-old-space-size=36', NDR_BIN, 'diagnose', '--json', big], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const r = await finish(child, 300_000);
  assert.equal(r.signal, null, r.err.slice(0, 500));
  assert.equal(r.code, EXIT.ok, r.err.slice(0, 500));
  const text = r.out.toString('utf8');
  const all = JSON.parse(text) as { message: number }[];
  assert.equal(all.length, bigCount);
  assert.equal(all[bigCount - 1]?.message, bigCount);
  // the last quarter is the first again: the same diagnosis whatever came before
  assert.equal(JSON.stringify({ ...all[(bigCount / 4) * 3], message: 0 }), JSON.stringify({ ...all[0], message: 0 }));
});
