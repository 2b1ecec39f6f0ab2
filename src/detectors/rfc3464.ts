/**
 * RFC 3464 delivery status notifications: the standard format and the fallback for every mail
 * system without its own detector. Reads message/delivery-status (and global) parts; when a
 * report carries the fields inline in its text (forwarded, or a broken MIME structure) they are
 * read from the text.
 */
import { mtaName, readDeliveryStatus, stripType, type DeliveryStatus } from '../dsn/delivery-status.js';
import { cleanAddress, recipientFieldAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import { isReasonId, type ReasonId } from '../kb/reasons.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** How far into the body text inline delivery-status fields are looked for. */
const MAX_INLINE_SCAN = 512 * 1024;

/** How Final-Recipient is written in the wild. */
const FINAL_RECIPIENT_SPELLINGS = ['Final-Recipient', 'final-recipient', 'FINAL-RECIPIENT', 'Final-recipient'];

function deliveryStatusText(message: ParsedMessage): { text: string; where: string } | null {
  for (const p of message.parts) {
    if (p.contentType === 'message/delivery-status' || p.contentType === 'message/global-delivery-status') {
      if (/(?:^|\n)(?:final|original)-recipient[ \t]*:/i.test(p.text)) return { text: p.text, where: 'delivery-status' };
    }
  }
  // Inline fields: a Final-Recipient line in the body text, found with plain substring
  // searches for its usual spellings (a case-insensitive regex over the whole text was costly).
  const flat = message.flatText;
  let at = -1;
  for (const name of FINAL_RECIPIENT_SPELLINGS) {
    let i = flat.indexOf(name);
    while (i >= 0 && i < MAX_INLINE_SCAN) {
      let j = i - 1;
      while (j >= 0 && j > i - 64 && (flat[j] === ' ' || flat[j] === '\t')) j--;
      if (j < 0 || flat[j] === '\n') {
        const eol = flat.indexOf('\n', i);
        const line = flat.slice(i + name.length, Math.min(eol < 0 ? flat.length : eol, i + 1024));
        if (/^[ \t]*:[^\n]*@/.test(line)) break;
      }
      i = flat.indexOf(name, i + name.length);
    }
    if (i >= MAX_INLINE_SCAN) i = -1;
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  const fr = { index: Math.max(0, flat.lastIndexOf('\n', at)) };
  const rm = /(?:^|\n)[ \t]*reporting-mta[ \t]*:/i.exec(flat);
  const start = rm && rm.index < fr.index ? rm.index : fr.index;
  const text = flat.slice(start, start + 64 * 1024).replace(/\n[ \t]+(?=[A-Za-z-]+[ \t]*:)/g, '\n');
  return { text, where: 'body' };
}

/** How much text after a recipient's address is searched for the command its failure answered. */
const MAX_COMMAND_WINDOW = 1024;

/**
 * The SMTP command a recipient's failure answered, when the Diagnostic-Code does not say but the
 * report's human-readable part does: Postfix writes "<addr>: host mx said: 550 ... (in reply to
 * RCPT TO command)" there and only "550 ..." in the delivery-status field. Looks in the paragraph
 * that follows the first mention of the address (up to the next blank line, bounded).
 */
function commandNear(head: string, lowerHead: string, recipient: string): string {
  const at = lowerHead.indexOf(recipient.toLowerCase());
  if (at < 0) return '';
  const window = head.slice(at, at + MAX_COMMAND_WINDOW);
  const end = window.indexOf('\n\n');
  return findCommand(end < 0 ? window : window.slice(0, end));
}

/**
 * ndrkit's per-recipient extension field (RFC 3464 section 7): the bounce reason the writer of the
 * report determined, as a reason id (`X-Ndrkit-Reason: mailboxfull`). `composeNdr` writes it when
 * it is given the reason (a record re-issued as a standard report carries what the original
 * report's mail system said, which the standard fields cannot). Other readers ignore it; ours
 * gives it to the record as `statedReason` (see build-record.ts).
 */
export const REASON_FIELD = 'x-ndrkit-reason';

/** Reasons that name a kind of record rather than a failure's cause: never taken from the field. */
const NOT_A_FAILURE_REASON: ReadonlySet<string> = new Set(['delivered', 'feedback', 'vacation']);

/** The reason an `X-Ndrkit-Reason` value states, or undefined (absent, unknown id). */
function statedReason(value: string): ReasonId | undefined {
  const v = value.trim().toLowerCase();
  return isReasonId(v) && !NOT_A_FAILURE_REASON.has(v) ? v : undefined;
}

/** The comment of a Status field ("5.0.0 (permanent failure)" -> "permanent failure"), or "". */
function statusComment(status: string): string {
  const m = /^[ \t]*[245]\.\d{1,3}\.\d{1,3}[ \t]*\(([^()]{1,300})\)/.exec(status.length > 400 ? status.slice(0, 400) : status);
  return m ? squeeze(m[1] as string) : '';
}

/**
 * Exchange 2007 and later write the reply in `X-Supplementary-Info` when they give no
 * Diagnostic-Code: `< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>` -> the reply.
 */
function supplementaryInfo(value: string): string {
  const v = value.length > 2000 ? value.slice(0, 2000) : value;
  const m = /^[ \t]*<?[ \t]*(?:[A-Za-z0-9.-]{1,253}[ \t]+)?#[245]\.\d{1,3}\.\d{1,3}[ \t]+[A-Za-z-]{1,16};/.exec(v);
  return m ? squeeze(v.slice(m[0].length)).replace(/[ \t]*>$/, '') : '';
}

/** The type before the `;` of a Diagnostic-Code (`X-Unix; 75` -> `x-unix`), lower case, or "". */
function diagnosticTypeOf(field: string): string {
  const i = field.indexOf(';');
  if (i <= 0 || i > 20) return '';
  const t = field.slice(0, i).trim().toLowerCase();
  return /^[a-z][a-z0-9-]*$/.test(t) ? t : '';
}

/** Reads per-recipient reports from a delivery-status text. */
export function recipientsFromDeliveryStatus(ds: DeliveryStatus, where: string): { recipients: RecipientReport[]; reportingMta: string } {
  const reportingMta = stripType(ds.perMessage.get('reporting-mta') ?? '');
  const arrival = ds.perMessage.get('arrival-date') ?? '';
  const recipients: RecipientReport[] = [];
  for (const g of ds.perRecipient) {
    const final = g.get('final-recipient') ?? '';
    const orig = g.get('original-recipient') ?? '';
    const recipient = recipientFieldAddress(final) || recipientFieldAddress(orig) || cleanAddress(g.get('x-actual-recipient') ?? '') || null;
    const status = g.get('status') ?? '';
    // With no Diagnostic-Code, the Status field's comment is the report's only words on the
    // cause (RFC 3464's own example: "Status: 4.0.0 (cat.example.net: host name lookup failure)").
    const diagField = g.get('diagnostic-code') ?? '';
    const diag = squeeze(stripType(diagField)) || supplementaryInfo(g.get('x-supplementary-info') ?? '') || statusComment(status);
    const diagType = diagnosticTypeOf(diagField);
    const ev: Evidence[] = [];
    if (final) ev.push(evidence(where, `Final-Recipient: ${final}`));
    if (status) ev.push(evidence(where, `Status: ${status}`));
    if (diag) ev.push(evidence(where, `Diagnostic-Code: ${diag}`));
    const reason = statedReason(g.get(REASON_FIELD) ?? '');
    if (reason !== undefined) ev.push(evidence(where, `X-Ndrkit-Reason: ${reason}`));
    const r: RecipientReport = {
      recipient,
      action: (g.get('action') ?? '').toLowerCase().replace(/[^a-z].*$/, ''),
      status,
      diagnosticCode: diag,
      ...(diagType !== '' ? { diagnosticType: diagType } : {}),
      remoteMta: mtaName(g.get('remote-mta') ?? ''),
      command: findCommand(diag),
      date: g.get('last-attempt-date') ?? arrival,
      ...(reason !== undefined ? { statedReason: reason } : {}),
      evidence: ev,
    };
    recipients.push(r);
  }
  return { recipients, reportingMta };
}

/** The RFC 3464 detector. */
export const rfc3464: Detector = {
  id: 'rfc3464',
  description: 'Standard delivery status notifications (RFC 3464 message/delivery-status)',
  detect(message: ParsedMessage): Detection | null {
    const found = deliveryStatusText(message);
    if (!found) return null;
    const ds = readDeliveryStatus(found.text);
    if (ds.perRecipient.length === 0) return null;
    const { recipients, reportingMta } = recipientsFromDeliveryStatus(ds, found.where);
    // the body is lower-cased once per message, not once per recipient (1,000 recipients
    // times a 512 KB body took 12 s in the fuzz test)
    let head = '';
    let lowerHead = '';
    for (const r of recipients) {
      if (!r.command && r.recipient) {
        if (head === '') {
          const flat = message.flatText;
          head = flat.length > MAX_INLINE_SCAN ? flat.slice(0, MAX_INLINE_SCAN) : flat;
          lowerHead = head.toLowerCase();
        }
        const c = commandNear(head, lowerHead, r.recipient);
        if (c) r.command = c;
      }
    }
    return { recipients, reportingMta };
  },
};
