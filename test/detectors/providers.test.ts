// Expectation table for the provider and ESP bounces: Amazon SES (JSON notifications and DSNs,
// also Amazon WorkMail and SES receiving), Gmail, Google Groups, Google Workspace, Yahoo,
// Outlook.com, Office 365, SendGrid, PowerMTA, Verizon, the Gmail-written rfc3464-* files (their
// reasons come from the Google rows of the remote-host rules), Smail's rfc3464-37 and the
// rfc3834-* auto-replies. The other rfc3464-* files are the standard readers' and are scored by
// test/parse/corpus.test.ts. Row: file, recipient, detector ('' = whichever standard reader),
// status, reply code, reason, hard bounce.
//
// Rows are ndrkit's verdicts. Where Sisimai's expected.json disagrees we keep ours, because:
// - lhost-gmail-03 "554 5.7.0 Header error (state 18)": a 5.7.x refusal of the headers is a policy
//   refusal (policyviolation, as Sisimai itself says for the same words in lhost-exim-03 and
//   lhost-sendmail-09); Sisimai says filtered here from Gmail's state number.
// - lhost-googleworkspace-01: Gmail's X-Failed-Recipients names the failed recipient and the
//   response is "Smtp server does not advertise AUTH capability" (the 'Send mail as' relay could
//   not authenticate: securityerror). Sisimai takes the original To and says rejected.
// - lhost-office365-08 "550 5.4.316 Message expired, connection refused": the knowledge base
//   (Exchange Online's reference, the authority for its codes) says connection refused =
//   networkerror; Sisimai says expired and gives no recipient although the DSN names one.
// - lhost-powermta-03 "550 5.2.1 <...>... User Unknown" with no SMTP stage named: mailbox wording
//   outside RCPT TO with a non-address status is a recipient filter (src/classify/rules/smtp-stage.ts);
//   Sisimai says suspend (from 5.2.1) here but filtered for the same reply in lhost-sendmail-02 and
//   lhost-zoho-02.
// - lhost-verizon-02 "550 Requested action not taken: no such user here", no stage, no status:
//   filtered by the same rule; Sisimai says userunknown here and filtered for the same words in
//   lhost-apachejames-01.
// - lhost-receivingses-06 "500 5.6.1 Message content rejected": content refused (filtered); nothing
//   in it says spam, which Sisimai says.
// - lhost-receivingses-08 "552 5.2.3 Message length exceeds limit set by recipient": a size limit
//   (mesgtoobig; 5.2.3 is "message length exceeds administrative limit"); Sisimai says exceedlimit.
// - lhost-yahoo-09 "No mx record found for domain=libsisimai.org": the domain has no mail host
//   (hostunknown); Sisimai says notaccept (the domain happens to publish a null MX, which the
//   reply does not say).
// - lhost-yahoo-13 "Unable to deliver message after multiple retries, giving up.": retries ran out
//   (expired); Sisimai says systemerror.
// - rfc3464-57: au's "550 : User unknown" reception filter (kddi-filtered), now that rules read the
//   host name out of the annotated Remote-MTA value.
// Not here: lhost-office365-02 / rfc3464-38, which only the generic text reader (parser core)
// reads. rfc3464-37 is a Smail 3 report (smail detector); Sisimai found no address in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amazonSes } from '../../src/detectors/amazon-ses.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import type { ReasonId } from '../../src/kb/reasons.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes } from '../helpers/corpus.js';

/** [file, recipient, detector ('' = any), status, reply code, reason, hard bounce] */
const TABLE: readonly [string, string | null, string, string, string, ReasonId, boolean][] = [
  ['lhost-amazonses-03.eml', 'kijitora@example.jp', 'amazon-ses', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-amazonses-05.eml', 'bounce@simulator.amazonses.com', 'amazon-ses', '5.1.1', '550', 'userunknown', true],
  ['lhost-amazonses-06.eml', 'bounce@simulator.amazonses.com', 'amazon-ses', '5.1.1', '550', 'userunknown', true],
  ['lhost-amazonses-07.eml', '6@neko.nyaan.example.org', 'amazon-ses', '5.7.6', '550', 'securityerror', false],
  ['lhost-amazonses-09.eml', 'bounce@simulator.amazonses.com', 'amazon-ses', '5.1.1', '550', 'userunknown', true],
  ['lhost-amazonses-10.eml', 'bounce@simulator.amazonses.com', 'amazon-ses', '5.1.1', '550', 'userunknown', true],
  ['lhost-amazonses-11.eml', 'complaint@simulator.amazonses.com', 'amazon-ses', '', '', 'feedback', false],
  ['lhost-amazonses-12.eml', 'success@simulator.amazonses.com', 'amazon-ses', '2.6.0', '250', 'delivered', false],
  ['lhost-amazonses-13.eml', 'complaint@simulator.amazonses.com', 'amazon-ses', '2.6.0', '250', 'delivered', false],
  ['lhost-amazonses-14.eml', 'sironeko@neko.example.org', 'amazon-ses', '5.7.1', '554', 'blocked', false],
  ['lhost-amazonses-15.eml', 'kijitora@neko.example.com', 'amazon-ses', '5.7.1', '554', 'blocked', false],
  ['lhost-amazonses-16.eml', 'kijitora@example.com', 'amazon-ses', '5.7.1', '521', 'blocked', false],
  ['lhost-amazonses-19.eml', 'kijitora@example.com', 'amazon-ses', '5.7.1', '550', 'suspend', false],
  ['lhost-amazonses-21.eml', 'kijitora@example.com', 'amazon-ses', '5.7.1', '554', 'norelaying', false],
  ['lhost-amazonworkmail-01.eml', 'kijitora@example.jp', 'amazon-ses', '5.1.1', '550', 'userunknown', true],
  ['lhost-amazonworkmail-03.eml', 'kuroneko@example.org', 'amazon-ses', '5.3.5', '550', 'systemerror', false],
  ['lhost-amazonworkmail-04.eml', 'chatoraneko@example.jp', 'amazon-ses', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-amazonworkmail-05.eml', 'sabatora@example.libsisimai.org', 'amazon-ses', '4.4.2', '421', 'expired', false],
  ['lhost-amazonworkmail-08.eml', 'kijitora@libsisimai.org', 'amazon-ses', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-gmail-01.eml', 'userunknown@example.jp', 'gmail', '5.1.1', '550', 'userunknown', true],
  ['lhost-gmail-03.eml', 'kijitora@example.co.jp', 'gmail', '5.7.0', '554', 'policyviolation', false], // Sisimai: reason filtered
  ['lhost-gmail-04.eml', 'kijitora@example.com', 'gmail', '5.7.1', '554', 'blocked', false],
  ['lhost-gmail-06.eml', 'kijitora@example.jp', 'gmail', '4.2.2', '450', 'mailboxfull', false],
  ['lhost-gmail-07.eml', 'kijitora@example.ed.jp', 'gmail', '', '500', 'failedstarttls', false],
  ['lhost-gmail-08.eml', 'kijitora@example.com', 'gmail', '', '', 'expired', false],
  ['lhost-gmail-15.eml', 'mikeneko@libsisimai.org', 'gmail', '', '', 'expired', false],
  ['lhost-gmail-16.eml', 'mailboxfull@bouncehammer.jp', 'gmail', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-gmail-17.eml', 'mikeneko@libsisimai.org', 'gmail', '', '', 'expired', false],
  ['lhost-gmail-19.eml', 'neko-nyaan@google.example.com', 'gmail', '', '', 'mailboxfull', false],
  ['lhost-googlegroups-01.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-02.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-03.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-04.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-05.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-09.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-10.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-12.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-13.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googlegroups-14.eml', 'libsisimai@googlegroups.com', 'google-groups', '', '', 'rejected', false],
  ['lhost-googleworkspace-01.eml', 'neko-nyaan-cat-meeting@google-groups.example.com', 'gmail', '', '', 'securityerror', false], // Sisimai: reason rejected, rcpt nekochan@example.co.jp
  ['lhost-office365-03.eml', 'kijitora@example.com', '', '5.1.0', '550', 'authfailure', false],
  ['lhost-office365-05.eml', 'kijitora@example.jp', '', '5.1.8', '501', 'rejected', false],
  ['lhost-office365-06.eml', 'neko@libsisimai.org', '', '5.4.312', '550', 'networkerror', false],
  ['lhost-office365-08.eml', 'nyaan@neko.example.jp', '', '5.4.316', '550', 'networkerror', false], // Sisimai: reason expired, rcpt null
  ['lhost-office365-09.eml', 'azumakuniyuki@example.ne.jp', '', '5.1.351', '550', 'userunknown', true],
  ['lhost-office365-10.eml', 'azumakuniyuki@example.ne.jp', '', '5.1.351', '550', 'userunknown', true],
  ['lhost-office365-11.eml', 'kijitora@cr3.neko.nyaan.jp', '', '5.1.1', '550', 'userunknown', true],
  ['lhost-office365-12.eml', 'kijitora@cr.neko.nyaan.jp', '', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-outlook-01.eml', 'kijitora@example.jp', '', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-outlook-02.eml', 'kijitora@example.jp', '', '5.1.1', '550', 'userunknown', true],
  ['lhost-outlook-04.eml', 'sabineko@example.co.jp', '', '5.1.1', '550', 'userunknown', true],
  ['lhost-outlook-04.eml', 'mikeneko@example.co.jp', '', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-outlook-08.eml', 'kijitora@hotmail.example.com', '', '5.5.0', '550', 'userunknown', true],
  ['lhost-powermta-02.eml', 'kijitora@example.com', '', '5.0.0', '554', 'userunknown', true],
  ['lhost-powermta-03.eml', 'kijitora@libsisimai.org', '', '5.2.1', '550', 'filtered', false], // Sisimai: suspend (see top)
  ['lhost-receivingses-01.eml', 'userunknown@neko.example.jp', '', '5.1.1', '550', 'userunknown', true],
  ['lhost-receivingses-03.eml', 'temperror@neko.example.jp', '', '4.0.0', '450', 'onhold', false],
  ['lhost-receivingses-05.eml', 'exceedlimit@neko.example.jp', '', '5.3.4', '552', 'mesgtoobig', false],
  ['lhost-receivingses-06.eml', 'contenterror@neko.example.jp', '', '5.6.1', '500', 'filtered', false], // Sisimai: reason spamdetected
  ['lhost-receivingses-07.eml', 'neko@neko.example.jp', '', '5.2.0', '550', 'filtered', false],
  ['lhost-receivingses-08.eml', 'jp1rb6cm3@mozmail.com', '', '5.2.3', '552', 'mesgtoobig', false], // Sisimai: reason exceedlimit
  ['lhost-sendgrid-02.eml', 'this-local-part-does-not-exist-on-the-server@example.jp', 'sendgrid', '5.1.1', '550', 'userunknown', true],
  ['lhost-sendgrid-03.eml', 'kijitora@example.org', 'sendgrid', '', '', 'expired', false],
  ['lhost-verizon-01.eml', '0000000000@vzwpix.com', 'verizon', '', '', 'userunknown', true],
  ['lhost-verizon-02.eml', 'may-be-straycat-nyaaaaaan@vtext.com', 'verizon', '', '550', 'filtered', false],
  ['lhost-yahoo-01.eml', 'kijitora@example.org', 'yahoo', '5.1.1', '550', 'userunknown', true],
  ['lhost-yahoo-02.eml', 'kijitora@example.ed.jp', 'yahoo', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-yahoo-03.eml', 'kijitora@example.jp', 'yahoo', '5.1.1', '550', 'userunknown', true],
  ['lhost-yahoo-04.eml', 'kijitora@example.co.jp', 'yahoo', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-yahoo-05.eml', 'kijitora@example.co.jp', 'yahoo', '5.2.1', '550', 'userunknown', true],
  ['lhost-yahoo-08.eml', 'mailboxfull@libsisimai.org', 'yahoo', '5.2.2', '550', 'mailboxfull', false],
  ['lhost-yahoo-09.eml', 'neko@libsisimai.org', 'yahoo', '', '', 'hostunknown', true], // Sisimai: reason notaccept
  ['lhost-yahoo-11.eml', 'kijitora@example.jp', 'yahoo', '5.1.8', '501', 'rejected', false],
  ['lhost-yahoo-13.eml', 'neko@sijo.example.jp', 'yahoo', '', '', 'expired', false], // Sisimai: reason systemerror
  ['lhost-yahoo-14.eml', 'kijitora@example.org', 'yahoo', '', '554', 'blocked', false],
  ['rfc3464-37.eml', 'kijitora@neko.nyaan.example.com', 'smail', '', '', 'hostunknown', true],
  ['rfc3464-52.eml', 'neko@libsisimai.org', '', '4.0.0', '', 'notaccept', false],
  ['rfc3464-55.eml', 'sotoneko@nora.nyaan.jp', '', '4.4.1', '', 'expired', false],
  ['rfc3464-56.eml', 'siro@neko1.nyaan.jp', '', '4.4.1', '', 'expired', false],
  ['rfc3464-57.eml', 'otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '', '5.0.0', '550', 'filtered', false],
  ['rfc3464-59.eml', 'neko@libsisimai.org', '', '4.0.0', '', 'notaccept', false],
  ['rfc3464-60.eml', 'kijitora@example.jp', '', '5.1.8', '501', 'rejected', false],
  ['rfc3464-61.eml', 'kijitora@example.com', '', '5.0.0', '', 'spamdetected', false],
  ['rfc3464-62.eml', 'nekonyaan@gmal.com', '', '4.0.0', '', 'networkerror', false],
  ['rfc3464-63.eml', 'libsisimai-2@googlegroups.com', '', '5.1.1', '550', 'userunknown', true],
  ['rfc3464-64.eml', 'maildebug@example.jpn', '', '4.0.0', '', 'networkerror', false],
  ['rfc3464-65.eml', 'kijitora@example.it', 'gmail', '5.0.0', '', 'userunknown', true],
  ['rfc3834-01.eml', 'kijitora@example.net', '', '', '', 'vacation', false],
  ['rfc3834-03.eml', 'kijitora@apple.example.com', '', '', '', 'vacation', false],
  ['rfc3834-04.eml', 'kijitora@example.org', '', '', '', 'vacation', false],
];

test('provider bounces: recipient, detector, status, reply code, reason, hard bounce', () => {
  const seen = new Map<string, number>();
  for (const [file, recipient, detector, status, replyCode, reason, hard] of TABLE) {
    const { records } = parseBounceSync(corpusBytes(file), { file });
    // Rows of one file come in record order; a recipient may appear more than once.
    const key = `${file} ${String(recipient)}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const rec = records.filter((r) => r.recipient === recipient)[nth];
    assert.ok(rec, `${file}: no record for ${String(recipient)} (got ${records.map((r) => r.recipient).join(', ')})`);
    if (detector !== '') assert.equal(rec.detector, detector, `${file}: detector`);
    assert.deepEqual(
      { status: rec.status, replyCode: rec.replyCode, reason: rec.reason, hardBounce: rec.hardBounce },
      { status, replyCode, reason, hardBounce: hard },
      file,
    );
  }
});

test("Gmail: the stage in '(state N)' becomes the command, the rejecting host the remote MTA", () => {
  const got = (file: string) => parseBounceSync(corpusBytes(file), { file }).records.map((r) => [r.command, r.remoteMta, r.reportingMta]);
  assert.deepEqual(got('lhost-gmail-06.eml'), [['RCPT', '', 'googlemail.com']]); // "... Mailbox Full (state 14)"
  assert.deepEqual(got('lhost-gmail-03.eml'), [['DATA', '', 'googlemail.com']]); // "... Header error (state 18)"
  assert.deepEqual(got('lhost-gmail-01.eml'), [['', 'mx.example.jp', 'googlemail.com']]); // "... by mx.example.jp. [192.0.2.153]"
});

const SES_BOUNCE = {
  notificationType: 'Bounce',
  bounce: {
    bounceType: 'Permanent',
    bounceSubType: 'OnAccountSuppressionList',
    bouncedRecipients: [{ emailAddress: 'gone@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'Amazon SES did not send the message to this address because it is on the suppression list for your account.' }],
    timestamp: '2024-01-02T03:04:05.000Z',
    reportingMTA: 'dns; email.example.amazonses.com',
  },
  mail: { messageId: '0100018c-abc', headers: [{ name: 'Subject', value: 'Hello' }, { name: 'From', value: 'sender@example.com' }] },
};

test('SES: a notification pasted as bare JSON is read, and a suppression sub-type is the reason', () => {
  const { records } = parseBounceSync(JSON.stringify(SES_BOUNCE, null, 2));
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.equal(r.detector, 'amazon-ses');
  assert.equal(r.recipient, 'gone@example.org');
  assert.equal(r.reason, 'suppressed');
  assert.equal(r.hardBounce, true);
  assert.equal(r.reportingMta, 'email.example.amazonses.com');
  assert.equal(r.original.subject, 'Hello');
});

test('SES: the SNS envelope (Message as an escaped string) and a complaint', () => {
  const complaint = { notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'r@example.org' }], complaintFeedbackType: 'abuse', timestamp: '2024-01-02T03:04:05.000Z' }, mail: { messageId: 'x' } };
  const sns = JSON.stringify({ Type: 'Notification', MessageId: 'm', Message: JSON.stringify(complaint) });
  const mail = `From: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message\nx-amz-sns-message-id: m\n\n${sns}\n`;
  const { records } = parseBounceSync(mail);
  assert.equal(records.length, 1);
  assert.equal(records[0]!.kind, 'feedback');
  assert.equal(records[0]!.reason, 'feedback');
  assert.equal(records[0]!.feedbackType, 'abuse');
});

test('SES: event publishing DeliveryDelay and Reject events', () => {
  const delay = {
    eventType: 'DeliveryDelay',
    mail: { messageId: 'x', destination: ['late@example.org'] },
    deliveryDelay: {
      timestamp: '2024-01-02T03:04:05.000Z',
      delayType: 'MailboxFull',
      expirationTime: '2024-01-03T03:04:05.000Z',
      delayedRecipients: [{ emailAddress: 'late@example.org', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 Mailbox full' }],
    },
  };
  const d = parseBounceSync(JSON.stringify(delay)).records;
  assert.equal(d.length, 1);
  assert.deepEqual([d[0]!.kind, d[0]!.recipient, d[0]!.status, d[0]!.reason, d[0]!.hardBounce], ['delay', 'late@example.org', '4.2.2', 'mailboxfull', false]);
  const reject = { eventType: 'Reject', mail: { messageId: 'y', destination: ['a@example.org', 'b@example.org'] }, reject: { reason: 'Bad content' } };
  const j = parseBounceSync(JSON.stringify(reject)).records;
  assert.deepEqual(j.map((r) => [r.recipient, r.reason]), [['a@example.org', 'virusdetected'], ['b@example.org', 'virusdetected']]);
});

test('SES: other JSON, and mail that merely mentions SES, are not claimed', () => {
  assert.equal(amazonSes.detect(parseMessage('{"notificationType": 3}')), null);
  assert.equal(amazonSes.detect(parseMessage('{"hello": "world", "eventType": "click"}')), null);
  assert.equal(amazonSes.detect(parseMessage('From: a@example.org\nSubject: our SES setup\n\nWe send through amazonses.com now.\n')), null);
});
