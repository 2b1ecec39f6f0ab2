/**
 * The machine-readable part of a report: a `message/delivery-status` body (RFC 3464), one
 * per-message block and one block per recipient, 7-bit, folded, CRLF line ends.
 *
 * RFC 3464 fields are US-ASCII. Internationalised addresses use the `utf-8` address type with
 * RFC 6533's `\x{HHHH}` escapes; other non-ASCII characters (in a server's reply) are written the
 * same way, so nothing is lost and the part stays 7-bit.
 *
 * One extension field (RFC 3464 section 7 allows `X-` fields): `X-Ndrkit-Reason`, per recipient of
 * a failure or delay, the bounce reason id the caller gave (`reason`). The standard fields carry
 * the server's words and codes for every reader; this one carries a classification that the
 * reporting system knew from elsewhere (its own report format, its queue), which ndrkit's reader
 * takes as stated and other readers ignore.
 */
import { formatRfc5322Date } from './dates.js';
import { foldHeader } from './header-encoding.js';
import type { CheckedOptions, CheckedRecipient } from './validate.js';

/** Replaces every character outside printable ASCII (and, for xtext, `+ = \`) by `\x{HHHH}`. */
function escapeUnicode(text: string, xtext: boolean): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const special = xtext && (c === 0x2b || c === 0x3d || c === 0x5c);
    out += c < 0x20 || c > 0x7e || special ? `\\x{${c.toString(16).toUpperCase()}}` : ch;
  }
  return out;
}

/** `rfc822; addr`, or `utf-8; addr` with escapes for an internationalised address (RFC 6533). */
function addressField(address: string): string {
  return /^[\x21-\x7e]+$/.test(address) ? `rfc822; ${address}` : `utf-8; ${escapeUnicode(address, true)}`;
}

/** The command as Postfix names it after a reply: `(in reply to RCPT TO command)`. */
const COMMAND_WORDS: Readonly<Record<string, string>> = {
  CONN: 'in reply to initial connection',
  HELO: 'in reply to HELO command',
  EHLO: 'in reply to EHLO command',
  STARTTLS: 'in reply to STARTTLS command',
  AUTH: 'in reply to AUTH command',
  MAIL: 'in reply to MAIL FROM command',
  RCPT: 'in reply to RCPT TO command',
  DATA: 'in reply to end of DATA command',
  QUIT: 'in reply to QUIT command',
};

/** The diagnostic text with the SMTP command added, unless the text already names one. */
export function withCommand(text: string, command: string): string {
  const words = COMMAND_WORDS[command];
  if (words === undefined || /\b(?:in reply to|after end of data|while sending)\b/i.test(text)) return text;
  return text === '' ? `(${words})` : `${text} (${words})`;
}

/** A basic reply code as readers find one in a reply: at the start or after a separator, then a space or `-`. */
const REPLY_CODE = /(?:^|[^0-9A-Za-z.#:/=-])([245][0-9][0-9])(?=[ -]|$)/g;

/**
 * The first reply code in the words that a reader would take as the answer: a success code (250,
 * 251) for a success, a 4xx or 5xx for a failure or delay. Bounded: the text is capped by validation.
 */
function firstReplyCode(text: string, success: boolean): string {
  REPLY_CODE.lastIndex = 0;
  for (let m = REPLY_CODE.exec(text); m !== null; m = REPLY_CODE.exec(text)) {
    const code = m[1]!;
    if (success ? code === '250' || code === '251' : code[0] !== '2') return code;
  }
  return '';
}

/** Reason ids that name a kind of record, not a failure's cause: never written as a failure's reason. */
const SUCCESS_KIND_REASONS: ReadonlySet<string> = new Set(['delivered', 'feedback', 'vacation']);

function recipientBlock(r: CheckedRecipient): string {
  let out = '';
  if (r.originalRecipient !== '') out += foldHeader('Original-Recipient', addressField(r.originalRecipient));
  out += foldHeader('Final-Recipient', addressField(r.recipient));
  out += foldHeader('Action', r.action);
  out += foldHeader('Status', r.status);
  if (r.remoteMta !== '') out += foldHeader('Remote-MTA', `dns; ${escapeUnicode(r.remoteMta, false)}`);
  if (r.diagnosticText !== '') {
    let text = r.diagnosticText;
    // Keep the basic reply code with the words, where parsers look for it: first, unless the words
    // already open with it (a reply quoting another server's `421` must not be read as a 421).
    if (r.diagnosticType === 'smtp' && r.replyCode !== '' && firstReplyCode(text, r.replyCode[0] === '2') !== r.replyCode) {
      text = `${r.replyCode} ${text}`;
    }
    if (r.diagnosticType === 'smtp') text = withCommand(text, r.command);
    out += foldHeader('Diagnostic-Code', `${r.diagnosticType}; ${escapeUnicode(text, false)}`);
  } else if (r.replyCode !== '') {
    out += foldHeader('Diagnostic-Code', `smtp; ${withCommand(`${r.replyCode} ${r.status}`, r.command)}`);
  }
  if (r.lastAttemptDate) out += foldHeader('Last-Attempt-Date', formatRfc5322Date(r.lastAttemptDate));
  if (r.action === 'delayed' && r.willRetryUntil) out += foldHeader('Will-Retry-Until', formatRfc5322Date(r.willRetryUntil));
  if (r.reason !== null && (r.action === 'failed' || r.action === 'delayed') && !SUCCESS_KIND_REASONS.has(r.reason)) {
    out += foldHeader('X-Ndrkit-Reason', r.reason);
  }
  return out;
}

/** Writes the body of the `message/delivery-status` part. */
export function renderDeliveryStatus(o: CheckedOptions): string {
  let head = '';
  if (o.envelopeId !== '') head += foldHeader('Original-Envelope-Id', escapeUnicode(o.envelopeId, true));
  head += foldHeader('Reporting-MTA', `dns; ${o.reportingMta}`);
  if (o.receivedFromMta !== '') head += foldHeader('Received-From-MTA', `dns; ${o.receivedFromMta}`);
  if (o.arrivalDate) head += foldHeader('Arrival-Date', formatRfc5322Date(o.arrivalDate));
  return [head, ...o.recipients.map(recipientBlock)].join('\r\n');
}
