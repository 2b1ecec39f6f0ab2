/**
 * MailFoundry bounces ("Message delivery has failed"):
 *
 *     Unable to deliver message to: <user@example.org>
 *     Delivery failed for the following reason:
 *     Server mx.example.org[192.0.2.222] failed with: 550 <user@example.org> No such user here
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const RECIPIENT = /^Unable to deliver message to:\s*<?([^\s<>@]{1,320}@[^\s<>]{1,255})>?\s*$/;
const SERVER = /^(?:Server\s+)?([A-Za-z0-9][A-Za-z0-9.-]{0,252})\[[0-9A-Fa-f.:]{2,45}\] (?:failed with|responded with failure):\s*(.*)$/;

/**
 * MailFoundry: claims the Subject "Message delivery has failed"; reads "Unable to deliver message to:"
 * and the server and reply after "Delivery failed for the following reason:".
 */
export const mailfoundry: Detector = {
  id: 'mailfoundry',
  description: 'MailFoundry bounces ("Unable to deliver message to:" / "Delivery failed for the following reason:")',
  detect(message: ParsedMessage): Detection | null {
    if (message.headers.get('subject') !== 'Message delivery has failed') return null;
    const lines = linesOf(reportText(message.flatText, ['Content-Type: message/', 'This has been a permanent failure']));
    const recipients: RecipientReport[] = [];
    let cur: { recipient: string; words: string[]; remoteMta: string; ev: Evidence[] } | null = null;
    const flush = (): void => {
      if (cur) recipients.push({ recipient: cur.recipient, action: 'failed', diagnosticCode: squeeze(cur.words.join(' ')), remoteMta: cur.remoteMta, evidence: cur.ev });
      cur = null;
    };
    for (const raw of lines) {
      const line = raw.trim();
      const m = RECIPIENT.exec(line);
      if (m) {
        flush();
        const recipient = cleanAddress(m[1] as string);
        if (recipient !== '') cur = { recipient, words: [], remoteMta: '', ev: [evidence('body', line)] };
        continue;
      }
      if (!cur || line === '' || /^Delivery failed for the following reason:?$/i.test(line)) continue;
      const s = SERVER.exec(line);
      if (s) {
        cur.remoteMta = s[1] as string;
        cur.words.push(s[2] as string);
      } else cur.words.push(line);
      cur.ev.push(evidence('body', line));
    }
    flush();
    return recipients.length === 0 ? null : { recipients };
  },
};
