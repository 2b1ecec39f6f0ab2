// composeNdr checks every option before writing anything: each mistake throws an NdrkitError whose
// `field` names the option at fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeNdr, NdrkitError } from '../../src/index.js';
import type { ComposeNdrOptions, NdrRecipient } from '../../src/index.js';
import { fixedOptions } from './helpers.js';

function withRecipient(over: Record<string, unknown>): ComposeNdrOptions {
  const base = fixedOptions();
  return { ...base, recipients: [{ ...base.recipients[0]!, ...over } as NdrRecipient] };
}

function assertRejects(options: unknown, field: string, message?: RegExp): void {
  assert.throws(
    () => composeNdr(options as ComposeNdrOptions),
    (err: unknown) => {
      assert.ok(err instanceof NdrkitError, 'an NdrkitError');
      assert.equal(err.code, 'ERR_INVALID_OPTION');
      assert.equal(err.field, field);
      assert.ok(err.message.includes(field), 'the message names the field');
      if (message) assert.match(err.message, message);
      return true;
    },
  );
}

test('valid options compose without error', () => {
  assert.ok(composeNdr(fixedOptions()).length > 1000);
});

test('an invalid status code names recipients[i].status', () => {
  for (const status of ['5.1', '6.1.1', '5.1.1.1', '550', 'x.y.z', '5.1000.1', ' ']) {
    assertRejects(withRecipient({ status }), 'recipients[0].status');
  }
});

test('a status class that does not fit the action is refused', () => {
  assertRejects(withRecipient({ action: 'delayed', status: '5.1.1' }), 'recipients[0].status', /does not fit/);
  assertRejects(withRecipient({ action: 'delivered', status: '4.4.1' }), 'recipients[0].status', /does not fit/);
  assertRejects(withRecipient({ action: 'failed', status: '2.0.0' }), 'recipients[0].status', /does not fit/);
});

test('an address with CR or LF is refused as header injection', () => {
  assertRejects(withRecipient({ recipient: 'ronald@contoso.com\r\nBcc: victim@example.com' }), 'recipients[0].recipient', /CR or LF/);
  assertRejects(withRecipient({ originalRecipient: 'a@b.example\nX: y' }), 'recipients[0].originalRecipient', /CR or LF/);
  assertRejects(fixedOptions({ to: 'sam@alpineskihouse.com\r\nBcc: x@y.example' }), 'to', /CR or LF/);
});

test('an RFC 5321 quoted local part is an address; unquoted specials and brackets in quotes are not', () => {
  // hand-written addresses
  const ok = composeNdr(withRecipient({ recipient: '"john..doe"@contoso.com' }));
  assert.ok(ok.includes('"john..doe"@contoso.com'));
  assertRejects(withRecipient({ recipient: 'john doe@contoso.com' }), 'recipients[0].recipient', /not an email address/);
  assertRejects(withRecipient({ recipient: '"a<b"@contoso.com' }), 'recipients[0].recipient', /not an email address/);
  assertRejects(withRecipient({ recipient: '"a"b@contoso.com' }), 'recipients[0].recipient', /not an email address/);
});

test('header injection through other header-bound options is refused', () => {
  assertRejects(fixedOptions({ subject: 'Hi\r\nBcc: victim@example.com' }), 'subject', /CR or LF/);
  assertRejects(fixedOptions({ from: 'Postmaster <postmaster@a.example>\nBcc: x@y.example' }), 'from', /CR or LF/);
  assertRejects(fixedOptions({ reportingMta: 'mx.example.org\r\nX-Evil: 1' }), 'reportingMta');
  assertRejects(withRecipient({ remoteMta: 'mx.contoso.com\r\nX-Evil: 1' }), 'recipients[0].remoteMta');
  assertRejects(fixedOptions({ messageId: 'a@b\r\nX: y' }), 'messageId');
  assertRejects(fixedOptions({ boundary: 'b\r\nX: y' }), 'boundary');
  assertRejects(fixedOptions({ envelopeId: 'id\nX: y' }), 'envelopeId');
  assertRejects(fixedOptions({ serviceName: 'Contoso\u0000' }), 'serviceName', /control/);
});

test('a multi-line SMTP reply in diagnosticCode is joined into one line, not refused', () => {
  const raw = composeNdr(withRecipient({ diagnosticCode: 'smtp; 550-5.7.26 Unauthenticated email is not accepted\r\n550 5.7.26 from this domain.' }));
  const unfolded = raw.replace(/\r\n[ \t]/g, ' ');
  assert.match(unfolded, /\r\nDiagnostic-Code: smtp; 550-5\.7\.26 Unauthenticated email is not accepted 550 5\.7\.26 from this domain\.\r\n/);
});

test('malformed addresses and hosts are refused', () => {
  assertRejects(withRecipient({ recipient: 'ronald' }), 'recipients[0].recipient', /not an email address/);
  assertRejects(withRecipient({ recipient: 'ron ald@contoso.com' }), 'recipients[0].recipient');
  assertRejects(withRecipient({ recipient: '<ronald@contoso.com>' }), 'recipients[0].recipient');
  assertRejects(fixedOptions({ reportingMta: 'not a host' }), 'reportingMta');
  assertRejects(fixedOptions({ reportingMta: '-bad.example' }), 'reportingMta');
  assertRejects(fixedOptions({ from: 'Postmaster <not-an-address>' }), 'from');
});

test('missing required fields are named', () => {
  assertRejects({ ...fixedOptions(), reportingMta: undefined }, 'reportingMta', /required/);
  assertRejects({ ...fixedOptions(), recipients: [] }, 'recipients');
  assertRejects({ ...fixedOptions(), recipients: undefined }, 'recipients');
  assertRejects(withRecipient({ recipient: undefined }), 'recipients[0].recipient', /required/);
  assertRejects(withRecipient({ action: undefined }), 'recipients[0].action', /required/);
  assertRejects(null, 'options');
});

test('a missing status becomes the undefined code of the class (RFC 3464 requires one)', () => {
  const status = (over: Record<string, unknown>): string => /\r\nStatus: (\S+)\r\n/.exec(composeNdr(withRecipient(over)))![1]!;
  assert.equal(status({ status: undefined, diagnosticCode: 'smtp; 550 User unknown' }), '5.0.0');
  assert.equal(status({ status: undefined, diagnosticCode: 'smtp; 452 Try later' }), '4.0.0', 'a 4xx failure (retries ran out)');
  assert.equal(status({ status: undefined, diagnosticCode: undefined }), '5.0.0');
  assert.equal(status({ status: undefined, action: 'delayed', diagnosticCode: 'smtp; 550 odd' }), '4.0.0', 'the class must fit the action');
  assert.equal(status({ status: '', action: 'delivered', diagnosticCode: undefined }), '2.0.0');
});

test('no report address anywhere is an error naming `to`', () => {
  assertRejects(fixedOptions({ originalMessage: 'Subject: x\r\n\r\nbody' }), 'to', /required/);
  // With `to` given, the same original is fine.
  assert.ok(composeNdr(fixedOptions({ originalMessage: 'Subject: x\r\n\r\nbody', to: 'sam@alpineskihouse.com' })));
});

test('an original with a null reverse-path (a report itself) is not reported on by default', () => {
  assertRejects(fixedOptions({ originalMessage: 'Return-Path: <>\r\n' + 'From: MAILER-DAEMON@x.example\r\nSubject: Undeliverable\r\n\r\nx' }), 'to', /empty envelope sender/);
});

test('wrong types and values of the other options are named', () => {
  assertRejects(withRecipient({ action: 'bounced' }), 'recipients[0].action', /one of/);
  assertRejects(withRecipient({ replyCode: '55' }), 'recipients[0].replyCode');
  assertRejects(withRecipient({ reason: 'nosuchreason' }), 'recipients[0].reason');
  assertRejects(withRecipient({ command: 'RCPT TO\r\nX: y' }), 'recipients[0].command');
  assertRejects(withRecipient({ command: 'VRFY' }), 'recipients[0].command', /one of/);
  assertRejects(withRecipient({ lastAttemptDate: 'yesterday-ish' }), 'recipients[0].lastAttemptDate', /date/);
  assertRejects(withRecipient({ willRetryUntil: 'soon' }), 'recipients[0].willRetryUntil', /date/);
  assertRejects(fixedOptions({ arrivalDate: 'not a date' }), 'arrivalDate', /date/);
  assertRejects(fixedOptions({ date: new Date(Number.NaN) }), 'date', /date/);
  assertRejects(fixedOptions({ locale: 'xx' as never }), 'locale');
  assertRejects(fixedOptions({ returnContent: 'body' as never }), 'returnContent');
  assertRejects(fixedOptions({ maxOriginalBytes: 10 }), 'maxOriginalBytes');
  assertRejects(fixedOptions({ originalMessage: 42 as never }), 'originalMessage');
  assertRejects(withRecipient({ explanation: 'text' }), 'recipients[0].explanation');
});

test('the second recipient is named by its index', () => {
  const base = fixedOptions();
  const second = { recipient: 'b@contoso.com', action: 'failed', status: '5.1.1\n' } as NdrRecipient;
  assertRejects({ ...base, recipients: [base.recipients[0]!, second] }, 'recipients[1].status');
});
