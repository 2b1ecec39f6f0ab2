/**
 * The machine-readable part of a report: a `message/delivery-status` body (RFC 3464), one
 * per-message block and one block per recipient, 7-bit, folded, CRLF line ends.
 *
 * RFC 3464 fields are US-ASCII. Internationalised addresses use the `utf-8` address type with
 * RFC 6533's `\x{HHHH}` escapes; other non-ASCII characters (in a server's reply) are written the
 * same way, so nothing is lost and the part stays 7-bit.
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

function recipientBlock(r: CheckedRecipient): string {
  let out = '';
  if (r.originalRecipient !== '') out += foldHeader('Original-Recipient', addressField(r.originalRecipient));
  out += foldHeader('Final-Recipient', addressField(r.recipient));
  out += foldHeader('Action', r.action);
  out += foldHeader('Status', r.status);
  if (r.remoteMta !== '') out += foldHeader('Remote-MTA', `dns; ${escapeUnicode(r.remoteMta, false)}`);
  if (r.diagnosticText !== '') {
    let text = r.diagnosticText;
    // Keep the basic reply code with the words, where parsers look for it.
    if (r.diagnosticType === 'smtp' && r.replyCode !== '' && !new RegExp(`(?:^|[^0-9])${r.replyCode}(?:[^0-9]|$)`).test(text)) {
      text = `${r.replyCode} ${text}`;
    }
    out += foldHeader('Diagnostic-Code', `${r.diagnosticType}; ${escapeUnicode(text, false)}`);
  } else if (r.replyCode !== '') {
    out += foldHeader('Diagnostic-Code', `smtp; ${r.replyCode} ${r.status}`);
  }
  if (r.lastAttemptDate) out += foldHeader('Last-Attempt-Date', formatRfc5322Date(r.lastAttemptDate));
  if (r.action === 'delayed' && r.willRetryUntil) out += foldHeader('Will-Retry-Until', formatRfc5322Date(r.willRetryUntil));
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
