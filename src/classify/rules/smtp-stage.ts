/**
 * Rules that read WHERE in the SMTP dialogue a recipient was refused, not only what the server
 * wrote. Tried after the provider and decisive-status tables and before the plain text phrases,
 * whose "user unknown" row would otherwise decide on the wording alone. Data only.
 *
 * A mailbox is looked up when the server answers RCPT TO: that is where "user unknown" means the
 * address does not exist (and where the x.1.1 status family says so in any stage). When the same
 * words answer DATA, the server had already accepted the recipient and refused the message for
 * it once it saw the content: a recipient-specific filter (Japanese carriers' reception filters
 * answer exactly so, to hide whether the address exists), not proof that the mailbox is gone.
 * A remote server's reply whose stage the report does not name is read the same way unless its
 * status points at the address (x.1.x); the address is then not suppressed (filtered is soft),
 * which is the safe side when the evidence is only wording. Reports with no SMTP reply code at
 * all (Notes, Exchange 2003, IMail writing their own directory lookup) keep the wording's reading.
 */
import type { RuleTable } from '../types.js';
import { TEXT_RULES } from './text-phrases.js';

/** The wordings of an unknown mailbox, shared with the text-phrases table's `user-unknown` row. */
function userUnknownPhrases(): readonly string[] {
  const row = TEXT_RULES.rules.find((r) => r.id === 'user-unknown');
  if (!row || !row.text) throw new TypeError('rule table text-phrases: the user-unknown row is missing');
  return row.text;
}

/** Mailbox wording read together with the SMTP stage it answered. */
export const SMTP_STAGE_RULES: RuleTable = {
  id: 'smtp-stage',
  description: 'The SMTP stage of a refusal decides what mailbox wording means',
  rules: [
    // sendmail's local delivery agent looked the user up itself: the mailbox does not exist,
    // whatever the stage of the SMTP reply that relays it ("554 ... Service unavailable").
    { id: 'local-delivery-unknown-user', reason: 'userunknown', text: ['mail.local: unknown user'] },
    {
      id: 'mailbox-wording-outside-rcpt',
      reason: 'filtered',
      command: ['DATA', ''],
      replyCode: ['5xx', '4xx'],
      notStatus: ['x.1.*'],
      notText: ['domain does not exist', 'sender address rejected'],
      text: userUnknownPhrases(),
    },
  ],
};
