/**
 * ARF feedback reports (RFC 5965): a spam complaint forwarded by a mailbox provider.
 * One record with reason `feedback`, kind `feedback` and the Feedback-Type.
 */
import { cleanAddress, findAddress } from '../dsn/address.js';
import { parseHeaderBlock } from '../mime/header-list.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import type { Detection, Detector } from './types.js';

function fields(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const i = line.indexOf(':');
    if (i <= 0 || i > 64) continue;
    const k = line.slice(0, i).trim().toLowerCase();
    if (!m.has(k)) m.set(k, line.slice(i + 1).trim());
  }
  return m;
}

export const arf: Detector = {
  id: 'arf',
  description: 'Abuse feedback reports (ARF, RFC 5965)',
  detect(message: ParsedMessage): Detection | null {
    const report = message.parts.find((p) => p.contentType === 'message/feedback-report');
    const ct = message.headers.get('content-type').toLowerCase();
    if (!report && !ct.includes('feedback-report')) return null;
    const f = fields(report?.text ?? '');
    const feedbackType = (f.get('feedback-type') ?? '').toLowerCase();
    const orig = message.parts.find((p) => p.contentType === 'message/rfc822' || p.contentType === 'text/rfc822-headers');
    const origHeaders = orig ? parseHeaderBlock(orig.text).headers : null;
    const recipient =
      cleanAddress(f.get('original-rcpt-to') ?? '') ||
      cleanAddress(f.get('removal-recipient') ?? '') ||
      (origHeaders ? findAddress(origHeaders.get('to')) : '') ||
      null;
    return {
      recipients: [
        {
          recipient,
          kind: 'feedback',
          action: '',
          reason: 'feedback',
          feedbackType: feedbackType || 'other',
          date: f.get('arrival-date') ?? f.get('received-date') ?? message.headers.get('date'),
          remoteMta: f.get('source-ip') ?? '',
          evidence: [evidence('feedback-report', `Feedback-Type: ${feedbackType || '(none)'}`)],
        },
      ],
      reportingMta: f.get('reporting-mta')?.replace(/^[^;]*;/, '').trim() ?? '',
    };
  },
};
