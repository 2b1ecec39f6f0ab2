/**
 * Default owner (who must act) per reason, used when neither the knowledge base nor a rule says.
 * Data only.
 */
import type { Owner, ReasonId } from '../kb/reasons.js';

/** Who usually fixes each reason. */
export const DEFAULT_OWNER: Readonly<Record<ReasonId, Owner>> = {
  userunknown: 'sender',
  hostunknown: 'sender',
  hasmoved: 'sender',
  notaccept: 'recipient-admin',
  mailboxfull: 'recipient-admin',
  systemfull: 'recipient-admin',
  suspend: 'recipient-admin',
  mesgtoobig: 'sender',
  exceedlimit: 'sender',
  blocked: 'sender-admin',
  badreputation: 'sender-admin',
  requireptr: 'sender-admin',
  authfailure: 'sender-admin',
  rejected: 'sender-admin',
  norelaying: 'recipient-admin',
  spamdetected: 'sender',
  virusdetected: 'sender',
  filtered: 'recipient-admin',
  policyviolation: 'recipient-admin',
  securityerror: 'sender-admin',
  contenterror: 'sender',
  notcompliantrfc: 'sender-admin',
  speeding: 'sender-admin',
  toomanyconn: 'sender-admin',
  expired: 'none',
  networkerror: 'none',
  mailererror: 'recipient-admin',
  systemerror: 'recipient-admin',
  syntaxerror: 'sender-admin',
  failedstarttls: 'sender-admin',
  suppressed: 'sender',
  onhold: 'sender-admin',
  undefined: 'sender-admin',
  delivered: 'none',
  feedback: 'sender',
  vacation: 'none',
};
