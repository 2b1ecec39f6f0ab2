// What a standard report states beyond its codes: ndrkit's X-Ndrkit-Reason extension field (the
// reason the report's writer determined) and the reply code of a success notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBounce } from '../../src/index.js';
import { deliveryStatusReport } from '../helpers/delivery-status-report.js';

/** A minimal RFC 3464 report with one recipient group made of `fields`. */
function report(fields: readonly string[]): string {
  return deliveryStatusReport({
    headers: ['From: Mail Delivery System <MAILER-DAEMON@mx.example>', 'To: sender@example.org', 'Subject: Delivery Status Notification'],
    text: 'This is a delivery status notification.',
    fields: ['Reporting-MTA: dns; mx.example', '', 'Final-Recipient: rfc822; kim@example.org', ...fields],
    eol: '\r\n',
  });
}

test('X-Ndrkit-Reason decides the reason over what the standard fields suggest, and is evidence', async () => {
  const { records } = await parseBounce(report(['Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; Connection timed out', 'X-Ndrkit-Reason: expired']));
  const r = records[0]!;
  assert.equal(r.reason, 'expired');
  assert.equal(r.status, '5.0.0');
  assert.ok((r.evidence ?? []).some((e) => e.text === 'X-Ndrkit-Reason: expired'));
  assert.ok((r.evidence ?? []).some((e) => e.where === 'classification' && e.text === 'report:x-ndrkit-reason'));
  assert.equal(r.kbId, null, 'the knowledge-base entry of another reason is not kept');
  // without the field, the same report reads as the standard fields say
  const plain = await parseBounce(report(['Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; Connection timed out']));
  assert.notEqual(plain.records[0]!.reason, 'expired');
});

test('X-Ndrkit-Reason that agrees with the standard fields keeps their reading (entry, owner, hard/soft)', async () => {
  const fields = ['Action: failed', 'Status: 5.1.1', 'Remote-MTA: dns; mx.example.org', 'Diagnostic-Code: smtp; 550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown'];
  const plain = (await parseBounce(report(fields))).records[0]!;
  const stated = (await parseBounce(report([...fields, 'X-Ndrkit-Reason: userunknown']))).records[0]!;
  assert.equal(plain.reason, 'userunknown');
  for (const k of ['reason', 'kbId', 'owner', 'hardBounce'] as const) assert.equal(stated[k], plain[k], k);
});

test('X-Ndrkit-Reason: case and spaces tolerated; unknown ids and record kinds ignored', async () => {
  const base = ['Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full'];
  assert.equal((await parseBounce(report([...base, 'X-Ndrkit-Reason:  MailboxFull ']))).records[0]!.reason, 'mailboxfull');
  for (const value of ['userunknown; drop table', 'constructor', '__proto__', 'delivered', 'feedback', 'vacation', '']) {
    const r = (await parseBounce(report([...base, `X-Ndrkit-Reason: ${value}`]))).records[0]!;
    assert.equal(r.reason, 'mailboxfull', `value ${JSON.stringify(value)}`);
    assert.ok(!(r.evidence ?? []).some((e) => e.text.startsWith('X-Ndrkit-Reason')), `value ${JSON.stringify(value)} is not evidence`);
  }
});

test('a success action stays a delivery whatever X-Ndrkit-Reason says', async () => {
  const r = (await parseBounce(report(['Action: delivered', 'Status: 2.0.0', 'Diagnostic-Code: smtp; 250 2.0.0 Ok', 'X-Ndrkit-Reason: userunknown']))).records[0]!;
  assert.equal(r.reason, 'delivered');
  assert.equal(r.kind, 'delivered');
});

test('a success notice carries the server\'s 250 (a greeting before it is skipped); a failure never does', async () => {
  const ok = (await parseBounce(report(['Action: delivered', 'Status: 2.0.0', 'Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 9A8B7C']))).records[0]!;
  assert.equal(ok.replyCode, '250');
  const greeted = (await parseBounce(report(['Action: relayed', 'Status: 2.0.0', 'Diagnostic-Code: smtp; 220 mx.example ESMTP then 250 accepted']))).records[0]!;
  assert.equal(greeted.replyCode, '250');
  const failed = (await parseBounce(report(['Action: failed', 'Status: 5.0.0', 'Diagnostic-Code: smtp; 250 accepted, then 550 refused']))).records[0]!;
  assert.equal(failed.replyCode, '550');
});
