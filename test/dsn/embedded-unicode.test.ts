// RFC 6533 section 3 embedded Unicode characters (`\x{HHHH}`) in delivery-status fields: decoded by
// the field reader, so a downgraded utf-8 address or a non-ASCII reply reads as the writer meant it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEmbeddedUnicode } from '../../src/dsn/embedded-unicode.js';
import { readDeliveryStatus } from '../../src/dsn/delivery-status.js';
import { recipientFieldAddress } from '../../src/dsn/address.js';
import { parseBounce } from '../../src/index.js';
import { deliveryStatusReport } from '../helpers/delivery-status-report.js';

test('escapes decode to their characters, in any case of hex digits and any plane', () => {
  assert.equal(decodeEmbeddedUnicode('\\x{30E6}\\x{30FC}\\x{30B6}@example.jp'), 'ユーザ@example.jp');
  assert.equal(decodeEmbeddedUnicode('m\\x{fc}ller'), 'müller');
  assert.equal(decodeEmbeddedUnicode('\\x{1F4E7} mail'), '📧 mail');
  assert.equal(decodeEmbeddedUnicode('a\\x{2B}b\\x{3D}c\\x{5C}d'), 'a+b=c\\d');
});

test('malformed or non-character escapes stay as written; controls become a space', () => {
  assert.equal(decodeEmbeddedUnicode('plain text'), 'plain text');
  assert.equal(decodeEmbeddedUnicode('\\x{}'), '\\x{}');
  assert.equal(decodeEmbeddedUnicode('\\x{1234567}'), '\\x{1234567}');
  assert.equal(decodeEmbeddedUnicode('\\x{110000}'), '\\x{110000}');
  assert.equal(decodeEmbeddedUnicode('\\x{D800}'), '\\x{D800}');
  assert.equal(decodeEmbeddedUnicode('\\x{30E6'), '\\x{30E6');
  assert.equal(decodeEmbeddedUnicode('\\xFC'), '\\xFC');
  assert.equal(decodeEmbeddedUnicode('a\\x{D}\\x{A}Bcc: x'), 'a  Bcc: x');
});

test('a long run of escapes and unfinished escapes decodes correctly', () => {
  const many = '\\x{41}'.repeat(50_000) + '\\x{'.repeat(50_000);
  const out = decodeEmbeddedUnicode(many);
  assert.equal(out.slice(0, 5), 'AAAAA');
  assert.equal(out.length, 50_000 + 3 * 50_000);
});

test('the delivery-status reader decodes escapes in every field, after unfolding', () => {
  const ds = readDeliveryStatus(
    'Reporting-MTA: dns; mx.example\n\nFinal-Recipient: utf-8; \\x{30E6}\\x{30FC}\\x{30B6}@example.jp\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 \\x{5B9B}\\x{5148}\n \\x{4E0D}\\x{660E}\n',
  );
  const g = ds.perRecipient[0]!;
  assert.equal(g.get('final-recipient'), 'utf-8; ユーザ@example.jp');
  assert.equal(g.get('diagnostic-code'), 'smtp; 550 5.1.1 宛先 不明');
});

test('an internationalised address in a recipient field is taken whole, not its ASCII tail', () => {
  assert.equal(recipientFieldAddress('utf-8; ユーザ@example.jp'), 'ユーザ@example.jp');
  assert.equal(recipientFieldAddress('utf-8; <müller@bücher.example>'), 'müller@bücher.example');
  assert.equal(recipientFieldAddress('rfc822; müller@example.de'), 'müller@example.de');
  assert.equal(recipientFieldAddress('rfc822; <Kijitora@Example.JP>'), 'Kijitora@Example.JP');
  // not one address: the ASCII reader decides
  assert.equal(recipientFieldAddress('rfc822; kijitora@example.jp (日本)'), 'kijitora@example.jp');
});

test('a report written with escapes parses back to the original characters', async () => {
  const raw = deliveryStatusReport({
    headers: ['From: MAILER-DAEMON@mx.example', 'To: sender@example.org', 'Subject: Undeliverable'],
    text: 'Your message could not be delivered.',
    fields: [
      'Reporting-MTA: dns; mx.example',
      '',
      'Final-Recipient: utf-8; \\x{30E6}\\x{30FC}\\x{30B6}@example.jp',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 \\x{5B9B}\\x{5148}\\x{4E0D}\\x{660E}',
    ],
    eol: '\r\n',
  });
  const { records } = await parseBounce(raw);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.recipient, 'ユーザ@example.jp');
  assert.equal(records[0]!.diagnosticCode, '550 5.1.1 宛先不明');
  assert.equal(records[0]!.replyCode, '550');
});
