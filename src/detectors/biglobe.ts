/**
 * BIGLOBE bounces: sendmail-like section rules, the reason under "Non-delivered information".
 *
 *        ----- The following addresses had delivery problems -----
 *     user@example.biglobe.ne.jp
 *
 *        ----- Non-delivered information -----
 *     The number of messages in recipient's mailbox exceeded the local limit.
 */
import { cleanAddress, isAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector } from './types.js';

const INFO = '----- Non-delivered information -----';

/**
 * BIGLOBE: claims a report with a "----- Non-delivered information -----" section; reads the addresses
 * listed above it and the reason text in it.
 */
export const biglobe: Detector = {
  id: 'biglobe',
  description: 'BIGLOBE bounces ("----- Non-delivered information -----")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, INFO)) return null;
    let section = '';
    const addrs: string[] = [];
    const words: string[] = [];
    for (const raw of linesOf(reportText(text, ['Content-Type: message/']))) {
      const line = raw.trim();
      if (/^-{3,} .* -{3,}$/.test(line)) {
        section = /addresses/i.test(line) ? 'addresses' : line === INFO ? 'info' : '';
        continue;
      }
      if (line === '') continue;
      if (section === 'addresses' && isAddress(line.replace(/^<|>$/g, ''))) addrs.push(cleanAddress(line));
      else if (section === 'info') words.push(line);
    }
    const diagnosticCode = squeeze(words.join(' '));
    const recipients = addrs.filter((a) => a !== '').map((recipient) => ({ recipient, action: 'failed', diagnosticCode, evidence: [evidence('body', recipient), evidence('body', diagnosticCode)] }));
    return recipients.length === 0 ? null : { recipients };
  },
};
