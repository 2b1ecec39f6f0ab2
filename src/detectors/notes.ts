/**
 * Lotus Notes (Lotus SMTP MTA) bounces: the reason, then the recipient, between two rules.
 *
 *     ------- Failure Reasons  --------
 *     User  not listed in public Name & Address Book
 *     user@example.com
 *     ------- Returned Message --------
 */
import { cleanAddress, isAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector } from './types.js';

const START = /^-{3,}\s*Failure Reasons\s*-{3,}$/;

/**
 * Lotus Notes: claims a report with a "------- Failure Reasons --------" rule; reads the reason and the
 * recipient between it and the returned message.
 */
export const notes: Detector = {
  id: 'notes',
  description: 'Lotus Notes bounces ("------- Failure Reasons --------")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, 'Failure Reasons')) return null;
    const lines = linesOf(reportText(text, ['------- Returned Message', 'Content-Type: message/']));
    const start = lines.findIndex((l) => START.test(l.trim()));
    if (start < 0) return null;
    const words: string[] = [];
    const recipients = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === '') continue;
      if (isAddress(line.replace(/^<|>$/g, ''))) {
        const recipient = cleanAddress(line);
        const diagnosticCode = squeeze(words.join(' '));
        recipients.push({ recipient, action: 'failed', diagnosticCode, evidence: [evidence('body', diagnosticCode), evidence('body', line)] });
        words.length = 0;
      } else words.push(line);
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
