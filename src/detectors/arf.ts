/**
 * ARF feedback reports (RFC 5965): a spam complaint forwarded by a mailbox provider.
 * One record with reason `feedback`, kind `feedback` and the Feedback-Type.
 *
 * The recipient is the complained-of address the report names (Original-Rcpt-To,
 * Removal-Recipient), else the returned message's X-HmXmrOriginalRecipient or To. When none of
 * them holds an address (providers redact it: "To: <Undisclosed Recipients>"), the record's
 * recipient is null: no address is invented (Sisimai's expected.json has its placeholder
 * "undisclosed-recipient-in-headers@libsisimai.org.invalid" there).
 */
import { cleanAddress, findAddress } from '../dsn/address.js';
import { parseHeaderBlock } from '../mime/header-list.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import type { Detection, Detector } from './types.js';

/** The fields of a feedback report; repeated fields (Original-Rcpt-To) keep every value. */
function fields(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of text.split('\n', 2000)) {
    const i = line.indexOf(':');
    if (i <= 0 || i > 64) continue;
    const k = line.slice(0, i).trim().toLowerCase();
    const v = line.slice(i + 1).trim();
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  }
  return m;
}

/** Microsoft's complaint reports (JMRP): no feedback-report part, the complained-of message attached. */
const HOTMAIL_COMPLAINT = /^complaint about message from /i;

/**
 * ARF feedback reports: claims a message/feedback-report part (or a Hotmail/Outlook.com JMRP
 * complaint); one `feedback` record for the complained-of address, with its Feedback-Type.
 */
export const arf: Detector = {
  id: 'arf',
  description: 'Abuse feedback reports (ARF, RFC 5965)',
  detect(message: ParsedMessage): Detection | null {
    const report = message.parts.find((p) => p.contentType === 'message/feedback-report');
    const ct = message.headers.get('content-type').toLowerCase();
    const orig = message.parts.find((p) => p.contentType === 'message/rfc822' || p.contentType === 'text/rfc822-headers');
    const subject = message.headers.get('subject').trim();
    const jmrp = !report && orig !== undefined && HOTMAIL_COMPLAINT.test(subject) && /@(?:hotmail|outlook|msn|live)\./i.test(message.headers.get('from'));
    if (!report && !ct.includes('feedback-report') && !jmrp) return null;
    const origHeaders = orig ? parseHeaderBlock(orig.text).headers : null;
    const f = fields(report?.text ?? '');
    const one = (k: string): string => f.get(k)?.[0] ?? '';
    const feedbackType = one('feedback-type').toLowerCase() || (jmrp ? 'abuse' : 'other');
    const evidenceLine = jmrp ? evidence('header:Subject', subject) : evidence('feedback-report', `Feedback-Type: ${feedbackType}`);
    const listed = [...(f.get('original-rcpt-to') ?? []), ...(f.get('removal-recipient') ?? [])].map(cleanAddress).filter((a) => a !== '');
    let recipients = [...new Set(listed.map((a) => a.toLowerCase()))].map((k) => listed.find((a) => a.toLowerCase() === k) as string);
    if (recipients.length === 0) {
      const fromHeaders = origHeaders ? cleanAddress(origHeaders.get('x-hmxmroriginalrecipient')) || findAddress(origHeaders.get('to')) : '';
      recipients = fromHeaders ? [fromHeaders] : [];
    }
    const base = {
      kind: 'feedback' as const,
      action: '',
      reason: 'feedback' as const,
      feedbackType,
      date: one('arrival-date') || one('received-date') || message.headers.get('date'),
      remoteMta: one('source-ip'),
      evidence: [evidenceLine],
    };
    return {
      recipients: recipients.length > 0 ? recipients.map((r) => ({ ...base, recipient: r })) : [{ ...base, recipient: null }],
      reportingMta: one('reporting-mta').replace(/^[^;]*;/, '').trim(),
    };
  },
};
