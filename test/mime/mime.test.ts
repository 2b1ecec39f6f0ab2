// The MIME layer: transfer encodings, RFC 2047, charsets (including UTF-7), line ends, multipart
// structure, limits and malformed input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMessage } from '../../src/mime/parse-message.js';
import { decodeEncodedWords } from '../../src/mime/encoded-word.js';
import { decodeBase64, decodeQuotedPrintable } from '../../src/mime/transfer-encoding.js';
import { decodeUtf7 } from '../../src/mime/utf7.js';
import { decodeBinary } from '../../src/mime/charset.js';
import { parseHeaderBlock, parseParams } from '../../src/mime/header-list.js';
import { bytesToBinary } from '../../src/mime/binary.js';
import { htmlToText } from '../../src/mime/html-to-text.js';

test('base64 decodes, skips line breaks and garbage', () => {
  assert.equal(decodeBase64('aGVs\nbG8g\r\nd29y bGQ='), 'hello world');
  assert.equal(decodeBase64('aGk=trailing'), 'hi');
  assert.equal(decodeBase64(''), '');
});

test('quoted-printable: escapes, soft breaks, a lone "=" kept', () => {
  assert.equal(decodeQuotedPrintable('caf=C3=A9=\nbar'), 'caf\xc3\xa9bar');
  assert.equal(decodeQuotedPrintable('a=  \nb'), 'ab');
  assert.equal(decodeQuotedPrintable('50=zz'), '50=zz');
  assert.equal(decodeQuotedPrintable('end='), 'end');
});

test('RFC 2047: B and Q words, adjacent words joined, split multibyte characters', () => {
  assert.equal(decodeEncodedWords('=?utf-8?B?Y2Fmw6k=?= ok'), 'café ok');
  assert.equal(decodeEncodedWords('=?iso-8859-1?Q?caf=E9_au_lait?='), 'café au lait');
  assert.equal(decodeEncodedWords('=?utf-8?Q?a?= =?utf-8?Q?b?='), 'ab');
  // "にゃんこ" split across two words in the middle of a character
  const bytes = Buffer.from('にゃんこ', 'utf8');
  const w1 = bytes.subarray(0, 4).toString('base64');
  const w2 = bytes.subarray(4).toString('base64');
  assert.equal(decodeEncodedWords(`=?UTF-8?B?${w1}?= =?UTF-8?B?${w2}?=`), 'にゃんこ');
  assert.equal(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJEskYyRzJDMbKEI=?='), 'にゃんこ');
  assert.equal(decodeEncodedWords('plain =?bogus'), 'plain =?bogus');
});

test('charsets: shift_jis, windows-1251, iso-2022-jp unlabelled, raw 8-bit fallback', () => {
  assert.equal(decodeBinary('\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd', 'shift_jis'), 'こんにちは');
  assert.equal(decodeBinary('\xcf\xf0\xe8\xe2\xe5\xf2', 'windows-1251'), 'Привет');
  assert.equal(decodeBinary('\x1b$B$3$s$K$A$O\x1b(B', ''), 'こんにちは');
  assert.equal(decodeBinary('caf\xe9', ''), 'café'); // not UTF-8: windows-1252
  assert.equal(decodeBinary('caf\xc3\xa9', 'x-unknown'), 'café'); // valid UTF-8 wins
  assert.equal(decodeBinary('caf\xc3\xa9', 'cp932-bogus-label'), 'café');
});

test('UTF-7 decodes base64 runs and "+-"', () => {
  assert.equal(decodeUtf7('Hi Mom -+Jjo--!'), 'Hi Mom -☺-!');
  assert.equal(decodeUtf7('1 +- 1 = 2'), '1 + 1 = 2');
  assert.equal(decodeUtf7('+ZeVnLIqe-'), '日本語');
  assert.equal(decodeBinary('A+ImIDkQ.', 'unicode-1-1-utf-7'), 'A≢Α.');
});

test('header block: folding, case-insensitive lookup, mbox From line, no headers at all', () => {
  const h = parseHeaderBlock('From x@y Sat Oct  4 08:00:09 2025\nSubject: a\n  b\nX-A: 1\nx-a: 2\n\nbody').headers;
  assert.equal(h.get('SUBJECT'), 'a b');
  assert.deepEqual(h.getAll('x-a'), ['1', '2']);
  const pasted = parseHeaderBlock('Delivery has failed to these recipients or groups:\nronald@contoso.com\n');
  assert.equal(pasted.headers.fields.length, 0);
  assert.equal(pasted.bodyStart, 0);
});

test('parameters: quotes, escapes, RFC 2231 continuations', () => {
  const p = parseParams('multipart/report; report-type=delivery-status;\tboundary="a\\"b;c"');
  assert.equal(p.value, 'multipart/report');
  assert.equal(p.params.get('boundary'), 'a"b;c');
  assert.equal(parseParams("attachment; filename*0*=utf-8''caf%C3%A9; filename*1=.txt").params.get('filename'), 'café.txt');
});

test('multipart: parts in order, delivery-status and rfc822 kept, flatText marks them', () => {
  const msg = [
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    'preamble',
    '--B',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Zustellung fehlgeschlagen: caf=E9',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example',
    '',
    'Final-Recipient: rfc822; a@example.org',
    'Status: 5.1.1',
    '--B',
    'Content-Type: message/rfc822',
    '',
    'Subject: original',
    '',
    'hello',
    '--B--',
    'epilogue',
  ].join('\r\n');
  const m = parseMessage(msg);
  assert.deepEqual(m.parts.map((p) => p.contentType), ['text/plain', 'message/delivery-status', 'message/rfc822']);
  assert.equal(m.parts[0]?.text, 'Zustellung fehlgeschlagen: café');
  assert.match(m.parts[1]?.text ?? '', /^Reporting-MTA: dns; mx.example\n\nFinal-Recipient/);
  assert.equal(m.parts[2]?.text, 'Subject: original\n\nhello');
  assert.match(m.flatText, /café\nContent-Type: message\/delivery-status\n\nReporting-MTA/);
  assert.deepEqual(m.warnings, []);
});

test('malformed MIME gives warnings, not errors', () => {
  const noClose = parseMessage('Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: text/plain\n\ncut here');
  assert.equal(noClose.parts[0]?.text, 'cut here');
  assert.ok(noClose.warnings.some((w) => /closing boundary/.test(w)));
  const noBoundary = parseMessage('Content-Type: multipart/mixed; boundary=X\n\njust text');
  assert.equal(noBoundary.parts[0]?.text, 'just text');
  assert.ok(noBoundary.warnings.length > 0);
  const badType = parseMessage('Content-Type: ???\n\ntext');
  assert.equal(badType.parts[0]?.contentType, 'text/plain');
});

test('nesting deeper than the limit stops with a warning', () => {
  let msg = 'leaf';
  for (let i = 0; i < 20; i++) msg = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${msg}\n--b${i}--`;
  const m = parseMessage(msg);
  assert.ok(m.warnings.some((w) => /nesting/.test(w)));
});

test('LF, CRLF and CR give the same parse', () => {
  const lf = 'Subject: x\n\nline1\nline2\n';
  const a = parseMessage(lf);
  for (const v of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
    const b = parseMessage(v);
    assert.equal(b.headers.get('subject'), 'x');
    assert.equal(b.flatText, a.flatText);
  }
});

test('a string input and its UTF-8 bytes parse alike', () => {
  const s = 'Subject: =?utf-8?B?w6k=?=\n\nnaïve';
  assert.equal(parseMessage(s).flatText, parseMessage(new TextEncoder().encode(s)).flatText);
  assert.equal(parseMessage(s).flatText, 'naïve');
});

test('binary strings round-trip every byte', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const s = bytesToBinary(all);
  assert.equal(s.length, 256);
  for (let i = 0; i < 256; i++) assert.equal(s.charCodeAt(i), i);
});

test('HTML-only bodies become text', () => {
  assert.equal(htmlToText('<html><head><style>p{}</style></head><body><p>a&amp;b</p><br>c&#233;</body></html>'), 'a&b\n\ncé');
  const m = parseMessage('Content-Type: text/html\n\n<b>Delivery</b> failed<br>to x@y.z');
  assert.equal(m.flatText, 'Delivery failed\nto x@y.z');
});

test('a charset label that cannot describe the bytes: UTF-8, then EUC-JP / Shift_JIS for Japanese labels', () => {
  // hand-written bytes: 送信 in EUC-JP (C1 F7 BF AE), in UTF-8, and in Shift_JIS (91 97 90 4D)
  assert.equal(decodeBinary('\xc1\xf7\xbf\xae', 'ISO-2022-JP'), '送信');
  assert.equal(decodeBinary(bytesToBinary(new TextEncoder().encode('送信 failed')), 'iso-2022-jp'), '送信 failed');
  assert.equal(decodeBinary('\x91\x97\x90\x4d', 'euc-jp'), '送信');
  // a label that fits is used as it is, and bytes no candidate reads keep the declared decode
  assert.equal(decodeBinary('\xc1\xf7\xbf\xae', 'euc-jp'), '送信');
  assert.equal(decodeBinary('caf\xe9', 'iso-8859-1'), 'café');
  assert.ok(decodeBinary('\xff\xfe\xff', 'iso-2022-jp').includes('\ufffd'));
});

test('corpus: an ISO-2022-JP label on UTF-8 (kddi-01) and EUC-JP (ezweb-03) bytes reads as Japanese', () => {
  for (const [f, words] of [['lhost-kddi-01.eml', '送信先のメールボックスが一杯'], ['lhost-ezweb-03.eml', '送信先メールアドレスが見つかりませんでした']] as const) {
    const m = parseMessage(readFileSync(new URL(`../fixtures/sisimai/eml/${f}`, import.meta.url)));
    assert.ok(m.parts[0]?.text.includes(words), f);
  }
});
