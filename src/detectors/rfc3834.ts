/**
 * Automatic replies (RFC 3834): vacation and out-of-office messages. Reason `vacation`, kind
 * `auto-reply`. Tried after every bounce reader, since bounces also carry Auto-Submitted.
 */
import { findAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import { isDelaySubject, isFailureSubject } from './report-wording.js';
import type { Detection, Detector } from './types.js';

/**
 * Subjects of automatic replies: the English words and the prefixes mail clients put before the
 * original subject in their languages (Outlook / Exchange "Automatic reply:" as localised:
 * "Automatische Antwort:", "Automatisch antwoord:", "Risposta automatica:", ...).
 */
const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|automatische antwort|automatisch antwoord|automatiskt? svar|automaattinen vastaus|out of (?:the )?office|vacation|abwesenheit|r[ée]ponse automatique|absence|respuesta autom[áa]tica|resposta autom[áa]tica|risposta automatica|odpowied[źz] automatyczna|automatick[áa] odpov[ěe]ď|автоматический ответ|自動応答|自动答复|自動回覆|자동 회신|不在)/i;

/** A reply prefix: the subject after it is the original message's, not the report's own. */
const REPLY_PREFIX = /^(?:re|aw|antw|sv|vs|r|ref|réf|回复|答复|回覆)\s?:/i;

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
    // A reply to the person's own subject ("Re: Delivery schedule") says nothing about failure;
    // report wording counts only as the subject's own start.
    const own = !REPLY_PREFIX.test(subject.trim());
    if (own && NOT_AUTO_REPLY_SUBJECT.test(subject.slice(0, 200))) return null;
    // The same in other languages ("Unzustellbar: ...": Exchange NDRs carry Auto-Submitted too).
    if (own && (isFailureSubject(subject) || isDelaySubject(subject))) return null;
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
