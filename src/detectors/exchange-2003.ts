/**
 * Exchange Server 5.5 / 2000 / 2003 NDRs (Internet Mail Service, Internet Mail Connector): plain
 * text, one block per recipient, ending in an MSEXCH diagnostic line.
 *
 *     Your message
 *       To:      user@example.org
 *     did not reach the following recipient(s):
 *     user@example.org on Thu, 29 Apr 2010 00:00:00 -0000
 *         The recipient name is not recognized
 *         MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const START = /^(?:did not reach the following recipient\(s\):|The following recipient\(s\) could not be reached:)\s*$/;
const RECIPIENT = /^([^\s@]{1,320}@\S{1,255}) on (.{4,80})$/;
const NOISE = /^(?:The MTS-ID of the original message is:|;l=)/;

function isExchange2003(message: ParsedMessage): boolean {
  const xm = message.headers.get('x-mailer');
  if (xm.startsWith('Internet Mail Service (') || xm.startsWith('Microsoft Exchange Server Internet Mail Connector')) return true;
  const t = message.flatText.slice(0, 8192);
  return t.includes('MSEXCH:') && (t.includes('did not reach the following recipient(s)') || t.includes('could not be reached:'));
}

/**
 * Exchange Server 5.5-2003: claims an Internet Mail Service / Connector X-Mailer, or MSEXCH lines
 * under "did not reach the following recipient(s)"; reads each recipient's block and date.
 */
export const exchange2003: Detector = {
  id: 'exchange-2003',
  description: 'Exchange 5.5-2003 NDRs ("did not reach the following recipient(s)", MSEXCH lines)',
  detect(message: ParsedMessage): Detection | null {
    if (!isExchange2003(message)) return null;
    const lines = linesOf(reportText(message.flatText, ['Content-Type: message/']));
    const start = lines.findIndex((l) => START.test(l.trim()));
    if (start < 0) return null;
    const recipients: RecipientReport[] = [];
    let cur: { recipient: string; date: string; words: string[]; ev: Evidence[] } | null = null;
    const flush = (): void => {
      if (cur) recipients.push({ recipient: cur.recipient, action: 'failed', date: cur.date, diagnosticCode: squeeze(cur.words.join(' ')), evidence: cur.ev });
      cur = null;
    };
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = RECIPIENT.exec(line);
      if (m) {
        flush();
        const recipient = cleanAddress(m[1] as string);
        if (recipient !== '') cur = { recipient, date: m[2] as string, words: [], ev: [evidence('body', line)] };
        continue;
      }
      if (cur === null) continue;
      if (line === '') {
        if (cur.words.length > 0) flush();
        continue;
      }
      if (NOISE.test(line)) continue;
      cur.words.push(line);
      cur.ev.push(evidence('body', line));
    }
    flush();
    return recipients.length === 0 ? null : { recipients };
  },
};
