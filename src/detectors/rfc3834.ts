/**
 * Automatic replies (RFC 3834): vacation and out-of-office messages. Reason `vacation`, kind
 * `auto-reply`. Tried after every bounce reader, since bounces also carry Auto-Submitted.
 */
import { findAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import { isDelaySubject, isFailureSubject } from './report-wording.js';
import type { Detection, Detector } from './types.js';

const AUTO_SUBJECT = /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|vacation|abwesenheit|r[ée]ponse automatique|absence|respuesta autom[áa]tica|自動応答|不在)/i;

/** Subjects of failure reports that also carry Auto-Submitted: auto-replied. */
const NOT_AUTO_REPLY_SUBJECT = /undeliver|delivery|returned mail|failure|bounce|error sending|not delivered|could not be delivered|rejected/i;

/**
 * Automatic replies (RFC 3834): claims Auto-Submitted: auto-replied, the older X-Autoreply /
 * Precedence marks or an auto-reply Subject, unless the message is a bounce; one `vacation` record
 * for the sender of the reply.
 */
export const rfc3834: Detector = {
  id: 'rfc3834',
  description: 'Automatic replies: vacation and out-of-office messages (RFC 3834)',
  detect(message: ParsedMessage): Detection | null {
    const h = message.headers;
    const auto = h.get('auto-submitted').toLowerCase();
    const subject = h.get('subject');
    const autoReply = auto.startsWith('auto-replied');
    const legacy = h.has('x-autoreply') || h.has('x-autorespond') || h.get('precedence').toLowerCase() === 'auto_reply';
    const bySubject = AUTO_SUBJECT.test(subject.slice(0, 200));
    if (!autoReply && !legacy && !bySubject) return null;
    // A delivery failure is not an auto-reply, whatever its headers say.
    if (message.parts.some((p) => p.contentType === 'message/delivery-status')) return null;
    if (NOT_AUTO_REPLY_SUBJECT.test(subject.slice(0, 200))) return null;
    // The same in other languages ("Unzustellbar: ...": Exchange NDRs carry Auto-Submitted too).
    if (isFailureSubject(subject) || isDelaySubject(subject)) return null;
    // Mail systems' own addresses send reports, not vacation notices.
    const from = h.get('from');
    if (/mailer-daemon|postmaster|mail delivery (?:system|subsystem)/i.test(from.slice(0, 300))) return null;
    const recipient = findAddress(from) || null;
    const ev = autoReply ? evidence('header:Auto-Submitted', auto) : bySubject ? evidence('header:Subject', subject) : evidence('header', 'X-Autoreply');
    return {
      recipients: [{ recipient, kind: 'auto-reply', action: '', reason: 'vacation', date: h.get('date'), evidence: [ev] }],
    };
  },
};
