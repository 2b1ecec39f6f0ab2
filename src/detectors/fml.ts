/**
 * fml mailing-list manager notices, sent from the list's `-admin` address when the list refuses
 * a post: "You ... are not member" (the sender may not post) and "Loop Alert: Duplicated
 * Message-ID" (the post looked like a loop). The record is for the list address.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { ReasonId } from '../kb/reasons.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf } from './text-report.js';
import type { Detection, Detector } from './types.js';

/** `reason` only where fml's notice itself names the category (the sender is not allowed to post). */
const NOTICES: readonly { subject: RegExp; body: RegExp; reason?: ReasonId }[] = [
  { subject: /\bare not member\b/i, body: /^You are not a member of this mailing list <([^<>\s]{1,320})>/i, reason: 'rejected' },
  { subject: /^Loop Alert: /i, body: /^Duplicated Message-ID in <([^<>\s]{1,320})>/i },
];

/**
 * fml mailing lists: claims a refusal From a list's `-admin` address whose Subject is one of fml's
 * notices; one record for the list address, with the notice's reason when it states one.
 */
export const fml: Detector = {
  id: 'fml',
  description: 'fml mailing-list refusals (not a member, loop alert) from the list -admin address',
  detect(message: ParsedMessage): Detection | null {
    const from = message.headers.get('from');
    if (!/-admin@/i.test(from)) return null;
    const subject = message.headers.get('subject');
    const notice = NOTICES.find((n) => n.subject.test(subject));
    if (!notice) return null;
    for (const raw of linesOf(message.flatText.slice(0, 16 * 1024))) {
      const line = raw.trim();
      const m = notice.body.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[1] as string);
      if (recipient === '') return null;
      return {
        recipients: [{ recipient, action: 'failed', diagnosticCode: squeeze(line), ...(notice.reason ? { reason: notice.reason } : {}), evidence: [evidence('header:Subject', subject), evidence('body', line)] }],
      };
    }
    return null;
  },
};
