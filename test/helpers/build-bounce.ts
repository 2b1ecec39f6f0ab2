// Builds bounce messages around one server reply, so that tables of documented replies can be run
// through the whole parser (MIME, detectors, record building, classification): a standard RFC 3464
// delivery status notification and a plain-text report in Exim's layout (no delivery-status part).
// The messages are hand-made for tests; every name in them is an example.* name.
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import type { ReasonId, RecordKind } from '../../src/kb/reasons.js';

/** What a built bounce says about its one recipient. */
export interface BounceSpec {
  /** The server's reply as the report quotes it, e.g. `550 5.1.1 <a@example.org>: User unknown`. */
  readonly reply: string;
  /** The Status field of the DSN (default: the enhanced code in the reply, else 5.0.0 / 4.0.0). */
  readonly status?: string;
  /** The server that answered (default: mx.example.org). */
  readonly remoteMta?: string;
  /** The failed recipient (default: user@example.org). */
  readonly recipient?: string;
  /** RFC 3464 Action (default: failed). */
  readonly action?: 'failed' | 'delayed';
  /** The SMTP command the reply answered, when the report names it (default: none). */
  readonly command?: 'RCPT TO' | 'MAIL FROM' | 'DATA' | 'end of DATA';
}

/** What the parser made of a built bounce. */
export interface Verdict {
  readonly reason: ReasonId;
  readonly hardBounce: boolean;
  readonly kind: RecordKind;
  readonly decidedBy: string;
}

const STATUS_IN_REPLY = /\b([245]\.\d{1,3}\.\d{1,3})\b/;

function defaultStatus(spec: BounceSpec): string {
  if (spec.status !== undefined) return spec.status;
  const m = STATUS_IN_REPLY.exec(spec.reply);
  if (m) return m[1] as string;
  return spec.reply.trimStart().startsWith('4') ? '4.0.0' : '5.0.0';
}

const ORIGINAL = [
  'From: Sender <sender@example.net>',
  'To: <user@example.org>',
  'Subject: Report for March',
  'Message-ID: <report-3@example.net>',
  'Date: Tue, 3 Mar 2026 10:00:00 +0000',
].join('\n');

/** The report's own header block: from the relay's mail system to the sender, then a blank line. */
function reportHeaders(from: string, subject: string, id: string, contentType: readonly string[]): string[] {
  return [`From: ${from}`, 'To: sender@example.net', `Subject: ${subject}`, 'Date: Tue, 3 Mar 2026 10:00:05 +0000', `Message-ID: <${id}@relay.example.net>`, 'MIME-Version: 1.0', ...contentType, ''];
}

/** The From of the DSN and of Postfix's text report. */
const POSTFIX_FROM = 'MAILER-DAEMON@relay.example.net (Mail Delivery System)';
/** The body type of the plain-text reports. */
const PLAIN_TEXT = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'];

/** The end of a plain-text report: the separator line its writer puts before the copy, and the copy. */
function returnedCopy(separator: string): string[] {
  return [separator, '', ORIGINAL, '', 'Please find the report attached.', ''];
}

/**
 * An RFC 3464 report (multipart/report; report-type=delivery-status) whose one recipient failed
 * with `spec.reply`. The human-readable part names the command only when `spec.command` is set.
 */
export function buildDsn(spec: BounceSpec): string {
  const rcpt = spec.recipient ?? 'user@example.org';
  const mta = spec.remoteMta ?? 'mx.example.org';
  const status = defaultStatus(spec);
  const action = spec.action ?? 'failed';
  const stage = spec.command ? ` (in reply to ${spec.command} command)` : '';
  const diagnostic = spec.reply === '' ? [] : [`Diagnostic-Code: smtp; ${spec.reply}`];
  return [
    ...reportHeaders(POSTFIX_FROM, 'Undelivered Mail Returned to Sender', 'dsn-1', ['Content-Type: multipart/report; report-type=delivery-status; boundary="b1"']),
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'This is the mail system at host relay.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    spec.reply === '' ? `<${rcpt}>: delivery failed` : `<${rcpt}>: host ${mta}[192.0.2.25] said: ${spec.reply}${stage}`,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.example.net',
    'Arrival-Date: Tue, 3 Mar 2026 10:00:00 +0000',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Original-Recipient: rfc822; ${rcpt}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Remote-MTA: dns; ${mta}`,
    ...diagnostic,
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    ORIGINAL,
    '',
    '--b1--',
    '',
  ].join('\n');
}

/**
 * A plain-text report in Exim's layout (no delivery-status part): the address, the host, the
 * command when known, and the reply on its own line.
 */
export function buildTextBounce(spec: BounceSpec): string {
  const rcpt = spec.recipient ?? 'user@example.org';
  const mta = spec.remoteMta ?? 'mx.example.org';
  const delayed = spec.action === 'delayed';
  const after = spec.command ? `SMTP error from remote mail server after ${spec.command === 'end of DATA' ? 'end of data' : `${spec.command}:<${rcpt}>`}:` : 'SMTP error from remote mail server:';
  return [
    ...reportHeaders(
      'Mail Delivery System <Mailer-Daemon@relay.example.net>',
      delayed ? 'Warning: message 1vXyZ-000123-Ab delayed 24 hours' : 'Mail delivery failed: returning message to sender',
      'text-1',
      PLAIN_TEXT,
    ),
    'This message was created automatically by mail delivery software.',
    '',
    delayed
      ? 'A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on relay.example.net.\n\nThe address to which the message has not yet been delivered is:'
      : 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    `    host ${mta} [192.0.2.25]`,
    `    ${after}`,
    `    ${spec.reply}`,
    '',
    ...returnedCopy('------ This is a copy of the message, including all the headers. ------'),
  ].join('\n');
}

/**
 * A plain-text report in Postfix's layout with no delivery-status part (as older Postfix and
 * Postfix-based services send it): the recipient, the host and the reply, the command in brackets.
 */
export function buildPostfixText(spec: BounceSpec): string {
  const rcpt = spec.recipient ?? 'user@example.org';
  const mta = spec.remoteMta ?? 'mx.example.org';
  const delayed = spec.action === 'delayed';
  const stage = spec.command ? ` (in reply to ${spec.command} command)` : '';
  const said = /^[245]\d\d\b/.test(spec.reply) ? `host ${mta}[192.0.2.25] said: ${spec.reply}${stage}` : spec.reply;
  return [
    ...reportHeaders(POSTFIX_FROM, delayed ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender', 'postfix-1', PLAIN_TEXT),
    'This is the mail system at host relay.example.net.',
    '',
    delayed
      ? '####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.'
      : "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    '                   The mail system',
    '',
    `<${rcpt}>: ${said}`,
    '',
    ...returnedCopy('--- Below this line is a copy of the message.'),
  ].join('\n');
}

function verdictOf(message: string, label: string): Verdict {
  const { records } = parseBounceSync(message);
  const r = records[0];
  if (!r || records.length !== 1) throw new Error(`${label}: expected one record, got ${records.length}`);
  const decided = r.evidence?.find((e) => e.where === 'classification')?.text ?? '';
  return { reason: r.reason, hardBounce: r.hardBounce, kind: r.kind, decidedBy: decided };
}

/** Parses the RFC 3464 form of `spec` and returns its one record's verdict. */
export function classifyAsDsn(spec: BounceSpec): Verdict {
  return verdictOf(buildDsn(spec), `DSN for "${spec.reply}"`);
}

/** Parses the Postfix plain-text form of `spec` and returns its one record's verdict. */
export function classifyAsPostfixText(spec: BounceSpec): Verdict {
  return verdictOf(buildPostfixText(spec), `Postfix text bounce for "${spec.reply}"`);
}

/** Parses the plain-text form of `spec` and returns its one record's verdict. */
export function classifyAsText(spec: BounceSpec): Verdict {
  return verdictOf(buildTextBounce(spec), `text bounce for "${spec.reply}"`);
}
