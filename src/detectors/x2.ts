/**
 * An unidentified qmail-derived MTA (seen at Yahoo! JAPAN and others): qmail's `<address>:`
 * blocks under its own heading.
 *
 *     Message from example.co.jp.
 *     Unable to deliver message to the following address(es).
 *
 *     <user@example.co.jp>:
 *     This user doesn't have a example.co.jp account (user@example.co.jp) [-9]
 *
 *     --- Original message follows.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { angleBlocks, hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKER = 'Unable to deliver message to the following address(es).';

/**
 * An unidentified qmail-derived MTA: claims "Unable to deliver message to the following
 * address(es)."; reads qmail-style `<address>:` blocks and the reporting host of "Message from".
 */
export const x2: Detector = {
  id: 'x2',
  description: 'Unidentified qmail-derived MTA ("Unable to deliver message to the following address(es).")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, MARKER)) return null;
    const lines = linesOf(reportText(text, ['--- Original message follows.', '--- Below this line is a copy of the message.', 'Content-Type: message/']));
    const reportingMta = /^Message from\s+([A-Za-z0-9.-]{1,253}?)\.?$/m.exec(lines.slice(0, 20).join('\n'))?.[1] ?? '';
    const recipients: RecipientReport[] = [];
    for (const b of angleBlocks(lines)) {
      const recipient = cleanAddress(b.recipient);
      if (recipient === '') continue;
      // Keep "I'm not going to try again; this message has been in the queue too long": it says
      // the retries ran out.
      const words = b.lines.map((l) => l.replace(/^\//, ''));
      recipients.push({ recipient, action: 'failed', diagnosticCode: squeeze(words.join(' ')), evidence: [evidence('body', b.line), ...words.map((w) => evidence('body', w))] });
    }
    return recipients.length === 0 ? null : { recipients, reportingMta };
  },
};
