// How email services classify bounces (reference/esp-taxonomies.md): for each category of Amazon
// SES, Postmark, SendGrid, Mailgun, SparkPost and KumoMTA, a typical reply of that category must
// get the matching reason, and hard/soft must agree with the service's split (only "the address
// is bad" is hard; mailbox full, disabled, content, reputation, rate and network are soft).
// Source = esp-taxonomies.md line of the category.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReplyTable, expectedHard, type ReplyRow } from '../../helpers/reply-table.js';

type Reason = ReplyRow['reason'];

/** A category's typical reply; `hard` is the service's verdict (checked against reasons.md below). */
function esp(line: number, category: string, reply: string, reason: Reason, hard: boolean, more: Partial<ReplyRow> = {}): ReplyRow & { readonly espHard: boolean } {
  return { reply, reason, source: `esp-taxonomies.md:${line} ${category}`, espHard: hard, ...more };
}

const RCPT = { command: 'RCPT TO' } as const;
const DATA = { command: 'end of DATA' } as const;

const ROWS = [
  esp(17, 'SES Permanent/NoEmail', '550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in local recipient table', 'userunknown', true, RCPT),
  esp(22, 'SES Transient/MailboxFull', '552 5.2.2 <user@example.org>: Mailbox full', 'mailboxfull', false, RCPT),
  esp(23, 'SES Transient/MessageTooLarge', '552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig', false, DATA),
  esp(24, 'SES Transient/ContentRejected', '550 5.7.1 Message content rejected', 'filtered', false, DATA),
  esp(25, 'SES Transient/AttachmentRejected', '552 5.7.0 Our system detected an illegal attachment on your message.', 'virusdetected', false, { ...DATA, remoteMta: 'gmail-smtp-in.l.google.com' }),
  esp(44, 'Postmark Transient', '451 4.3.0 Temporary server error. Please try again later', 'systemerror', false, DATA),
  esp(49, 'Postmark DnsError', 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again', 'networkerror', false, { status: '4.4.3', action: 'delayed' }),
  esp(50, 'Postmark SpamNotification', '550 5.7.1 Message rejected as spam by Content Filtering.', 'spamdetected', false, DATA),
  esp(53, 'Postmark SoftBounce (mailbox full)', '452 4.2.2 <user@example.org> Quota exceeded (mailbox for user is full)', 'mailboxfull', false, DATA),
  esp(53, 'Postmark SoftBounce (account disabled)', '550 5.2.1 The email account that you tried to reach is disabled.', 'suspend', false, { ...RCPT, remoteMta: 'gmail-smtp-in.l.google.com' }),
  esp(53, 'Postmark SoftBounce (disk full)', '452 4.3.1 Insufficient system storage', 'systemfull', false, RCPT),
  esp(56, 'Postmark BadEmailAddress', '553 5.1.3 <user@@example.org>... Bad recipient address syntax', 'userunknown', true, RCPT),
  esp(60, 'Postmark Blocked', '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org', 'blocked', false, RCPT),
  esp(63, 'Postmark DMARCPolicy', "550 5.7.26 Unauthenticated email from example.net is not accepted due to domain's DMARC policy.", 'authfailure', false, { ...DATA, remoteMta: 'gmail-smtp-in.l.google.com' }),
  esp(75, 'SendGrid Invalid Address (no mailbox)', '550 5.1.1 <user@example.org>... User unknown', 'userunknown', true, RCPT),
  esp(75, 'SendGrid Invalid Address (no domain)', "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.", 'hostunknown', true, { ...RCPT, remoteMta: 'gmail-smtp-in.l.google.com' }),
  esp(78, 'SendGrid Reputation', "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.", 'badreputation', false),
  esp(78, 'SendGrid Frequency or Volume Too High', '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'speeding', false, { ...RCPT, remoteMta: 'gmail-smtp-in.l.google.com' }),
  esp(97, 'Mailgun greylisted', '450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html', 'blocked', false, RCPT),
  esp(96, 'Mailgun old (gave up after retrying)', 'retry timeout exceeded', 'expired', false, { status: '4.4.7' }),
  esp(113, 'SparkPost 10 Invalid Recipient', "Sorry, no mailbox here by that name. (#5.1.1)", 'userunknown', true),
  esp(115, 'SparkPost 21 DNS Failure', 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again', 'networkerror', false, { status: '4.4.3', action: 'delayed' }),
  esp(117, 'SparkPost 23 Too Large', '552 Message size exceeds maximum permitted', 'mesgtoobig', false, DATA),
  esp(118, 'SparkPost 24 Timeout', 'connect to mx.example.org[192.0.2.1]:25: Connection timed out', 'networkerror', false, { status: '4.4.1', action: 'delayed' }),
  esp(123, 'SparkPost 51 Spam Block', '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using bl.spamcop.net', 'blocked', false, RCPT),
  esp(124, 'SparkPost 52 Spam Content', '554 5.7.1 Spam message rejected', 'spamdetected', false, DATA),
  esp(126, 'SparkPost 54 Relaying Denied', '554 5.7.1 <user@example.org>: Relay access denied', 'norelaying', false, RCPT),
  esp(133, 'SparkPost 10 (Office 365 DBEB, reclassified from 50)', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', 'userunknown', true, { ...RCPT, remoteMta: 'example-org.mail.protection.outlook.com' }),
  esp(143, 'KumoMTA InvalidSender', '553 5.1.8 <sender@example.net>... Domain of sender address sender@example.net does not exist', 'rejected', false, { command: 'MAIL FROM' }),
  esp(143, 'KumoMTA MessageExpired', '550 4.4.7 QUEUE.Expired; message expired', 'expired', false, { remoteMta: 'example-org.mail.protection.outlook.com' }),
  esp(145, 'KumoMTA TooManyRecipients', '452 4.5.3 Too many recipients', 'exceedlimit', false, RCPT),
  esp(145, 'KumoMTA VirusRelated', '550 5.7.1 Virus found: Eicar-Test-Signature', 'virusdetected', false, DATA),
  esp(145, 'KumoMTA AuthenticationFailed', '550 5.7.23 SPF validation failed', 'authfailure', false, RCPT),
  esp(143, 'KumoMTA InactiveMailbox', '550 5.2.1 <user@example.org>: Mailbox disabled, not accepting messages', 'suspend', false, RCPT),
  esp(143, 'KumoMTA BadDomain', "Sorry, I couldn't find any host named example.org. (#5.1.2)", 'hostunknown', true),
  esp(144, 'KumoMTA RoutingErrors', '554 5.4.6 Too many hops', 'networkerror', false),
  esp(144, 'KumoMTA ProtocolErrors', '503 5.5.1 Error: need RCPT command', 'syntaxerror', false),
];

test('a typical reply of each ESP category gets the matching reason (DSN and text)', () => assertReplyTable(ROWS));

test("our hard/soft agrees with each service's split for those replies", () => {
  const problems = ROWS.filter((r) => expectedHard(r) !== r.espHard).map((r) => `${r.source}: reasons.md says ${expectedHard(r)}, the service ${r.espHard}`);
  assert.deepEqual(problems, []);
});
