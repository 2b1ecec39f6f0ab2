/**
 * An unidentified MTA used by Japanese ISPs ("Mail Deliver System"): one line per recipient with
 * the reason in brackets.
 *
 *     ---The following addresses had delivery errors---
 *     user@example.co.jp [User unknown]
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const START = '---The following addresses had delivery errors---';
const LINE = /^([^\s<>@[\]]{1,320}@[^\s<>[\]]{1,255}) \[(.{1,500})\]$/;

/**
 * An unidentified MTA of Japanese ISPs: claims "---The following addresses had delivery errors---";
 * reads the `address [reason]` lines.
 */
export const x1: Detector = {
  id: 'x1',
  description: 'Unidentified MTA ("---The following addresses had delivery errors---", address [reason])',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, START)) return null;
    const recipients: RecipientReport[] = [];
    for (const raw of linesOf(reportText(text, ['Content-Type: message/']))) {
      const line = raw.trim();
      const m = LINE.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[1] as string);
      if (recipient !== '') recipients.push({ recipient, action: 'failed', diagnosticCode: (m[2] as string).trim(), evidence: [evidence('body', line)] });
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
