/**
 * Bounces that name their failed recipients only in an X-Failed-Recipients header (Exim and
 * others). Used when nothing more specific read the message; the reply text comes from the body
 * line that names the recipient, when there is one.
 */
import type { ParsedMessage } from '../mime/types.js';
import { squeeze } from './evidence.js';
import { failedRecipientRecords } from './failed-recipients.js';
import type { Detection, Detector } from './types.js';

/** The lines after the recipient's mention, up to a blank line (the usual "address\n  reason" layout). */
function reasonNear(text: string, address: string): string {
  const lower = text.toLowerCase();
  const i = lower.indexOf(address.toLowerCase());
  if (i < 0) return '';
  const end = lower.indexOf('\n\n', i);
  return squeeze(text.slice(i + address.length, end < 0 ? Math.min(text.length, i + 2000) : Math.min(end, i + 2000))).replace(/^[>:\s]+/, '');
}

/** Exim's "host mx.example.org [192.0.2.1]:" naming the server that answered (X-Failed-Recipients is Exim's header). */
const EXIM_HOST = /\bhost ([A-Za-z0-9][A-Za-z0-9.-]{0,252}) \[/;

/**
 * Fallback for bounces that name failed recipients only in X-Failed-Recipients: one record per
 * address, the reply from the body line near it and an Exim-style host when it names one.
 */
export const xFailedRecipients: Detector = {
  id: 'x-failed-recipients',
  description: 'Bounces that list failed recipients in an X-Failed-Recipients header',
  detect(message: ParsedMessage): Detection | null {
    if (!message.headers.has('x-failed-recipients')) return null;
    const recipients = failedRecipientRecords(message, { diagnostic: (a) => reasonNear(message.flatText, a) });
    if (!recipients) return null;
    for (const r of recipients) {
      const host = EXIM_HOST.exec((r.diagnosticCode ?? '').slice(0, 2000))?.[1];
      if (host !== undefined && host.includes('.')) r.remoteMta = host.toLowerCase();
    }
    return { recipients };
  },
};
