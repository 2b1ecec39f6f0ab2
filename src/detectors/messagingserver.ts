/**
 * Oracle (Sun, iPlanet) Communications Messaging Server bounces: a standard delivery-status
 * part whose Final-Recipient is often the internal, source-routed form
 * (`@smtp.example.net:user@server`); the address the sender used is in Original-Recipient.
 */
import { cleanAddress, isAddress } from '../dsn/address.js';
import { readDeliveryStatus } from '../dsn/delivery-status.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence } from './evidence.js';
import { recipientsFromDeliveryStatus } from './rfc3464.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** `@host:local@server`: an RFC 821 source route. */
const SOURCE_ROUTE = /^(?:rfc822;)?\s*<?@[^:\s]{1,255}:/i;

const NAME = 'Messaging Server';
const NAME_WORDS = /\bMessaging Server\b/;

function isMessagingServer(message: ParsedMessage): boolean {
  // Its MIME boundaries read "Boundary_(ID_...)"; its Received lines and report text name it.
  if (message.headers.get('content-type').includes('Boundary_(ID_')) return true;
  // includes() first: the words are rarely there, and a plain search is cheaper than the regex.
  if (message.headers.getAll('received').some((r) => r.includes(NAME) && NAME_WORDS.test(r))) return true;
  const head = message.flatText.slice(0, 8192);
  return head.includes(NAME) && NAME_WORDS.test(head);
}

/**
 * Oracle / Sun Messaging Server: claims a delivery-status report with its `Boundary_(ID_` MIME
 * boundary or its name in the text; reads the standard fields, taking the address the sender used
 * (Original-Recipient) over the source-routed Final-Recipient.
 */
export const messagingserver: Detector = {
  id: 'messagingserver',
  description: 'Oracle / Sun Messaging Server DSNs (source-routed Final-Recipient)',
  detect(message: ParsedMessage): Detection | null {
    // The part first: it is a lookup, while telling the server costs a decode of every
    // Received field and a scan of the text.
    const part = message.parts.find((p) => p.contentType === 'message/delivery-status');
    if (!part || !isMessagingServer(message)) return null;
    const ds = readDeliveryStatus(part.text);
    const { recipients, reportingMta } = recipientsFromDeliveryStatus(ds, 'delivery-status');
    const out: RecipientReport[] = recipients.map((r, i) => {
      const g = ds.perRecipient[i];
      const final = g?.get('final-recipient') ?? '';
      const orig = cleanAddress(g?.get('original-recipient') ?? '');
      if (SOURCE_ROUTE.test(final) && isAddress(orig)) {
        return { ...r, recipient: orig, evidence: [...(r.evidence ?? []), evidence('delivery-status', `Original-Recipient: ${orig}`)] };
      }
      return r;
    });
    return out.length === 0 ? null : { recipients: out, reportingMta };
  },
};
