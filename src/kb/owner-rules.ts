/**
 * When who must act depends on where the rejection happened. The knowledge base gives each entry
 * the usual owner; these rules name a different owner in a situation the NDR itself shows. Data
 * only: the explain engine checks the situation and applies the rule.
 */
import type { Owner } from './reasons.js';

/** Situations an NDR can show. `rejected-by-recipient-domain`: the server that refused the message
 * belongs to the recipient's own domain (`mail.contoso.com` refusing mail for `ronald@contoso.com`). */
export type OwnerSituation = 'rejected-by-recipient-domain';

/** One rule: in situation `when`, the entry `entryId` names `owner` instead of its usual one. */
export interface OwnerRule {
  readonly entryId: string;
  readonly when: OwnerSituation;
  readonly owner: Owner;
  /** Why, for the reader. */
  readonly note: string;
}

/** The owner rules, by knowledge-base entry id. */
export const OWNER_RULES: readonly OwnerRule[] = [
  {
    entryId: 'exo-5.7.1-not-authenticated',
    when: 'rejected-by-recipient-domain',
    owner: 'recipient-admin',
    note: 'The server that refused the message is the recipient domain\'s own mail server: it refuses anonymous mail from the internet, so the recipient\'s admin must change it.',
  },
  {
    entryId: 'exo-5.7.1-relay',
    when: 'rejected-by-recipient-domain',
    owner: 'recipient-admin',
    note: 'The server that refused to relay is the recipient domain\'s own mail server: it does not accept mail for its own domain, so the recipient\'s admin must fix its accepted domains or the MX record.',
  },
];
