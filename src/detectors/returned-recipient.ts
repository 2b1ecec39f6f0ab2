/**
 * Delivery-status reports that name no recipient: the report has its message/delivery-status
 * part, but only the per-message fields (Postfix writes "--- Delivery report unavailable ---" when
 * its bounce log for the message is lost; other MTAs truncate the part). The Subject still says
 * the message failed (or was delayed), and the returned message is attached. When that message
 * was addressed to exactly one recipient (one To address, no Cc), the report can only be about
 * that recipient: one record for it, with nothing else stated (classification gives `undefined`)
 * and a warning saying where the address came from. With several addresses, no guess is made.
 *
 * A last-resort fallback: tried only after every detector that reads recipients from the report.
 */
import { findAddresses } from '../dsn/address.js';
import { readDeliveryStatus, stripType } from '../dsn/delivery-status.js';
import { parseHeaderBlock } from '../mime/header-list.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import { isDelaySubject, isFailureSubject } from './report-wording.js';
import type { Detection, Detector } from './types.js';

const DSN_TYPES: ReadonlySet<string> = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_TYPES: ReadonlySet<string> = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers']);
/** Longest header field value read for addresses. */
const MAX_FIELD = 4096;

/**
 * Last-resort fallback for a delivery-status report that no other reader found a recipient in,
 * under a failure or delay Subject: one record for the returned message's only To address, with a
 * warning; nothing when it had several (or a Cc).
 */
export const returnedRecipient: Detector = {
  id: 'returned-recipient',
  description: 'Delivery-status reports with no per-recipient fields: the returned message\'s only recipient',
  detect(message: ParsedMessage): Detection | null {
    const dsn = message.parts.find((p) => DSN_TYPES.has(p.contentType));
    if (!dsn) return null;
    const subject = message.headers.get('subject');
    const action = isFailureSubject(subject) ? 'failed' : isDelaySubject(subject) ? 'delayed' : '';
    if (action === '') return null;
    const returned = message.parts.find((p) => RETURNED_TYPES.has(p.contentType));
    if (!returned) return null;
    const h = parseHeaderBlock(returned.text).headers;
    const to = h.get('to').slice(0, MAX_FIELD);
    if (h.get('cc') !== '' || h.get('bcc') !== '') return null;
    const addrs = findAddresses(to, 2);
    if (addrs.length !== 1) return null;
    const recipient = addrs[0] as string;
    const reportingMta = stripType(readDeliveryStatus(dsn.text).perMessage.get('reporting-mta') ?? '');
    return {
      reportingMta,
      recipients: [{ recipient, action, evidence: [evidence('header:Subject', subject), evidence('original-message', `To: ${to}`)] }],
      warnings: [`the delivery-status part names no recipient; ${recipient} is the returned message's only To address`],
    };
  },
};
