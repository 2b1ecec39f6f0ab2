/**
 * An unidentified MTA that writes a boxed "Delivery Status Notification" text (with or without
 * a delivery-status part that names no recipient):
 *
 *     Delivery to the following recipients failed permanently:
 *        * user@example.co.jp
 *     ...
 *                                  Technical details:
 *     SMTP:RCPT host 192.0.2.233: 553 5.3.0 <user@example.co.jp>... No such user here
 */
import { cleanAddress } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKER = 'This is an automatically generated Delivery Status Notification.';
const START = /^Del[ie]very to the following recipients failed permanently:$/;
const ITEM = /^\*\s+([^\s@]{1,320}@\S{1,255})$/;
const DETAIL = /^SMTP:([A-Z]{4})\s+host\s+([A-Za-z0-9.:-]{1,253}):\s*(.*)$/;

/**
 * An unidentified MTA: claims "This is an automatically generated Delivery Status Notification.";
 * reads the listed recipients and the `SMTP:<command> host <server>: <reply>` detail.
 */
export const x3: Detector = {
  id: 'x3',
  description: 'Unidentified MTA ("This is an automatically generated Delivery Status Notification.")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, MARKER)) return null;
    const lines = linesOf(reportText(text, ['Content-Type: message/']));
    let listing = false;
    const addrs: string[] = [];
    let detail: RegExpExecArray | null = null;
    for (const raw of lines) {
      const line = raw.trim();
      if (START.test(line)) {
        listing = true;
        continue;
      }
      const item = ITEM.exec(line);
      if (listing && item) {
        const a = cleanAddress(item[1] as string);
        if (a !== '') addrs.push(a);
        continue;
      }
      if (line !== '') listing = false;
      detail ??= DETAIL.exec(line);
    }
    const recipients: RecipientReport[] = addrs.map((recipient) => ({
      recipient,
      action: 'failed',
      diagnosticCode: detail ? squeeze(detail[3] as string) : '',
      remoteMta: detail ? (detail[2] as string) : '',
      command: detail ? normalizeCommand(detail[1] as string) : '',
      evidence: [evidence('body', `* ${recipient}`), ...(detail ? [evidence('body', detail[0])] : [])],
    }));
    return recipients.length === 0 ? null : { recipients };
  },
};
