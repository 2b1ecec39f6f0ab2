// The dsn readers: status and reply codes in text, delivery-status groups (with their limit),
// addresses, dates and SMTP commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAllStatuses, findReplyCode, findStatus, normalizeStatus } from '../../src/dsn/status-code.js';
import { mtaName, readDeliveryStatus, stripType } from '../../src/dsn/delivery-status.js';
import { cleanAddress, findAddresses, isAddress } from '../../src/dsn/address.js';
import { toIsoDate } from '../../src/dsn/date.js';
import { findCommand } from '../../src/dsn/smtp-command.js';
import { joinFlattenedReply } from '../../src/dsn/reply-text.js';

test('enhanced status codes: found, normalised, not taken from IPs or versions', () => {
  assert.equal(findStatus('550 5.1.1 <a@b.c>: User unknown'), '5.1.1');
  assert.equal(normalizeStatus('5.01.01 (unknown)'), '5.1.1');
  assert.equal(findStatus('#5.7.1 smtp;530 5.7.1 Client was not authenticated'), '5.7.1');
  assert.equal(findStatus('connect to 192.0.2.25 port 25'), '');
  assert.equal(findStatus('Exim 4.69.1 ready'), '');
  assert.equal(findStatus('4.4.7 Delivery time expired'), '4.4.7');
  assert.deepEqual(findAllStatuses('550 5.7.1 then 5.7.1 then 4.2.2'), ['5.7.1', '4.2.2']);
});

test('reply codes: at a reply start, after smtp;, not inside numbers or hosts', () => {
  assert.equal(findReplyCode('smtp; 550 5.1.1 user unknown'), '550');
  assert.equal(findReplyCode('550-5.7.1 multi-line'), '550');
  assert.equal(findReplyCode('host 192.0.2.250 said'), '');
  assert.equal(findReplyCode('id 5500 ok'), '');
  assert.equal(findReplyCode('no code here'), '');
});

test('delivery-status groups: per message, per recipient, folded fields, missing blank lines', () => {
  const ds = readDeliveryStatus('Reporting-MTA: dns; mx.example\nArrival-Date: x\n\nFinal-Recipient: rfc822; a@example.org\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 no\n  such user\nFinal-Recipient: rfc822; b@example.org\nStatus: 4.2.2\n');
  assert.equal(stripType(ds.perMessage.get('reporting-mta') ?? ''), 'mx.example');
  assert.equal(ds.perRecipient.length, 2);
  assert.equal(ds.perRecipient[0]?.get('diagnostic-code'), 'smtp; 550 no such user');
  assert.equal(ds.perRecipient[1]?.get('status'), '4.2.2');
});

test('MTA-name fields: type, comment and root dot dropped; a bare comment is kept', () => {
  assert.equal(mtaName('dns; mx.example.org. (192.0.2.25, the server for the domain example.org.)'), 'mx.example.org');
  assert.equal(mtaName('dns;mx.example.org (192.0.2.140)'), 'mx.example.org');
  assert.equal(mtaName('DNS; bigco-mail.example'), 'bigco-mail.example');
  assert.equal(mtaName('dns; 192.0.2.61'), '192.0.2.61');
  assert.equal(mtaName('dns; (unknown)'), '(unknown)');
  assert.equal(mtaName(''), '');
});

test('delivery-status recipient groups are capped, even without blank lines between them', () => {
  const ds = readDeliveryStatus('Final-Recipient: rfc822; a@b.c\n'.repeat(50_000));
  assert.ok(ds.perRecipient.length <= 1001, String(ds.perRecipient.length));
});

test('addresses: typed fields, brackets, quotes; whole-address check', () => {
  assert.equal(cleanAddress('rfc822; <Kijitora@Example.JP>'), 'Kijitora@Example.JP');
  assert.equal(cleanAddress('mailto:a.b@example.org.'), 'a.b@example.org');
  assert.equal(cleanAddress('no address'), '');
  assert.deepEqual(findAddresses('a@x.org, A@X.org; b@y.org'), ['a@x.org', 'b@y.org']);
  assert.ok(isAddress('ronald@contoso.com'));
  assert.ok(!isAddress('mail.contoso.com #<x'));
});

test('addresses: an RFC 5321 quoted local part keeps its quotes only when it needs them', () => {
  // hand-written values: consecutive and trailing dots are not a dot-atom, so the quotes stay
  assert.equal(cleanAddress('rfc822; "neko....nyaan...."@example.org'), '"neko....nyaan...."@example.org');
  assert.equal(cleanAddress('<"john doe"@example.org>'), '"john doe"@example.org');
  assert.equal(cleanAddress('<"a\\"b"@example.org>'), '"a\\"b"@example.org');
  // a valid dot-atom inside quotes is the same mailbox as without them
  assert.equal(cleanAddress('rfc822; "kijitora.cat"@example.org'), 'kijitora.cat@example.org');
  // a quoted display name is not a local part
  assert.equal(cleanAddress('"Kijitora Cat" <kijitora@example.org>'), 'kijitora@example.org');
  assert.equal(cleanAddress('"a@example.org" <a@example.org>'), 'a@example.org');
  assert.deepEqual(findAddresses('550 <"x..y"@example.org>... and b@example.net, "b"@example.net'), ['"x..y"@example.org', 'b@example.net']);
});

test('dates to ISO 8601 UTC, garbage to ""', () => {
  assert.equal(toIsoDate('Fri, 21 Nov 2014 14:17:34 -0800'), '2014-11-21T22:17:34.000Z');
  assert.equal(toIsoDate('Thu, 29 Apr 2010 23:34:45 +0900 (JST)'), '2010-04-29T14:34:45.000Z');
  assert.equal(toIsoDate('not a date'), '');
  assert.equal(toIsoDate(''), '');
});

test('SMTP commands from the words around a reply', () => {
  assert.equal(findCommand('said: 550 no such user (in reply to RCPT TO command)'), 'RCPT');
  assert.equal(findCommand('(in reply to end of DATA command)'), 'DATA');
  assert.equal(findCommand('>>> MAIL FROM:<a@b.c>'), 'MAIL');
  assert.equal(findCommand('550 5.2.1 <a@b.c>... User Unknown [RCPT_TO]'), 'RCPT');
  assert.equal(findCommand('nothing'), '');
});

test('a flattened multi-line reply loses the code and status repeated inside the sentence', () => {
  // hand-written replies in the shape Postfix writes them
  assert.equal(joinFlattenedReply('550-5.7.1 [192.0.2.1 13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted.'), '550-5.7.1 [192.0.2.1 13] Messages with multiple addresses in From: header are not accepted.');
  assert.equal(joinFlattenedReply('host mx said: 550-5.7.26 This mail is unauthenticated, 550-5.7.26 which poses a security 550 5.7.26 risk'), 'host mx said: 550-5.7.26 This mail is unauthenticated, which poses a security risk');
  assert.equal(joinFlattenedReply('421-Too many 421-connections from you'), '421-Too many connections from you');
  // a one-line reply, or another status further on, is left alone
  assert.equal(joinFlattenedReply('550 5.1.1 user unknown; 550 5.1.1 again'), '550 5.1.1 user unknown; 550 5.1.1 again');
  assert.equal(joinFlattenedReply('550-5.7.1 first 550 5.7.2 other'), '550-5.7.1 first 550 5.7.2 other');
});
