/**
 * Ipswitch IMail Server bounces (X-Mailer: <SMTP32 ...>): one line per recipient before
 * "Original message follows.", the reason before the address.
 *
 *     Unknown user: user@example.org
 *     Delivery failed 20 attempts: user@example.org
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const LINE = /^([^:<>@]{3,120}):\s*<?([^\s@]{1,320}@[A-Za-z0-9.-]{1,255})>?\s*$/;

/**
 * Ipswitch IMail Server: claims an `X-Mailer: <SMTP32 ...>` report; reads the `reason: address` lines
 * before "Original message follows." ("Delivery failed N attempts" is an expiry).
 */
export const imailserver: Detector = {
  id: 'imailserver',
  description: 'Ipswitch IMail Server bounces (X-Mailer: <SMTP32 ...>)',
  detect(message: ParsedMessage): Detection | null {
    if (!message.headers.get('x-mailer').startsWith('<SMTP32 ')) return null;
    const lines = linesOf(reportText(message.flatText, ['Original message follows.', 'Content-Type: message/']));
    const recipients: RecipientReport[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = LINE.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[2] as string);
      if (recipient === '') continue;
      // A following indented line may carry the remote server's reply.
      let diag = m[1] as string;
      while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1] as string)) diag += ' ' + (lines[++i] as string);
      // "Delivery failed N attempts": IMail's own words for retries run out.
      const gaveUp = /^Delivery failed \d{1,5} attempts$/i.test(m[1] as string);
      recipients.push({ recipient, action: 'failed', diagnosticCode: squeeze(diag), ...(gaveUp ? { reason: 'expired' as const } : {}), evidence: [evidence('body', line)] });
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
