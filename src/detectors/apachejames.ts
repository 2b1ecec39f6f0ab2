/**
 * Apache James bounces: the error, then the original envelope in "Message details:".
 *
 *     Error message below:
 *     550 - Requested action not taken: no such user here
 *
 *     Message details:
 *       RCPT TO: user@example.com
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf } from './text-report.js';
import type { Detection, Detector } from './types.js';

/**
 * Apache James: claims a report that has both "Error message below:" and "Message details:"; reads the
 * error lines as the reply and the RCPT TO address under the details.
 */
export const apachejames: Detector = {
  id: 'apachejames',
  description: 'Apache James bounces ("Error message below:" / "Message details:")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, 'Error message below:') || !hasMarker(text, 'Message details:')) return null;
    let mode = '';
    const words: string[] = [];
    const addrs: string[] = [];
    const ev: Evidence[] = [];
    for (const raw of linesOf(text.slice(0, 64 * 1024))) {
      const line = raw.trim();
      if (line === 'Error message below:') {
        mode = 'why';
        continue;
      }
      if (line === 'Message details:') {
        mode = 'details';
        continue;
      }
      if (mode === 'why') {
        if (line === '') {
          if (words.length > 0) mode = '';
          continue;
        }
        words.push(line);
        ev.push(evidence('body', line));
      } else if (mode === 'details') {
        const m = /^RCPT TO:\s*(.+)$/i.exec(line);
        if (m) {
          for (const part of (m[1] as string).split(/[,\s]+/)) {
            const a = cleanAddress(part);
            if (a !== '') addrs.push(a);
          }
          ev.push(evidence('body', line));
        }
        if (line === '' || line.startsWith('--')) mode = addrs.length > 0 ? '' : mode;
      }
    }
    // "550 - Requested action ...": James writes a dash after the code.
    const diagnosticCode = squeeze(words.join(' ')).replace(/^([245]\d\d) - /, '$1 ');
    const recipients = addrs.map((recipient) => ({ recipient, action: 'failed', diagnosticCode, evidence: ev }));
    return recipients.length === 0 ? null : { recipients };
  },
};
