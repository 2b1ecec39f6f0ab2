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

/** The server Domino was handing the message to when the remote server refused it. */
const TRANSFER_HOST = /^Error transferring to ([A-Za-z0-9][A-Za-z0-9.-]{0,252});/i;

/** Domino's report subject. */
const DOMINO_SUBJECT = /^DELIVERY (?:FAILURE|REPORT):/i;

/**
 * IBM / HCL Domino: claims a "DELIVERY FAILURE:" / "DELIVERY REPORT:" Subject without a standard
 * Final-Recipient; reads the "was not delivered to:" addresses and the "because:" text.
 */
export const domino: Detector = {
  id: 'domino',
  description: 'Domino bounces ("was not delivered to:" / "because:")',
  markers: { headers: [{ name: 'subject', test: DOMINO_SUBJECT }] },
  detect(message: ParsedMessage): Detection | null {
    if (!DOMINO_SUBJECT.test(message.headers.get('subject'))) return null;
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
      // "Error transferring to mx.example.org; SMTP Protocol Returned a Permanent Error 550 ..."
      const remoteMta = TRANSFER_HOST.exec(diagnosticCode.slice(0, 300))?.[1] ?? '';
      for (const recipient of addrs) recipients.push({ recipient, action: 'failed', diagnosticCode, ...(remoteMta !== '' ? { remoteMta } : {}), evidence: ev });
      addrs = [];
      words = [];
      ev = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      // The label alone on its line (the classic layout), or followed by its value after a tab
      // (the "Delivery Failure Report" table of Domino 8.5 and later, as text).
      const to = /^was not delivered to:[ \t]*(.*)$/i.exec(line);
      if (to) {
        flush();
        mode = 'to';
        const a = cleanAddress(to[1] as string);
        if (a !== '') {
          addrs.push(a);
          ev.push(evidence('body', line));
        }
        continue;
      }
      const because = /^because:[ \t]*(.*)$/i.exec(line);
      if (because) {
        const inline = (because[1] as string).trim();
        mode = inline === '' ? 'because' : '';
        if (inline !== '') {
          words.push(inline);
          ev.push(evidence('body', line));
        }
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
