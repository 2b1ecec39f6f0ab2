/**
 * Trend Micro InterScan (MSS, Messaging Security Suite) bounces: the SMTP exchange quoted as
 * `Sent <<<` / `Received >>>` lines, or a one-line reason naming the recipient.
 *
 *     Sent <<< RCPT TO:<user@example.co.jp>
 *     Received >>> 550 5.1.1 <user@example.co.jp>... user unknown
 *
 *     Reason:  Unable to deliver message to <user@example.jp> (and other recipients in the same domain).
 */
import { cleanAddress } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const SENT = /^Sent <<< ?((RCPT TO|MAIL FROM|DATA|EHLO|HELO)\b:?\s*<?([^\s<>]{0,320})>?.*)$/i;
const RECEIVED = /^Received >>> ?(.*)$/;
const REASON = /^Reason:\s+(.*<([^\s<>@]{1,320}@[^\s<>]{1,255})>.*)$/;

function isInterScan(message: ParsedMessage): boolean {
  return /InterScan|Trend Micro/i.test(message.headers.get('from')) || message.flatText.slice(0, 4096).includes('Message from InterScan Messaging Security Suite');
}

/**
 * Trend Micro InterScan: claims a report From InterScan / Trend Micro or naming InterScan Messaging
 * Security Suite; reads the `Sent <<<` / `Received >>>` exchange or the one-line reason.
 */
export const trendmicro: Detector = {
  id: 'trendmicro',
  description: 'Trend Micro InterScan bounces ("Sent <<< RCPT TO", "Message from InterScan")',
  detect(message: ParsedMessage): Detection | null {
    if (!isInterScan(message)) return null;
    const lines = linesOf(reportText(message.flatText, ['Content-Type: message/', '*****************     End of message']));
    const recipients: RecipientReport[] = [];
    let pending: { recipient: string; command: string; ev: Evidence[] } | null = null as { recipient: string; command: string; ev: Evidence[] } | null;
    for (const raw of lines) {
      const line = raw.trim();
      const s = SENT.exec(line);
      if (s) {
        const command = normalizeCommand(s[2] as string);
        const addr = command === 'RCPT' ? cleanAddress(s[3] as string) : '';
        pending = { recipient: addr || pending?.recipient || '', command, ev: [evidence('body', line)] };
        continue;
      }
      const r = RECEIVED.exec(line);
      if (r && pending && pending.recipient !== '' && /^[45]\d\d/.test(r[1] as string)) {
        recipients.push({ recipient: pending.recipient, action: 'failed', diagnosticCode: squeeze(r[1] as string), command: pending.command, evidence: [...pending.ev, evidence('body', line)] });
        pending = null;
        continue;
      }
      const why = REASON.exec(line);
      if (why) {
        const recipient = cleanAddress(why[2] as string);
        if (recipient !== '') recipients.push({ recipient, action: 'failed', diagnosticCode: squeeze(why[1] as string), evidence: [evidence('body', line)] });
      }
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
