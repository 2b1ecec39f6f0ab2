/**
 * KDDI au one net (dion.ne.jp, auone-net.jp) bounces: Japanese text, then the server's English
 * message:
 *
 *     Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
 *          Could not be delivered to: <user@example.dion.ne.jp>
 *          As their mailbox is full.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKER = 'Could not be delivered to:';
const RECIPIENT = /^Could not be delivered to:\s*<?([^\s<>@]{1,320}@[^\s<>]{1,255})>?\s*$/;

/**
 * KDDI au one net: claims a report with "Your mail sent on:" and "Could not be delivered to:";
 * reads the recipient, the sending date and the English reason below it.
 */
export const kddi: Detector = {
  id: 'kddi',
  description: 'KDDI au one net bounces ("Your mail sent on:" / "Could not be delivered to:")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, 'Your mail sent on:') || !hasMarker(text, MARKER)) return null;
    const lines = linesOf(reportText(text, ['Content-Type: message/']));
    const recipients: RecipientReport[] = [];
    let date = '';
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith('Your mail sent on:')) date = line.slice(18).trim();
      const m = RECIPIENT.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[1] as string);
      if (recipient === '') continue;
      const words: string[] = [];
      for (let j = i + 1; j < lines.length && (lines[j] as string).trim() !== '' && !RECIPIENT.test((lines[j] as string).trim()); j++) words.push((lines[j] as string).trim());
      recipients.push({ recipient, action: 'failed', diagnosticCode: squeeze(words.join(' ')), date, evidence: [evidence('body', line), ...words.map((w) => evidence('body', w))] });
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
