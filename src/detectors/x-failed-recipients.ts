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

export const xFailedRecipients: Detector = {
  id: 'x-failed-recipients',
  description: 'Bounces that list failed recipients in an X-Failed-Recipients header',
  detect(message: ParsedMessage): Detection | null {
    if (!message.headers.has('x-failed-recipients')) return null;
    const recipients = failedRecipientRecords(message, { diagnostic: (a) => reasonNear(message.flatText, a) });
    return recipients ? { recipients } : null;
  },
};
