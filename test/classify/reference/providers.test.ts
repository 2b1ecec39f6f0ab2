// The literal replies of Gmail / Google Workspace, Outlook.com and Yahoo/AOL documented in
// reference/other-providers.md, each run through the parser as a DSN and as a plain-text report.
// Source = other-providers.md line. Providers reuse registry codes with their own meanings
// (Gmail's 5.7.27/5.7.29/5.7.30, Yahoo's 5.7.9), so the remote host is the provider's.
import { test } from 'node:test';
import { assertReplyTable, type ReplyRow } from '../../helpers/reply-table.js';

const GMAIL = 'gmail-smtp-in.l.google.com';
const OUTLOOK = 'outlook-com.olc.protection.outlook.com';
const YAHOO = 'mta7.am0.yahoodns.net';

function gmail(line: number, reply: string, reason: ReplyRow['reason'], more: Partial<ReplyRow> = {}): ReplyRow {
  return { reply, reason, remoteMta: GMAIL, source: `other-providers.md:${line}`, ...more };
}

const GMAIL_ROWS: readonly ReplyRow[] = [
  gmail(66, '421 4.3.0 Temporary System Problem. Try again later', 'systemerror'),
  gmail(67, '421 4.4.5 Server busy, try again later.', 'systemerror'),
  gmail(68, '421 4.7.0 IP not in whitelist for RCPT domain, closing connection.', 'blocked'),
  gmail(69, '421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.', 'badreputation'),
  gmail(71, '421 4.7.0 TLS required for RCPT domain, closing connection.', 'failedstarttls'),
  gmail(72, '421 4.7.0 Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage.', 'toomanyconn'),
  gmail(73, '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address/domain. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.', 'badreputation'),
  gmail(74, '421 4.7.0 This message is suspicious due to the nature of the content or the links within.', 'spamdetected'),
  gmail(75, '421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP.', 'requireptr'),
  gmail(77, "421 4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited.", 'requireptr'),
  gmail(78, '421 4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.', 'authfailure'),
  gmail(79, "451 4.7.26 Unauthenticated email from example.net is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication.", 'authfailure'),
  gmail(80, "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF.", 'authfailure'),
  gmail(81, '421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address.', 'speeding'),
  gmail(81, '421 4.7.28 [192.0.2.25] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.', 'speeding'),
  gmail(82, '421 4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:.', 'speeding'),
  gmail(83, "421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.", 'failedstarttls'),
  gmail(84, "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM.", 'authfailure'),
  gmail(85, "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.", 'authfailure'),
  gmail(86, '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'speeding'),
  gmail(87, '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', 'speeding'),
  gmail(87, '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', 'speeding'),
  gmail(88, '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.', 'speeding'),
  gmail(89, '451 4.3.0 Mail server temporarily rejected message.', 'systemerror'),
  gmail(90, '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.', 'exceedlimit'),
  gmail(91, '451 4.4.2 Timeout - closing connection.', 'networkerror', { action: 'delayed' }),
  gmail(92, '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries.', 'authfailure'),
  gmail(93, '452 4.2.2 The email account that you tried to reach is over quota.', 'mailboxfull'),
  gmail(93, "552 5.2.2 The recipient's inbox is out of storage space.", 'mailboxfull'),
  gmail(94, '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.', 'exceedlimit'),
  gmail(95, '452 4.5.3 Your message has too many recipients.', 'exceedlimit'),
  gmail(96, '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.', 'syntaxerror'),
  gmail(97, '454 4.7.0 Too many login attempts, please try again later.', 'securityerror'),
  gmail(100, '501 5.5.4 HELO/EHLO argument is invalid, please review this article.', 'syntaxerror'),
  gmail(101, '502 5.5.1 Unrecognized command.', 'syntaxerror'),
  gmail(102, '530 5.7.0 Must issue a STARTTLS command first.', 'failedstarttls'),
  gmail(102, '530 5.5.1 Authentication Required. Learn more here.', 'securityerror'),
  gmail(103, '535 5.7.8 Username and Password not accepted.', 'securityerror'),
  gmail(104, "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.", 'userunknown'),
  gmail(105, '550 5.2.1 The email account that you tried to reach is disabled.', 'suspend'),
  gmail(105, '550 5.2.1 The email account that you tried to reach is inactive.', 'suspend'),
  gmail(106, '550 5.4.5 Daily sending quota exceeded.', 'speeding'),
  gmail(106, '550 5.4.5 Daily SMTP relay limit exceeded for user.', 'speeding'),
  gmail(107, '550 5.7.0 Mail relay denied.', 'norelaying'),
  gmail(109, '550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.', 'badreputation'),
  gmail(110, '550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.', 'spamdetected'),
  gmail(111, "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.", 'blocked'),
  gmail(112, '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.', 'policyviolation'),
  gmail(113, '550 5.7.1 Unauthenticated email is not accepted from this domain.', 'authfailure'),
  gmail(114, '550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.', 'notcompliantrfc'),
  gmail(114, '550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers.', 'notcompliantrfc'),
  gmail(114, '550 5.7.1 Messages missing a valid Message-ID: header are not accepted.', 'notcompliantrfc'),
  gmail(115, '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.', 'requireptr'),
  gmail(116, '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.', 'authfailure'),
  gmail(116, '550 5.7.26 This email has been blocked because the sender is unauthenticated.', 'authfailure'),
  gmail(117, "550 5.7.26 Unauthenticated email from example.net is not accepted due to domain's DMARC policy. Please contact the administrator of example.net domain.", 'authfailure'),
  gmail(118, '550 5.7.26 The MAIL FROM domain [example.net] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.25].', 'authfailure'),
  gmail(118, '550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).', 'authfailure'),
  gmail(119, '550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM.', 'authfailure'),
  gmail(120, "552 5.2.3 Your message exceeded Google's message size limits. Please review our size guidelines.", 'mesgtoobig'),
  gmail(121, "552 5.3.4 Your message exceeded Google's message size limits.", 'mesgtoobig'),
  gmail(121, "552 5.3.4 The number of attachments (120) exceeds Google's limit of 100 attachments.", 'mesgtoobig'),
  gmail(122, '552 5.7.0 Our system detected an illegal attachment on your message.', 'virusdetected'),
  gmail(122, '552 5.7.0 This message was blocked because its content presents a potential security issue.', 'virusdetected'),
  gmail(123, "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.", 'hostunknown'),
  gmail(124, '553 5.1.3 The recipient address <user@example.org> is not a valid RFC 5321 address.', 'userunknown'),
  gmail(124, '553 5.1.7 The sender address <sender@example.net> is not a valid RFC 5321 address.', 'rejected'),
  gmail(125, '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.', 'networkerror'),
  gmail(126, '554 5.6.0 Mail message is malformed. Not accepted.', 'contenterror'),
  gmail(128, '555 5.5.2 Syntax error.', 'syntaxerror'),
];

function ms(line: number, reply: string, reason: ReplyRow['reason'], more: Partial<ReplyRow> = {}): ReplyRow {
  return { reply, reason, remoteMta: OUTLOOK, source: `other-providers.md:${line}`, ...more };
}

const OUTLOOK_ROWS: readonly ReplyRow[] = [
  ms(136, "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", 'blocked'),
  ms(137, "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).", 'blocked'),
  ms(138, "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your Internet service provider since part of their network is on our block list.", 'blocked'),
  ms(139, "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).", 'blocked'),
  ms(140, '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)', 'badreputation'),
  ms(141, '550 5.7.1 Service unavailable, Client host [192.0.2.25] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.25 (AS3130).', 'blocked'),
  ms(144, '550 5.7.515 Access denied, sending domain example.net does not meet the required authentication level.', 'authfailure'),
  ms(145, '550 5.5.0 Requested action not taken: mailbox unavailable', 'userunknown'),
];

function yahoo(line: number, reply: string, reason: ReplyRow['reason'], more: Partial<ReplyRow> = {}): ReplyRow {
  return { reply, reason, remoteMta: YAHOO, source: `other-providers.md:${line}`, ...more };
}

const YAHOO_ROWS: readonly ReplyRow[] = [
  yahoo(153, '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'badreputation'),
  yahoo(154, '421 4.7.0 [TS02] Temporarily deferred', 'badreputation'),
  yahoo(155, '421 4.7.1 [TS03] All messages from 192.0.2.25 permanently deferred', 'badreputation'),
  yahoo(156, '553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', 'blocked'),
  yahoo(157, '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.', 'authfailure'),
  yahoo(158, '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes', 'policyviolation'),
  yahoo(158, '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes', 'policyviolation'),
  yahoo(159, "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html", 'blocked'),
  yahoo(159, '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]', 'blocked'),
  yahoo(160, '451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain', 'rejected'),
  yahoo(161, '450 User is receiving mail too quickly', 'speeding'),
  yahoo(162, '421 Max message per connection reached, closing transmission channel', 'toomanyconn'),
  yahoo(163, "554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com)", 'userunknown'),
  yahoo(163, '552 1 Requested mail action aborted, mailbox not found', 'userunknown'),
  yahoo(164, '554 delivery error: dd user@yahoo.com is no longer valid.', 'userunknown'),
  yahoo(164, '554 30 Sorry, your message to user@aol.jp cannot be delivered. This mailbox is disabled (554.30)', 'suspend'),
  yahoo(165, '550 relaying denied for <user@yahoo.com>', 'norelaying'),
  yahoo(166, '501 Syntax error in parameters or arguments', 'syntaxerror'),
  yahoo(167, '554 5.7.0 Your message headers are not RFC compliant', 'notcompliantrfc'),
];

test('Gmail / Google Workspace replies (other-providers.md section 1)', () => assertReplyTable(GMAIL_ROWS));
test('Outlook.com / Hotmail replies (other-providers.md section 2)', () => assertReplyTable(OUTLOOK_ROWS));
test('Yahoo / AOL replies (other-providers.md section 3)', () => assertReplyTable(YAHOO_ROWS));
