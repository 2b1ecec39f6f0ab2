// The composed report is one well-formed RFC 5322 message with the RFC 6522 / RFC 3464 structure,
// read back with an independent MIME parser (postal-mime).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeNdr, NDR_ENVELOPE_SENDER } from '../../src/index.js';
import type { NdrLocale } from '../../src/index.js';
import { assertWellFormed, attachmentText, fixedOptions, headerOf, parseMime, SEED_ORIGINAL } from './helpers.js';

test('a failure report has the headers a bounce must have', async () => {
  const raw = composeNdr(fixedOptions());
  assertWellFormed(raw);
  assert.equal(headerOf(raw, 'From'), 'Mail Delivery System <MAILER-DAEMON@alpineskihouse.com>');
  assert.equal(headerOf(raw, 'To'), '<sam@alpineskihouse.com>');
  assert.equal(headerOf(raw, 'Subject'), 'Undeliverable: Ski trip photos');
  assert.equal(headerOf(raw, 'Date'), 'Fri, 27 Nov 2026 11:00:03 +0000');
  assert.equal(headerOf(raw, 'Message-ID'), '<ndr-0001@alpineskihouse.com>');
  assert.equal(headerOf(raw, 'In-Reply-To'), '<trip-42@alpineskihouse.com>');
  assert.equal(headerOf(raw, 'References'), '<trip-42@alpineskihouse.com>');
  assert.equal(headerOf(raw, 'Auto-Submitted'), 'auto-replied');
  assert.equal(headerOf(raw, 'MIME-Version'), '1.0');
  assert.equal(headerOf(raw, 'Content-Type'), 'multipart/report; report-type=delivery-status; boundary="=_ndrkit_test"');
  assert.equal(NDR_ENVELOPE_SENDER, '');
});

test('the MIME tree is report > (alternative > text, html), delivery-status, rfc822-headers', async () => {
  const raw = composeNdr(fixedOptions());
  // The order of the parts matters (RFC 6522): human part first, then the machine part, then the original.
  const order = [...raw.matchAll(/^Content-Type: ([a-z0-9/-]+)/gim)].map((m) => m[1]).slice(0, 6);
  assert.deepEqual(order, ['multipart/report', 'multipart/alternative', 'text/plain', 'text/html', 'message/delivery-status', 'text/rfc822-headers']);
  const mail = await parseMime(raw);
  assert.equal(mail.subject, 'Undeliverable: Ski trip photos');
  assert.equal(mail.inReplyTo, '<trip-42@alpineskihouse.com>');
  assert.match(mail.text ?? '', /couldn't be delivered/);
  assert.match(mail.html ?? '', /<h1[^>]*>Your message couldn&#39;t be delivered<\/h1>/);
  const headers = attachmentText(mail, 'text/rfc822-headers');
  assert.equal(headers.trimEnd(), SEED_ORIGINAL.slice(0, SEED_ORIGINAL.indexOf('\r\n\r\n')).replace(/\r\n/g, '\n'), 'the original header block');
  assert.ok(raw.includes(SEED_ORIGINAL.slice(0, SEED_ORIGINAL.indexOf('\r\n\r\n') + 2)), 'byte for byte in the raw report');
});

test('the delivery-status part holds the RFC 3464 fields', async () => {
  const mail = await parseMime(composeNdr(fixedOptions({ envelopeId: 'ENV-77', receivedFromMta: 'submit.alpineskihouse.com' })));
  const ds = attachmentText(mail, 'message/delivery-status');
  assert.equal(
    ds.trimEnd() + '\n',
    [
      'Original-Envelope-Id: ENV-77',
      'Reporting-MTA: dns; alpineskihouse.com',
      'Received-From-MTA: dns; submit.alpineskihouse.com',
      'Arrival-Date: Fri, 27 Nov 2026 10:59:58 +0000',
      '',
      'Final-Recipient: rfc822; ronald@contoso.com',
      'Action: failed',
      'Status: 5.7.1',
      'Remote-MTA: dns; mail.contoso.com',
      'Diagnostic-Code: smtp; 530 5.7.1 Client was not authenticated',
      'Last-Attempt-Date: Fri, 27 Nov 2026 11:00:02 +0000',
      '',
    ].join('\n'),
  );
});

test('a delay notice says delayed, carries Will-Retry-Until and marks nobody as owner', async () => {
  const raw = composeNdr(
    fixedOptions({
      recipients: [
        {
          recipient: 'ronald@contoso.com',
          action: 'delayed',
          status: '4.4.7',
          diagnosticCode: 'smtp; 451 4.4.7 Temporary server error. Please try again later',
          remoteMta: 'mail.contoso.com',
          lastAttemptDate: '2026-11-27T11:00:02Z',
          willRetryUntil: '2026-11-29T10:59:58Z',
        },
      ],
    }),
  );
  assertWellFormed(raw);
  assert.equal(headerOf(raw, 'Subject'), 'Delivery delayed: Ski trip photos');
  const mail = await parseMime(raw);
  const ds = attachmentText(mail, 'message/delivery-status');
  assert.match(ds, /\nAction: delayed\nStatus: 4\.4\.7\n/);
  assert.match(ds, /\nWill-Retry-Until: Sun, 29 Nov 2026 10:59:58 \+0000\n/);
  assert.match(mail.text ?? '', /keeps trying until 2026-11-29 10:59:58 UTC/);
  assert.doesNotMatch(mail.text ?? '', /\(X\)/, 'nobody must act');
  assert.match(mail.text ?? '', /\(~\) Your email service \(alpineskihouse\.com\) {3}<-- Retrying/);
  assert.doesNotMatch(mail.html ?? '', /class="ndr-party-act"/);
});

test('Will-Retry-Until is only written for delays', async () => {
  const base = fixedOptions();
  const raw = composeNdr({ ...base, recipients: [{ ...base.recipients[0]!, willRetryUntil: '2026-11-29T00:00:00Z' }] });
  assert.doesNotMatch(raw, /Will-Retry-Until/);
});

test('a success notice says delivered', async () => {
  const raw = composeNdr(
    fixedOptions({ recipients: [{ recipient: 'ronald@contoso.com', action: 'delivered', status: '2.0.0', diagnosticCode: 'smtp; 250 2.0.0 OK queued as 4XyZ', remoteMta: 'mail.contoso.com' }] }),
  );
  assert.equal(headerOf(raw, 'Subject'), 'Delivered: Ski trip photos');
  const mail = await parseMime(raw);
  assert.match(attachmentText(mail, 'message/delivery-status'), /\nAction: delivered\nStatus: 2\.0\.0\n/);
  assert.match(mail.text ?? '', /was delivered/);
  assert.match(mail.text ?? '', /\(\+\) Recipient's side \(mail\.contoso\.com\) {3}<-- delivered/);
  assert.doesNotMatch(mail.text ?? '', /\(X\)/);
});

test('several recipients with mixed outcomes: one block each, the subject follows the worst', async () => {
  const raw = composeNdr(
    fixedOptions({
      recipients: [
        { recipient: 'ok@contoso.com', action: 'delivered', status: '2.0.0' },
        { recipient: 'later@contoso.com', action: 'delayed', status: '4.2.2', diagnosticCode: '452 4.2.2 Mailbox full' },
        { recipient: 'gone@contoso.com', action: 'failed', status: '5.1.1', diagnosticCode: '550 5.1.1 User unknown', originalRecipient: 'Gone@Contoso.com' },
      ],
    }),
  );
  assert.match(headerOf(raw, 'Subject') ?? '', /^Undeliverable:/);
  const ds = attachmentText(await parseMime(raw), 'message/delivery-status');
  const blocks = ds.trim().split('\n\n');
  assert.equal(blocks.length, 4, 'per-message block and three recipient blocks');
  assert.match(blocks[3]!, /^Original-Recipient: rfc822; Gone@Contoso\.com\nFinal-Recipient: rfc822; gone@contoso\.com\n/);
  assert.match(blocks[2]!, /Diagnostic-Code: smtp; 452 4\.2\.2 Mailbox full/);
});

test('each locale gives its own subject prefix and texts, encoded as RFC 2047 when needed', async () => {
  const expected: Record<NdrLocale, [string, RegExp]> = {
    en: ['Undeliverable: Ski trip photos', /Who must act/],
    de: ['Unzustellbar: Ski trip photos', /Wer handeln muss/],
    fr: ['Non remis: Ski trip photos', /Qui doit agir/],
    es: ['No entregado: Ski trip photos', /Quién debe actuar/],
    ja: ['配信不能: Ski trip photos', /対応が必要な人/],
  };
  for (const [locale, [subject, heading]] of Object.entries(expected) as [NdrLocale, [string, RegExp]][]) {
    const raw = composeNdr(fixedOptions({ locale }));
    assertWellFormed(raw);
    const mail = await parseMime(raw);
    assert.equal(mail.subject, subject, locale);
    assert.match(mail.text ?? '', heading, locale);
    assert.match(mail.html ?? '', new RegExp(`<html lang="${locale}">`));
    assert.match(raw, new RegExp(`Content-Language: ${locale}\\r\\n`));
  }
  assert.match(headerOf(composeNdr(fixedOptions({ locale: 'ja' })), 'Subject') ?? '', /^=\?UTF-8\?B\?/);
});

test('a long non-ASCII subject is split into encoded-words that decode back exactly', async () => {
  const subject = 'Überweisung für die Sitzung — 会議の資料と議事録をお送りします、ご確認ください '.repeat(3).trim();
  const original = SEED_ORIGINAL.replace('Subject: Ski trip photos', `Subject: ${subject}`);
  const raw = composeNdr(fixedOptions({ originalMessage: original }));
  assertWellFormed(raw);
  assert.equal((await parseMime(raw)).subject, `Undeliverable: ${subject}`);
});

test('an encoded subject in the original is decoded for display and re-encoded in the report', async () => {
  const original = SEED_ORIGINAL.replace('Subject: Ski trip photos', 'Subject: =?ISO-8859-1?Q?R=E9sum=E9?= =?UTF-8?B?w6A=?= la carte');
  const mail = await parseMime(composeNdr(fixedOptions({ originalMessage: original })));
  assert.equal(mail.subject, 'Undeliverable: Résuméà la carte');
  assert.match(mail.text ?? '', /Subject: +Résuméà la carte/);
});

test('the full original is returned as message/rfc822 when asked and small enough', async () => {
  const raw = composeNdr(fixedOptions({ returnContent: 'full' }));
  assertWellFormed(raw);
  assert.match(raw, /Content-Type: message\/rfc822\r\nContent-Transfer-Encoding: 7bit\r\n/);
  assert.ok(raw.includes(SEED_ORIGINAL), 'the original, byte for byte');
  assert.match((await parseMime(raw)).text ?? '', /The original message is attached\./);
});

test('a full 8-bit UTF-8 original is returned as 8bit; LF line ends become CRLF', () => {
  const original = SEED_ORIGINAL.replace('Hi Ronald', 'Grüße Ronald').replace(/\r\n/g, '\n');
  const raw = composeNdr(fixedOptions({ originalMessage: original, returnContent: 'full' }));
  assertWellFormed(raw, { allow8bit: true });
  assert.match(raw, /Content-Type: message\/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n/);
  assert.equal(headerOf(raw, 'Content-Transfer-Encoding'), '8bit', 'the enclosing multipart says 8bit too');
  assert.equal(headerOf(composeNdr(fixedOptions({ returnContent: 'full' })), 'Content-Transfer-Encoding'), undefined, '7-bit reports need none');
  assert.ok(raw.includes(original.replace(/\n/g, '\r\n')));
});

test('only headers given: text/rfc822-headers, even when full was asked for', () => {
  const headers = SEED_ORIGINAL.slice(0, SEED_ORIGINAL.indexOf('\r\n\r\n'));
  const raw = composeNdr({ ...fixedOptions({ returnContent: 'full' }), originalMessage: undefined, originalHeaders: headers } as never);
  assert.match(raw, /Content-Type: text\/rfc822-headers\r\n/);
  assert.doesNotMatch(raw, /message\/rfc822/);
});

test('no original at all: two parts, no In-Reply-To, `to` required and used', async () => {
  const raw = composeNdr({ ...fixedOptions(), originalMessage: undefined, to: 'sam@alpineskihouse.com' } as never);
  assertWellFormed(raw);
  assert.equal(headerOf(raw, 'In-Reply-To'), undefined);
  assert.equal(headerOf(raw, 'Subject'), 'Undeliverable');
  const mail = await parseMime(raw);
  assert.equal(mail.attachments.length, 1);
});

test('the report goes to the Return-Path before the From address', () => {
  const original = 'Return-Path: <bounces+sam=alpineskihouse.com@esp.example>\r\n' + SEED_ORIGINAL;
  assert.equal(headerOf(composeNdr(fixedOptions({ originalMessage: original })), 'To'), '<bounces+sam=alpineskihouse.com@esp.example>');
});

test('From, subject and service name can be given', async () => {
  const raw = composeNdr(fixedOptions({ from: 'Postmaster Contoso Ü <postmaster@alpineskihouse.com>', subject: 'Nachricht nicht zustellbar', serviceName: 'Alpine Ski House Mail' }));
  const mail = await parseMime(raw);
  assert.deepEqual(mail.from, { address: 'postmaster@alpineskihouse.com', name: 'Postmaster Contoso Ü' });
  assert.equal(mail.subject, 'Nachricht nicht zustellbar');
  assert.match(mail.text ?? '', /written by Alpine Ski House Mail\./);
});

test('without injected values the Message-ID and boundary are random and differ per call', () => {
  const a = composeNdr({ ...fixedOptions(), messageId: undefined, boundary: undefined } as never);
  const b = composeNdr({ ...fixedOptions(), messageId: undefined, boundary: undefined } as never);
  assert.notEqual(headerOf(a, 'Message-ID'), headerOf(b, 'Message-ID'));
  assert.match(headerOf(a, 'Message-ID') ?? '', /^<[0-9a-f]{24}@alpineskihouse\.com>$/);
  assert.notEqual(headerOf(a, 'Content-Type'), headerOf(b, 'Content-Type'));
});

test('an internationalised recipient uses the utf-8 address type with RFC 6533 escapes', async () => {
  const raw = composeNdr(fixedOptions({ recipients: [{ recipient: 'jörg@bücher.example', action: 'failed', status: '5.1.1' }] }));
  assertWellFormed(raw);
  const ds = attachmentText(await parseMime(raw), 'message/delivery-status');
  assert.match(ds, /Final-Recipient: utf-8; j\\x\{F6\}rg@b\\x\{FC\}cher\.example\n/);
});

test('a reply code only in replyCode is put before the words of the diagnostic', () => {
  const raw = composeNdr(fixedOptions({ recipients: [{ recipient: 'ronald@contoso.com', action: 'failed', status: '5.1.1', replyCode: '550', diagnosticCode: 'User unknown' }] }));
  assert.match(raw, /Diagnostic-Code: smtp; 550 User unknown\r\n/);
});

test('the human part is written from the knowledge base: the seed example names the recipient side', async () => {
  const mail = await parseMime(composeNdr(fixedOptions()));
  const text = mail.text ?? '';
  assert.match(text, /only accepts mail from clients that log in first/, 'the cause of exo-5.7.1-not-authenticated');
  assert.match(text, /\(X\) Recipient's side \(mail\.contoso\.com\)/, "mail.contoso.com serves contoso.com: the recipient's admin must act");
  assert.match(text, /Knowledge base entry: exo-5\.7\.1-not-authenticated/);
  assert.match(text, /For the recipient's admin: If this is your internet-facing mail server/);
});

test("a service's entry is only used in that service's context or on its distinctive words", async () => {
  const generic = composeNdr(fixedOptions({ recipients: [{ recipient: 'gone@contoso.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 User unknown', remoteMta: 'mx.contoso.com' }] }));
  assert.match((await parseMime(generic)).text ?? '', /Knowledge base entry: +iana-5\.1\.1/);
  const microsoft = composeNdr(fixedOptions({ recipients: [{ recipient: 'gone@contoso.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 User unknown', remoteMta: 'contoso-com.mail.protection.outlook.com' }] }));
  assert.doesNotMatch((await parseMime(microsoft)).text ?? '', /Knowledge base entry: +iana-/);
});

test('without a status, the explanation follows the reply, not the X.0.0 that RFC 3464 requires', async () => {
  const raw = composeNdr(fixedOptions({ recipients: [{ recipient: 'anna@example.org', action: 'failed', diagnosticCode: 'smtp; 552 Mailbox full', remoteMta: 'mx.example.org' }] }));
  assert.match(raw, /Status: 5\.0\.0\r\n/);
  const text = (await parseMime(raw)).text ?? '';
  assert.match(text, /Knowledge base entry: +rfc5321-552/);
  assert.doesNotMatch(text, /Only the class is known/);
  // a reason given by the caller explains a failure the knowledge base has no entry for
  const expired = composeNdr(fixedOptions({ recipients: [{ recipient: 'anna@example.org', action: 'failed', diagnosticCode: 'Delivery failed 20 attempts', reason: 'expired' }] }));
  assert.match((await parseMime(expired)).text ?? '', /tried for a long time and gave up/);
});

test("RFC 5321's own reply words do not make a reply one service's", async () => {
  const recipients = [{ recipient: 'anna@example.org', action: 'failed' as const, diagnosticCode: 'smtp; 550 Requested action not taken: mailbox unavailable', remoteMta: 'mx.example.org' }];
  const text = (await parseMime(composeNdr(fixedOptions({ recipients })))).text ?? '';
  assert.doesNotMatch(text, /outlook\.com|hotmail/i);
  assert.match(text, /Knowledge base entry: +rfc5321-550/);
  // from Outlook.com's own servers the same words are its entry
  const fromOutlook = [{ ...recipients[0]!, remoteMta: 'mx1.hotmail.com' }];
  assert.match((await parseMime(composeNdr(fixedOptions({ recipients: fromOutlook })))).text ?? '', /Knowledge base entry: +exo-5\.5\.0-mailbox-unavailable/);
});

test('a given explanation replaces the knowledge base', async () => {
  const base = fixedOptions();
  const raw = composeNdr({
    ...base,
    recipients: [{ ...base.recipients[0]!, explanation: { cause: 'Our relay refused unauthenticated submissions.', owner: 'sender', fix: { sender: 'Turn on SMTP AUTH in your mail app.' } } }],
  });
  const text = (await parseMime(raw)).text ?? '';
  assert.match(text, /Our relay refused unauthenticated submissions\./);
  assert.match(text, /\(X\) You \(sender\)/);
  assert.match(text, /Turn on SMTP AUTH in your mail app\./);
});

test('the hops of the original are listed, first server first, with delays', async () => {
  const text = (await parseMime(composeNdr(fixedOptions()))).text ?? '';
  const hops = text.slice(text.indexOf('Message hops'), text.indexOf('Original message'));
  assert.match(hops, /1\. 2026-11-27 10:59:52 UTC {2}\(\+2 s\)\n {5}\[192\.0\.2\.44\] \(client\.alpineskihouse\.com \[192\.0\.2\.44\]\) ->\n {7}submit\.alpineskihouse\.com \(ESMTPSA\)/);
  assert.match(hops, /2\. 2026-11-27 10:59:58 UTC {2}\(\+6 s\)/);
});

test('a delay notice never says the server gave up, even when the code means "expired"', async () => {
  for (const locale of ['en', 'de'] as const) {
    const raw = composeNdr(fixedOptions({ locale, recipients: [{ recipient: 'ronald@contoso.com', action: 'delayed', status: '4.4.7', diagnosticCode: 'smtp; 451 4.4.7 Try later', remoteMta: 'mail.contoso.com' }] }));
    const text = (await parseMime(raw)).text ?? '';
    const cause = text.slice(text.indexOf('\n', text.indexOf(locale === 'en' ? 'What happened' : 'Was ist passiert') + 20), text.indexOf(locale === 'en' ? 'Who must act' : 'Wer handeln muss'));
    assert.doesNotMatch(cause, /given up|gave up|aufgegeben/, locale);
    assert.match(cause, locale === 'en' ? /temporary problem/ : /vorübergehendes Problem/, locale);
  }
});
