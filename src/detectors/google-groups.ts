/**
 * Google Groups' refusals of a post, sent by Google's "Mail Delivery Subsystem" in the sender's
 * language: the group "may not exist, or you may not have permission to post messages to the
 * group". The group's address is in X-Failed-Recipients; the notice always links Google Groups'
 * help centre (groups.google.com). Whatever the language, the notice means one thing: the group
 * did not accept the post from this sender, so the reason is `rejected` (stated by the format).
 */
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { failedRecipientRecords } from './failed-recipients.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector } from './types.js';

const END_MARKERS = ['----- Original message -----'];

/**
 * The Google Groups detector: one `rejected` record per group named in X-Failed-Recipients.
 * @example googleGroups.detect(parseMessage(bytes))?.recipients[0]?.reason // 'rejected'
 */
export const googleGroups: Detector = {
  id: 'google-groups',
  description: 'Google Groups refusals of a post (group missing, or no permission to post)',
  markers: { present: ['x-failed-recipients'] },
  detect(message: ParsedMessage): Detection | null {
    const h = message.headers;
    if (!h.has('x-failed-recipients')) return null;
    if (!/mailer-daemon@google(?:mail)?\.com/i.test(h.get('from'))) return null;
    const report = reportText(message.flatText, END_MARKERS);
    if (!report.includes('groups.google.com')) return null;
    // The greeting line, then the paragraph that says why; the latter is the diagnostic.
    const paragraphs = linesOf(report).map((l) => l.trim()).filter((l) => l !== '');
    const diag = squeeze(paragraphs[1] ?? paragraphs[0] ?? '');
    const recipients = failedRecipientRecords(message, { diagnostic: () => diag, reason: 'rejected', evidence: [evidence('body', diag)] });
    return recipients ? { recipients } : null;
  },
};
