/**
 * Zoho Mail bounces: one line per recipient with Zoho's own labels.
 *
 *     user@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <user@example.org>... User Unknown
 *
 * The first ERROR_CODE is the reply code, the text after the second one the server's words.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const LINE = /^([^\s@]{1,320}@\S{1,255})\s+([^,]{1,100}),\s*ERROR_CODE\s*:\s*([245]\d\d)\s*,\s*ERROR_CODE\s*:\s*(.*)$/;

function fromZoho(message: ParsedMessage): boolean {
  return message.headers.get('x-mailer').startsWith('Zoho Mail') || /mailer-daemon@[a-z0-9.-]*zoho\.com\b/i.test(message.headers.get('from'));
}

/**
 * Zoho Mail: claims an `X-Mailer: Zoho Mail` report or one from Zoho's mailer-daemon; reads the
 * `address ..., ERROR_CODE :<code>, ERROR_CODE :<status> <words>` lines.
 */
export const zoho: Detector = {
  id: 'zoho',
  description: 'Zoho Mail bounces (X-Mailer: Zoho Mail, "ERROR_CODE :" lines)',
  detect(message: ParsedMessage): Detection | null {
    if (!fromZoho(message)) return null;
    const lines = linesOf(reportText(message.flatText, ['Received:', 'Content-Type: message/']));
    const recipients: RecipientReport[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = LINE.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[1] as string);
      if (recipient === '') continue;
      recipients.push({
        recipient,
        action: 'failed',
        replyCode: m[3] as string,
        diagnosticCode: squeeze(`${m[3] as string} ${m[4] as string}`),
        evidence: [evidence('body', line)],
      });
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
