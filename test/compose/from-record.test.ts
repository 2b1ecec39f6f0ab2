// ndrRecipientFromRecord: a parsed delivery record becomes a composeNdr recipient entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeNdr, ndrRecipientFromRecord } from '../../src/index.js';
import type { DeliveryRecord } from '../../src/index.js';

const RECORD: DeliveryRecord = {
  file: 'x.eml',
  recipient: 'kijitora@example.jp',
  kind: 'bounce',
  action: 'failed',
  status: '5.1.1',
  replyCode: '550',
  diagnosticCode: '550 5.1.1 <kijitora@example.jp>... User Unknown',
  reason: 'userunknown',
  hardBounce: true,
  owner: 'sender',
  remoteMta: 'mx.example.jp',
  reportingMta: 'mta.example.org',
  command: 'RCPT',
  date: '2026-11-27T10:00:00.000Z',
  detector: 'sendmail',
  original: { messageId: '', from: '', to: '', subject: '', date: '' },
  kbId: null,
};

test('a failed record maps field for field', () => {
  assert.deepEqual(ndrRecipientFromRecord(RECORD), {
    recipient: 'kijitora@example.jp',
    action: 'failed',
    status: '5.1.1',
    replyCode: '550',
    diagnosticCode: '550 5.1.1 <kijitora@example.jp>... User Unknown',
    remoteMta: 'mx.example.jp',
    command: 'RCPT',
    lastAttemptDate: '2026-11-27T10:00:00.000Z',
    reason: 'userunknown',
  });
});

test('the kind decides when the action is missing; empty fields are left out', () => {
  const delay = ndrRecipientFromRecord({ ...RECORD, kind: 'delay', action: '', status: '', replyCode: '', remoteMta: '', date: '', command: '' });
  assert.deepEqual(delay, { recipient: 'kijitora@example.jp', action: 'delayed', diagnosticCode: RECORD.diagnosticCode, reason: 'userunknown' });
  assert.equal(ndrRecipientFromRecord({ ...RECORD, kind: 'delivered', action: '' })?.action, 'delivered');
});

test('complaints, auto-replies and records without a recipient give null', () => {
  assert.equal(ndrRecipientFromRecord({ ...RECORD, kind: 'feedback', action: '' }), null);
  assert.equal(ndrRecipientFromRecord({ ...RECORD, kind: 'auto-reply', action: '' }), null);
  assert.equal(ndrRecipientFromRecord({ ...RECORD, recipient: null }), null);
});

test('the entry composes', () => {
  const raw = composeNdr({ reportingMta: RECORD.reportingMta, to: 'sender@example.org', recipients: [ndrRecipientFromRecord(RECORD)!] });
  assert.match(raw, /\r\nFinal-Recipient: rfc822; kijitora@example\.jp\r\nAction: failed\r\nStatus: 5\.1\.1\r\nRemote-MTA: dns; mx\.example\.jp\r\n/);
  assert.match(raw.replace(/\r\n /g, ' '), /\r\nDiagnostic-Code: smtp; 550 5\.1\.1 <kijitora@example\.jp>\.\.\. User Unknown \(in reply to RCPT TO command\)\r\n/, 'the command, in Postfix\'s words');
});
