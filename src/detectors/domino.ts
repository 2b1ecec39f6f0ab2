/**
 * IBM / HCL Domino bounces ("DELIVERY FAILURE: ..."): plain text.
 *
 *     Your message
 *       Subject: Test
 *     was not delivered to:
 *       user@example.jp
 *     because:
 *       User some.name (user@example.jp) not listed in Domino Directory
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/**
 * IBM / HCL Domino: claims a "DELIVERY FAILURE:" / "DELIVERY REPORT:" Subject without a standard
 * Final-Recipient; reads the "was not delivered to:" addresses and the "because:" text.
 */
export const domino: Detector = {
  id: 'domino',
  description: 'Domino bounces ("was not delivered to:" / "because:")',
  detect(message: ParsedMessage): Detection | null {
    if (!/^DELIVERY (?:FAILURE|REPORT):/i.test(message.headers.get('subject'))) return null;
    // Newer Domino adds a delivery-status part, which names the recipient exactly: leave those
    // to the RFC 3464 reader.
    if (message.parts.some((p) => p.contentType === 'message/delivery-status' && /(?:^|\n)final-recipient[ \t]*:/i.test(p.text))) return null;
    const lines = linesOf(reportText(message.flatText, ['Content-Type: message/']));
    const recipients: RecipientReport[] = [];
    let mode = '';
    let addrs: string[] = [];
    let words: string[] = [];
    let ev: Evidence[] = [];
    const flush = (): void => {
      const diagnosticCode = squeeze(words.join(' '));
      for (const recipient of addrs) recipients.push({ recipient, action: 'failed', diagnosticCode, evidence: ev });
      addrs = [];
      words = [];
      ev = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      if (/^was not delivered to:$/i.test(line)) {
        flush();
        mode = 'to';
        continue;
      }
      if (/^because:$/i.test(line)) {
        mode = 'because';
        continue;
      }
      if (line === '') {
        if (mode === 'because' && words.length > 0) mode = '';
        continue;
      }
      if (mode === 'to') {
        const a = cleanAddress(line);
        if (a !== '') {
          addrs.push(a);
          ev.push(evidence('body', line));
        }
      } else if (mode === 'because') {
        words.push(line);
        ev.push(evidence('body', line));
      }
    }
    flush();
    return recipients.length === 0 ? null : { recipients };
  },
};
