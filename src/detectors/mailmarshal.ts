/**
 * MailMarshal (Trustwave) bounces ("Undeliverable Mail: ..."): the reason first, then the
 * recipients, then an "Additional Information" block with the remote and reporting MTAs.
 *
 *     Could not be delivered because of
 *
 *     550 5.1.1 User unknown
 *
 *     The following recipients were affected:
 *         user@example.com
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

function field(lines: readonly string[], name: string): string {
  const l = lines.find((x) => x.trim().toLowerCase().startsWith(name.toLowerCase() + ':'));
  return l ? l.slice(l.indexOf(':') + 1).trim().replace(/^<|>$/g, '') : '';
}

/**
 * MailMarshal (Trustwave): claims a report with "Could not be delivered because of" and "The
 * following recipients were affected"; reads the reason, the recipients and the MTAs named after them.
 */
export const mailmarshal: Detector = {
  id: 'mailmarshal',
  description: 'MailMarshal bounces ("Could not be delivered because of" / "The following recipients were affected")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, 'The following recipients were affected') || !hasMarker(text, 'Could not be delivered because of')) return null;
    const lines = linesOf(reportText(text, ['Content-Type: message/']));
    let mode = '';
    const words: string[] = [];
    const addrs: string[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (/^Could not be delivered because of/i.test(line)) {
        mode = 'why';
        continue;
      }
      if (/^The following recipients were affected/i.test(line)) {
        mode = 'to';
        continue;
      }
      if (/^Additional Information/i.test(line)) break;
      if (line === '') continue;
      if (mode === 'why') words.push(line);
      else if (mode === 'to') {
        const a = cleanAddress(line);
        if (a !== '') addrs.push(a);
      }
    }
    const diagnosticCode = squeeze(words.join(' '));
    const remoteMta = field(lines, 'Remote-MTA');
    const reportingMta = field(lines, 'Reporting-MTA');
    const recipients: RecipientReport[] = addrs.map((recipient) => ({ recipient, action: 'failed', diagnosticCode, remoteMta, evidence: [evidence('body', diagnosticCode), evidence('body', recipient)] }));
    return recipients.length === 0 ? null : { recipients, reportingMta };
  },
};
