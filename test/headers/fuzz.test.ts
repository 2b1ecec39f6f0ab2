// Seeded fuzz and hostile inputs: the analyser returns a result (with warnings) for anything, and
// finishes. The timeouts below only catch a hang (a run that never ends); speed is measured by
// `npm run bench`, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeHeaders } from '../../src/index.js';
import type { HeaderAnalysis } from '../../src/index.js';

const FRAGMENTS = [
  'Received: ', 'Authentication-Results: ', 'ARC-Authentication-Results: i=', 'From: ', 'Return-Path: ', 'Sender: ', 'Date: ',
  'DKIM-Signature: ', 'Received-SPF: ', 'X-Forefront-Antispam-Report: ', 'X-Microsoft-Antispam: ', 'Subject: ', 'Original message headers:',
  'Content-Type: message/rfc822', 'spf=', 'dkim=', 'dmarc=', 'compauth=', 'arc=', 'action=', 'reason=', 'header.from=', 'smtp.mailfrom=',
  'pass', 'fail', 'none', 'softfail', '(', ')', '((', '"', ';', ':', '=', '@', '<', '>', '<>', ' ', '\t', '\n', '\r\n', '\n ', '\n\n',
  'from ', 'by ', 'with ', 'id ', 'for ', 'via ', 'Mon, 1 Jan 2024 10:00:00 +0000', '2018-12-10 11:43:59.610 +0000 UTC m=+1.2',
  '=?utf-8?B?', '=?utf-8?Q?', '?=', '=E3=81', '=3D', '=\n', 'SFV:SPM;', 'SCL:9;', 'BCL:8;', 'CAT:SPOOF;', 'dest:J;',
  'example.com', 'o365e.onmicrosoft.com', 'a.github.io', '192.0.2.1', '[IPv6:2001:db8::1]', 'xn--bcher-kva.example', '\u0000', '\ud800', 'é',
];

const headerish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((a) => a.join(''));

function sane(a: HeaderAnalysis): void {
  assert.ok(Array.isArray(a.findings) && Array.isArray(a.warnings) && Array.isArray(a.hops));
  a.hops.forEach((h, i) => assert.equal(h.hop, i + 1));
  assert.doesNotThrow(() => JSON.stringify(a));
}

test('seeded fuzz: header-like input never throws and keeps the result shape', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(headerish, fc.constantFrom('auto', 'outer', 'original'), (text, part) => {
      sane(analyzeHeaders(text, { part: part as 'auto' }));
    }),
    { seed: 20261127, numRuns: 1500 },
  );
});

test('seeded fuzz: arbitrary unicode text never throws', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      sane(analyzeHeaders(text));
    }),
    { seed: 7, numRuns: 1500 },
  );
});

test('hostile: 100,000 Received lines', { timeout: 60_000 }, () => {
  const line = 'Received: from a.example (a.example [192.0.2.1]) by b.example with ESMTP id X; Mon, 1 Jan 2024 10:00:00 +0000\n';
  const a = analyzeHeaders(line.repeat(100_000) + 'From: a@example.com\n\n');
  assert.ok(a.hops.length <= 500);
  assert.ok(a.warnings.some((w) => /Received fields; only the topmost/.test(w)) || a.warnings.some((w) => /header fields/.test(w)));
});

test('hostile: a 10 MB single header, folded and unfolded', { timeout: 60_000 }, () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const a = analyzeHeaders(`Subject: ${big}\nFrom: a@example.com\n\n`);
  assert.ok(a.warnings.some((w) => /longer than/.test(w)));
  assert.equal(a.alignment.from, 'example.com');
  const folded = analyzeHeaders(`Authentication-Results: x;${' spf=pass (a'.repeat(200_000)}\n ${'('.repeat(100_000)}\nFrom: a@example.com\n`);
  sane(folded);
  const received = analyzeHeaders(`Received: ${'from (('.repeat(500_000)}; Mon, 1 Jan 2024 10:00:00 +0000\n`);
  sane(received);
  const noNewline = analyzeHeaders('Received: ' + 'a;'.repeat(3_000_000));
  sane(noNewline);
});

test('hostile: broken encodings and control characters', () => {
  for (const t of [
    'Subject: =?utf-8?B?!!!not base64!!!?=\nFrom: =?utf-8?Q?=ZZ=?= <a@example.com>\n',
    'Subject: =?x-unknown?B?QUJD?=\n',
    'Subject: =?utf-8?B?' + 'QUJD'.repeat(10_000) + '?=\n',
    ('Subject: ' + '=?utf-8?Q?a?= '.repeat(5_000)) + '\n',
    'From: \u0000\u0001\ud800 <@>\nReturn-Path: <<<<>>>>\nDate: 99 Foo 99999 99:99:99 +9999\n',
    'Original message headers:\n\n=\n=\n=3\n=XX=\n',
    'Content-Type: message/rfc822\n\n\n\n',
  ]) {
    sane(analyzeHeaders(t));
  }
  const a = analyzeHeaders('Subject: =?utf-8?B?!!!notbase64!!!?=\n');
  assert.ok(a.warnings.some((w) => /broken B encoding/.test(w)));
});
