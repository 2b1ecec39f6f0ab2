// The fallback for a delivery-status report whose DSN part has no per-recipient fields: it names
// the returned message's only recipient, and makes no guess otherwise. Messages here are
// hand-written for the test, except the one real Postfix report in the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { returnedRecipient } from '../../src/detectors/returned-recipient.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes } from '../helpers/corpus.js';
import { deliveryStatusReport } from '../helpers/delivery-status-report.js';

/** A report whose delivery-status part has only per-message fields, returning a message with `returnedHeaders`. */
function report(subject: string, returnedHeaders: string): string {
  return deliveryStatusReport({
    headers: ['From: MAILER-DAEMON@mx.example.net (Mail Delivery System)', `Subject: ${subject}`, 'To: sender@example.net'],
    text: 'Your message could not be delivered.',
    fields: ['Reporting-MTA: dns; mx.example.net', 'Arrival-Date: Mon, 16 Dec 2019 14:12:15 +0100'],
    returned: `${returnedHeaders}\n\nhello`,
  });
}

test('a failure report with a recipient-less DSN part: the returned message\'s only To address', () => {
  const d = returnedRecipient.detect(parseMessage(report('Undelivered Mail Returned to Sender', 'From: sender@example.net\nTo: Bob <bob@example.org>\nSubject: hi')));
  assert.ok(d);
  assert.deepEqual(d.recipients.map((r) => [r.recipient, r.action]), [['bob@example.org', 'failed']]);
  assert.equal(d.reportingMta, 'mx.example.net');
  assert.match(d.warnings?.[0] ?? '', /names no recipient/);
  const delayed = returnedRecipient.detect(parseMessage(report('Delayed Mail (still being retried)', 'To: bob@example.org')));
  assert.equal(delayed?.recipients[0]?.action, 'delayed');
});

test('no guess: several addresses, a Cc, no failure subject, or no DSN part', () => {
  assert.equal(returnedRecipient.detect(parseMessage(report('Undelivered Mail Returned to Sender', 'To: bob@example.org, carol@example.org'))), null);
  assert.equal(returnedRecipient.detect(parseMessage(report('Undelivered Mail Returned to Sender', 'To: bob@example.org\nCc: carol@example.org'))), null);
  assert.equal(returnedRecipient.detect(parseMessage(report('Re: our meeting', 'To: bob@example.org'))), null);
  assert.equal(returnedRecipient.detect(parseMessage('Subject: Undelivered Mail Returned to Sender\nTo: a@example.net\n\nTo: bob@example.org\n')), null);
});

test('real Postfix "Delivery report unavailable": one record, reason undefined, and the warning', () => {
  const r = parseBounceSync(corpusBytes('lhost-postfix-64.eml'), { file: 'lhost-postfix-64.eml' });
  assert.deepEqual(r.records.map((x) => [x.recipient, x.reason, x.hardBounce, x.detector]), [['xxxx@wanadoo.fr', 'undefined', false, 'returned-recipient']]);
  assert.ok(r.warnings.some((w) => w.includes('only To address')));
});
