/**
 * Twilio SendGrid's DSNs ("This is an automatically generated message from SendGrid."; the
 * delivery-status part carries X-SendGrid-QueueID / X-SendGrid-Sender). The fields are standard
 * with one exception: SendGrid writes `Action: expired` when it stopped retrying, which is its
 * own verdict (the reason is `expired`) on a failure (the action is `failed`). The notice's
 * `user:queue:<address> : reason` line stands in for a missing Diagnostic-Code.
 */
import { readDeliveryStatus } from '../dsn/delivery-status.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { recipientsFromDeliveryStatus } from './rfc3464.js';
import type { Detection, Detector, RecipientReport } from './types.js';


/** "kijitora:00000:<kijitora@example.org> : Connection timed out in connect" -> the reason. */
function noticeReason(text: string, address: string): string {
  const i = text.indexOf(`<${address}> :`);
  if (i < 0) return '';
  const end = text.indexOf('\n', i);
  return squeeze(text.slice(i + address.length + 4, end < 0 ? i + 1000 : Math.min(end, i + 1000)));
}

/**
 * The SendGrid DSN detector.
 * @example sendgrid.detect(parseMessage(bytes))?.recipients[0]?.reason // 'expired' for Action: expired
 */
export const sendgrid: Detector = {
  id: 'sendgrid',
  description: 'Twilio SendGrid DSNs (X-SendGrid-QueueID; Action: expired when retries ran out)',
  markers: { parts: ['message/delivery-status'] },
  detect(message: ParsedMessage): Detection | null {
    // SendGrid's own fields in the delivery-status part are the mark (cheap: one part, its head).
    const part = message.parts.find((p) => p.contentType === 'message/delivery-status');
    if (!part || !/(?:^|\n)X-SendGrid-/i.test(part.text.slice(0, 4096))) return null;
    const ds = readDeliveryStatus(part.text);
    if (ds.perRecipient.length === 0) return null;
    const { recipients, reportingMta } = recipientsFromDeliveryStatus(ds, 'delivery-status');
    const notice = message.parts.find((p) => p.contentType === 'text/plain')?.text ?? '';
    const out = recipients.map((r): RecipientReport => {
      let next: RecipientReport = r;
      if (!r.diagnosticCode && r.recipient) {
        const d = noticeReason(notice, r.recipient);
        if (d !== '') next = { ...next, diagnosticCode: d, evidence: [...(r.evidence ?? []), evidence('body', d)] };
      }
      if (r.action === 'expired') {
        next = { ...next, action: 'failed', reason: 'expired', evidence: [...(next.evidence ?? []), evidence('delivery-status', 'Action: expired')] };
      }
      return next;
    });
    return { recipients: out, reportingMta };
  },
};
