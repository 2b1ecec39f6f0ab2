// Hostile originals: whatever the bounced message holds, the report is a valid, escaped message
// within the size limit, and nothing from the original can add a header to the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeNdr, NdrkitError } from '../../src/index.js';
import { assertWellFormed, attachmentText, fixedOptions, headerOf, parseMime, SEED_ORIGINAL } from './helpers.js';

/** Top-level header names of a report, in order. */
function topHeaderNames(raw: string): string[] {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return head.split('\r\n').filter((l) => !/^[ \t]/.test(l)).map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
}

const EXPECTED_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'auto-submitted', 'mime-version', 'content-type'];

test('a Subject with HTML, a bare CR and encoded CR/LF cannot inject headers or markup', async () => {
  const original = [
    'From: Mallory <mallory@attacker.example>',
    'To: ronald@contoso.com',
    'Subject: <script>alert(1)</script><img src=x onerror=alert(2)> "quotes" & \'apos\'\rBcc: victim@example.com =?UTF-8?Q?=0D=0ABcc:_other@example.com_<b>x</b>?=',
    'Message-ID: <"><script>alert(3)</script>>',
    'Date: Fri, 27 Nov 2026 10:59:50 +0000',
    '',
    'body',
    '',
  ].join('\r\n');
  const raw = composeNdr(fixedOptions({ originalMessage: original }));
  assertWellFormed(raw);
  assert.deepEqual(topHeaderNames(raw), EXPECTED_HEADERS.filter((h) => h !== 'in-reply-to' && h !== 'references'), 'no added header, no bogus In-Reply-To');
  const mail = await parseMime(raw);
  assert.doesNotMatch(mail.subject ?? '', /[\r\n]/);
  assert.match(mail.subject ?? '', /^Undeliverable: <script>alert\(1\)<\/script>/, 'the subject is kept as text');
  const html = mail.html ?? '';
  assert.doesNotMatch(html, /<script|<img|<b>x/i, 'no markup from the original survives');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt; &quot;quotes&quot; &amp; &#39;apos&#39;/);
  assert.doesNotMatch(mail.text ?? '', /\r(?!\n)/);
});

test('values given by the caller are escaped in the HTML too', async () => {
  const raw = composeNdr(
    fixedOptions({
      serviceName: '<b>Mail</b> & Co',
      recipients: [{ recipient: 'ronald@contoso.com', action: 'failed', status: '5.7.1', diagnosticCode: 'smtp; 550 5.7.1 <a href="javascript:alert(1)">click</a>', remoteMta: '<iframe>' }],
    }),
  );
  const html = (await parseMime(raw)).html ?? '';
  assert.doesNotMatch(html, /<iframe|<a href="javascript|<b>Mail/);
  assert.match(html, /&lt;a href=&quot;javascript:alert\(1\)&quot;&gt;click&lt;\/a&gt;/);
  assert.match(html, /&lt;b&gt;Mail&lt;\/b&gt; &amp; Co/);
});

test('an 8-bit (Latin-1) From is returned byte for byte as quoted-printable; the report stays 7-bit', async () => {
  const head = 'From: J\xf6rg M\xfcller <joerg@example.de>\r\nTo: ronald@contoso.com\r\nSubject: Gr\xfc\xdfe\r\nMessage-ID: <x1@example.de>\r\n\r\nHallo\r\n';
  const bytes = Uint8Array.from(head, (c) => c.charCodeAt(0));
  const raw = composeNdr(fixedOptions({ originalMessage: bytes }));
  assertWellFormed(raw);
  assert.equal(headerOf(raw, 'To'), '<joerg@example.de>');
  assert.match(raw, /Content-Type: text\/rfc822-headers\r\nContent-Transfer-Encoding: quoted-printable\r\n/, 'Latin-1 is not UTF-8: no charset claimed');
  assert.match(raw, /From: J=F6rg M=FCller <joerg@example\.de>/, 'the original bytes, quoted-printable');
  const mail = await parseMime(raw);
  assert.match(mail.text ?? '', /From: +J\uFFFDrg M\uFFFDller <joerg@example\.de>/, 'shown with replacement characters, never as raw bytes');
  assert.equal(mail.attachments.length, 2);
});

test('8-bit UTF-8 headers are quoted-printable with charset=utf-8', async () => {
  const raw = composeNdr(fixedOptions({ originalMessage: SEED_ORIGINAL.replace('Sam Taylor', 'Søren Kierkegård') }));
  assertWellFormed(raw);
  assert.match(raw, /Content-Type: text\/rfc822-headers; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n/);
  assert.match(attachmentText(await parseMime(raw), 'text/rfc822-headers'), /From: Søren Kierkegård <sam@alpineskihouse\.com>/);
});

test('an 8-bit full original that is not UTF-8 is returned as headers, with a note', async () => {
  const bytes = Uint8Array.from('From: J\xf6rg <joerg@example.de>\r\nSubject: x\r\n\r\nK\xe4se\r\n', (c) => c.charCodeAt(0));
  const raw = composeNdr(fixedOptions({ originalMessage: bytes, returnContent: 'full' }));
  assertWellFormed(raw);
  assert.doesNotMatch(raw, /message\/rfc822/);
  assert.match((await parseMime(raw)).text ?? '', /cannot be attached safely as it is/);
});

function bigOriginal(bytes: number): string {
  const line = 'x'.repeat(76) + '\r\n';
  return SEED_ORIGINAL + line.repeat(Math.ceil(bytes / line.length));
}

test('a 30 MB original gives a report within the size limit: headers plus a note', async () => {
  const original = bigOriginal(30 * 1024 * 1024);
  for (const returnContent of ['full', 'headers'] as const) {
    const raw = composeNdr(fixedOptions({ originalMessage: original, returnContent }));
    assertWellFormed(raw);
    // The limit applies to the returned original; the report around it is a few tens of kB.
    assert.ok(raw.length < 256 * 1024, `report is ${raw.length} bytes`);
    const mail = await parseMime(raw);
    const headers = attachmentText(mail, 'text/rfc822-headers');
    assert.match(headers, /^Received: /);
    assert.doesNotMatch(headers, /xxxxxxxx/, 'no body');
    if (returnContent === 'full') assert.match((mail.text ?? '').replace(/\s+/g, ' '), /The original message \(30 MB\) is larger than this report may carry \(256 KB\)/);
  }
});

test('a smaller limit is honoured for a full original just over it', () => {
  const original = bigOriginal(9000);
  const raw = composeNdr(fixedOptions({ originalMessage: original, returnContent: 'full', maxOriginalBytes: 8192 }));
  assert.doesNotMatch(raw, /message\/rfc822/);
  const fits = composeNdr(fixedOptions({ originalMessage: original, returnContent: 'full', maxOriginalBytes: 16384 }));
  assert.match(fits, /Content-Type: message\/rfc822/);
});

test('a 30 MB header block is cut at a field boundary within the limit', async () => {
  const giant = 'X-Filler: ' + 'a'.repeat(900) + '\r\n';
  const original = SEED_ORIGINAL.slice(0, SEED_ORIGINAL.indexOf('\r\n\r\n') + 2) + giant.repeat(Math.ceil((30 * 1024 * 1024) / giant.length)) + '\r\nbody\r\n';
  const raw = composeNdr(fixedOptions({ originalMessage: original, maxOriginalBytes: 64 * 1024 }));
  assertWellFormed(raw);
  const part = raw.slice(raw.indexOf('Content-Type: text/rfc822-headers'));
  const body = part.slice(part.indexOf('\r\n\r\n') + 4, part.lastIndexOf('\r\n--'));
  assert.ok(body.length <= 64 * 1024, `headers part is ${body.length} bytes`);
  const lastLine = body.slice(body.lastIndexOf('\r\n', body.length - 3) + 2);
  assert.equal(lastLine, giant, 'ends with a whole field');
  assert.match(((await parseMime(raw)).text ?? '').replace(/\s+/g, ' '), /so they are cut short/);
});

test('a single unfolded 30 MB header line is dropped, not split mid-field', () => {
  const original = 'From: a@b.example\r\nX-Huge: ' + 'y'.repeat(30 * 1024 * 1024) + '\r\n\r\nbody';
  const raw = composeNdr(fixedOptions({ originalMessage: original }));
  assertWellFormed(raw);
  assert.ok(raw.length < 100 * 1024);
  assert.doesNotMatch(raw, /yyyyyyyyyy/);
});

test('binary garbage as the original still gives a valid report (with `to` given)', () => {
  const garbage = new Uint8Array(64 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
  const raw = composeNdr(fixedOptions({ originalMessage: garbage, to: 'sam@alpineskihouse.com', returnContent: 'full' }));
  assertWellFormed(raw);
});

test('an original that holds the chosen boundary is refused, naming `boundary`', () => {
  const original = SEED_ORIGINAL + '--=_ndrkit_test\r\n';
  assert.throws(
    () => composeNdr(fixedOptions({ originalMessage: original, returnContent: 'full' })),
    (e: unknown) => e instanceof NdrkitError && e.field === 'boundary',
  );
  // A random boundary never collides in practice; the same original is fine without one.
  assert.ok(composeNdr({ ...fixedOptions({ originalMessage: original, returnContent: 'full' }), boundary: undefined } as never));
});

test('an injected Return-Path that is not an address falls back to From', () => {
  const original = 'Return-Path: <evil\r\n>\r\n' + SEED_ORIGINAL;
  assert.equal(headerOf(composeNdr(fixedOptions({ originalMessage: original })), 'To'), '<sam@alpineskihouse.com>');
});

test('a given boundary that the human or delivery-status part would contain is refused too', () => {
  const options = fixedOptions({ boundary: 'plain-boundary', recipients: [{ recipient: 'ronald@contoso.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 no --plain-boundary here' }] });
  assert.throws(() => composeNdr({ ...options, originalMessage: undefined, to: 'sam@alpineskihouse.com' } as never), (e: unknown) => e instanceof NdrkitError && e.field === 'boundary');
});
