// The standards-level writers: quoted-printable bodies, RFC 2047 encoded-words, header folding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeQuotedPrintable } from '../../src/compose/quoted-printable.js';
import { encodeWords, foldHeader, unstructuredHeader } from '../../src/compose/header-encoding.js';
import { decodeWords } from '../../src/compose/decode-words.js';

const utf8 = new TextEncoder();

/** A reference quoted-printable decoder (RFC 2045 6.7), written independently of the encoder. */
function decodeQp(text: string): Uint8Array {
  const out: number[] = [];
  const lines = text.split('\r\n');
  lines.forEach((line, i) => {
    const soft = line.endsWith('=');
    const body = soft ? line.slice(0, -1) : line;
    for (let j = 0; j < body.length; j++) {
      if (body[j] === '=') {
        out.push(parseInt(body.slice(j + 1, j + 3), 16));
        j += 2;
      } else out.push(body.charCodeAt(j));
    }
    if (!soft && i < lines.length - 1) out.push(0x0d, 0x0a);
  });
  return Uint8Array.from(out);
}

test('quoted-printable: lines of at most 76, escapes where needed, decodes back', () => {
  const qp = encodeQuotedPrintable(utf8.encode('a = b \t\n.dot first\r\nGrüße ' + 'x'.repeat(200) + ' \n'));
  for (const line of qp.split('\r\n')) assert.ok(line.length <= 76, line);
  assert.match(qp, /^a =3D b =09\r\n=2Edot first\r\nGr=C3=BC=C3=9Fe x/);
  assert.match(qp, /x=20\r\n$/, 'trailing space before a line break is encoded');
});

test('quoted-printable round-trips arbitrary bytes (CRLF in, CRLF out)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const qp = encodeQuotedPrintable(bytes);
      for (const line of qp.split('\r\n')) assert.ok(line.length <= 76);
      assert.ok(/^[\x20-\x7e\t\r\n]*$/.test(qp), 'printable ASCII (and tabs, RFC 2045 allows them inside a line) only');
      // Bare LF becomes CRLF; everything else comes back byte for byte.
      const normalised: number[] = [];
      bytes.forEach((b, i) => {
        if (b === 0x0a && bytes[i - 1] !== 0x0d) normalised.push(0x0d, 0x0a);
        else normalised.push(b);
      });
      assert.deepEqual([...decodeQp(qp)], normalised);
    }),
    { seed: 7, numRuns: 300 },
  );
});

test('encoded-words are at most 75 characters, never split a character, and decode back', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const words = encodeWords(text);
      for (const w of words) assert.ok(w.length <= 75, w);
      assert.equal(decodeWords(words.join(' ')), text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' '));
    }),
    { seed: 11, numRuns: 300 },
  );
});

test('headers fold at spaces within 78 characters; plain words stay readable', () => {
  const folded = foldHeader('Diagnostic-Code', 'smtp; ' + 'word '.repeat(40).trim());
  for (const line of folded.split('\r\n').filter(Boolean)) assert.ok(line.length <= 78, line);
  assert.equal(folded.replace(/\r\n /g, ' '), 'Diagnostic-Code: smtp; ' + 'word '.repeat(40).trim() + '\r\n');
  assert.equal(unstructuredHeader('Subject', 'Undeliverable: Grüße aus Köln'), 'Subject: Undeliverable: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\r\n');
  const long = foldHeader('X', 'y'.repeat(2000));
  for (const line of long.split('\r\n')) assert.ok(line.length <= 998);
});
