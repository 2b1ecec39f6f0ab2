// Memory of the MIME layer on huge messages. The message string is built once (line ends are
// rewritten in bytes, not by a regex over a string, whose rope the next indexOf flattened into a
// second copy), and a text part is decoded only as far as the text kept of it. Checked by
// results (the same strings as the straightforward way) and, without timing, by parsing 48 MiB
// bounces in a child process whose V8 heap is capped at 32 MB: the old code needed 48 to 64 MB
// of heap for them, this one runs in 24.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { bytesToBinary, bytesToBinaryLf, normalizeLineEnds } from '../../src/mime/binary.js';
import { MAX_PART_TEXT } from '../../src/mime/limits.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import { decodeBase64, decodeQuotedPrintable } from '../../src/mime/transfer-encoding.js';
import { bigMessage, type BigShape } from '../helpers/big-messages.js';

const ROOT = new URL('../../', import.meta.url).pathname;
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndrkit-mime-mem-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('bytesToBinaryLf is normalizeLineEnds(bytesToBinary(bytes)) for any bytes, CR and LF heavy', () => {
  const byte = fc.oneof(fc.constantFrom(0x0d, 0x0a, 0x0d, 0x41), fc.integer({ min: 0, max: 255 }));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 200 }), (arr) => {
      const bytes = Uint8Array.from(arr);
      assert.equal(bytesToBinaryLf(bytes), normalizeLineEnds(bytesToBinary(bytes)));
      // a view into a larger buffer reads only its own bytes
      const padded = new Uint8Array(bytes.length + 4);
      padded.set(bytes, 2);
      assert.equal(bytesToBinaryLf(padded.subarray(2, 2 + bytes.length)), normalizeLineEnds(bytesToBinary(bytes)));
    }),
    { numRuns: 500 },
  );
});

test('decodeBase64 and decodeQuotedPrintable with a limit give a prefix of the full decode, just past the limit', () => {
  const raw = Buffer.alloc(300_000);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) & 0xff;
  const b64 = (raw.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
  const full = decodeBase64(b64);
  assert.equal(full, raw.toString('latin1'));
  const cut = decodeBase64(b64, 100_000);
  assert.ok(cut.length > 100_000 && cut.length <= 100_000 + 8192, `length ${cut.length}`);
  assert.equal(cut, full.slice(0, cut.length));
  assert.equal(decodeBase64(b64, 10_000_000), full);

  const qp = 'caf=C3=A9 =3D soft=\nbreak\n'.repeat(20_000);
  const qpFull = decodeQuotedPrintable(qp);
  const qpCut = decodeQuotedPrintable(qp, false, 50_000);
  assert.ok(qpCut.length > 50_000 && qpCut.length < 50_100, `length ${qpCut.length}`);
  assert.equal(qpCut, qpFull.slice(0, qpCut.length));
  assert.equal(decodeQuotedPrintable(qp, false, 10_000_000), qpFull);
});

test('a base64 text part longer than the text limit: its text is the first MAX_PART_TEXT characters of the decode, with a warning', () => {
  const line = 'row 1042,Example Customer Ltd,1234.56\r\n';
  const plain = line.repeat(Math.ceil((MAX_PART_TEXT * 1.5) / line.length));
  const msg = [
    'From: a@example.org',
    'Content-Type: multipart/mixed; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain; charset=us-ascii',
    'Content-Transfer-Encoding: base64',
    '',
    (Buffer.from(plain, 'latin1').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'),
    '--B--',
    '',
  ].join('\r\n');
  const m = parseMessage(Buffer.from(msg, 'latin1'));
  assert.equal(m.parts.length, 1);
  assert.equal(m.parts[0]?.text, plain.slice(0, MAX_PART_TEXT).replace(/\r\n?/g, '\n'));
  assert.ok(m.warnings.includes('a part longer than the text limit was cut'));
});

for (const shape of ['dsn-base64', 'dsn-text-attachment'] as const satisfies readonly BigShape[]) {
  test(`a 48 MiB ${shape} bounce parses in a 32 MB heap and gives its record`, () => {
    const file = join(dir, `${shape}.eml`);
    writeFileSync(file, bigMessage(shape, 48 * 2 ** 20));
    const script = [
      `const { parseBounceSync } = await import(${JSON.stringify(join(ROOT, 'src/parse/parse-bounce.ts'))});`,
      `const { readFileSync } = await import('node:fs');`,
      `const r = parseBounceSync(readFileSync(${JSON.stringify(file)}));`,
      `console.log(JSON.stringify(r.records.map((x) => [x.recipient, x.status])));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--max-old-space-size=32', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.signal, null, r.stderr.slice(0, 600));
    assert.equal(r.status, 0, r.stderr.slice(0, 600));
    assert.equal(r.stdout.trim(), JSON.stringify([['nobody@example.com', '5.1.1']]));
  });
}
