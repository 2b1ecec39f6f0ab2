/**
 * OpenSMTPD bounces: a plain-text list of `recipient: reply` lines, with or without a
 * delivery-status part (whose Diagnostic-Code OpenSMTPD leaves empty, so the text is read).
 *
 *     This is the MAILER-DAEMON, please DO NOT REPLY to this email.
 *
 *     An error has occurred while attempting to deliver a message for
 *     the following list of recipients:
 *
 *     user@example.org: 550 5.1.1 <user@example.org>... User Unknown
 *
 *     Below is a copy of the original message:
 *
 * A delay notice says "A message is delayed for more than ..." instead.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKERS = ['This is the MAILER-DAEMON, please DO NOT REPLY to this e', 'An error has occurred while attempting to deliver a message'];
const END = ['Below is a copy of the original message', 'Content-Type: message/'];
const LINE = /^([^\s:@]{1,128}@[A-Za-z0-9.-]{1,255}):[ \t]+(\S.*)$/;
const RECIPIENT_LIST = /\blist of recipients:\s*$/;
const DELAYED = /A message is delayed for more than|only a temporary failure report/;

/**
 * OpenSMTPD: claims its "This is the MAILER-DAEMON, please DO NOT REPLY" or "An error has occurred"
 * text; reads the `recipient: reply` lines after "list of recipients:" (delayed when it says so).
 */
export const opensmtpd: Detector = {
  id: 'opensmtpd',
  description: 'OpenSMTPD bounces ("This is the MAILER-DAEMON, please DO NOT REPLY")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, MARKERS[0] as string) && !hasMarker(text, MARKERS[1] as string)) return null;
    const lines = linesOf(reportText(text, END));
    const start = lines.findIndex((l) => RECIPIENT_LIST.test(l));
    if (start < 0) return null;
    const action = DELAYED.test(lines.slice(0, start + 1).join('\n')) ? 'delayed' : 'failed';
    const recipients: RecipientReport[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = LINE.exec(line);
      if (!m) continue;
      const recipient = cleanAddress(m[1] as string);
      if (recipient === '') continue;
      // A long reply may wrap onto indented lines.
      let diag = m[2] as string;
      while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1] as string) && !LINE.test((lines[i + 1] as string).trim())) diag += ' ' + (lines[++i] as string);
      recipients.push({ recipient, action, diagnosticCode: squeeze(diag), evidence: [evidence('body', line)] });
    }
    if (recipients.length === 0) return null;
    const rm = /(?:^|\n)Reporting-MTA:\s*(?:dns;\s*)?([A-Za-z0-9.-]{1,253})/i.exec(text.slice(0, 64 * 1024));
    return { recipients, reportingMta: rm?.[1] ?? '' };
  },
};
