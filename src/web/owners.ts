/**
 * The fix-it owner indicator's vocabulary: the three parties of a delivery (sender, the
 * sender's mail service, the recipient's side) and which one each owner id marks.
 */
import type { Owner } from '../kb/reasons.js';

/** One of the three parties drawn side by side. */
export type Party = 'sender' | 'service' | 'recipient';

/** The parties in the order they are drawn, with their labels. */
export const PARTIES: readonly { readonly id: Party; readonly label: string }[] = [
  { id: 'sender', label: 'Sender' },
  { id: 'service', label: "Sender's mail service" },
  { id: 'recipient', label: "Recipient's side" },
];

const PARTY_OF_OWNER: Readonly<Record<Owner, Party | null>> = {
  sender: 'sender',
  'sender-admin': 'service',
  service: 'service',
  'recipient-admin': 'recipient',
  none: null,
};

/** Who must act, in words. */
export const OWNER_LABEL: Readonly<Record<Owner, string>> = {
  sender: 'The sender',
  'sender-admin': "The sender's email admin",
  service: 'The sending mail service',
  'recipient-admin': "The recipient's email admin",
  none: 'Nobody yet: the problem is temporary and the sending server retries',
};

/** The party an owner marks, or null for `none`. */
export function partyOf(owner: Owner): Party | null {
  return PARTY_OF_OWNER[owner];
}

/** What the sender can do when the knowledge base has no sender-specific advice, by owner. */
export const DEFAULT_SENDER_FIX: Readonly<Record<Owner, string>> = {
  sender: 'Check the address and the message, then send it again.',
  'sender-admin': 'Forward this report to your email admin: the fix is in your organisation\'s mail settings.',
  service: 'Forward this report to your email admin, who may need to contact the mail service provider.',
  'recipient-admin':
    "Tell the recipient by another channel (phone, chat) and give them this report: their email admin must fix it. Resending won't help until then.",
  none: 'Nothing yet: the sending server keeps retrying. If the message is still not delivered after a day, send this report to your email admin.',
};
