/**
 * The bounce reason ids, owners and record kinds: the one source of truth for these unions.
 * Reason ids follow the Sisimai vocabulary so results compare record for record.
 */

/** Every reason id, in the order of the taxonomy. */
export const REASON_IDS = [
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
  'mailboxfull',
  'systemfull',
  'suspend',
  'mesgtoobig',
  'exceedlimit',
  'blocked',
  'badreputation',
  'requireptr',
  'authfailure',
  'rejected',
  'norelaying',
  'spamdetected',
  'virusdetected',
  'filtered',
  'policyviolation',
  'securityerror',
  'contenterror',
  'notcompliantrfc',
  'speeding',
  'toomanyconn',
  'expired',
  'networkerror',
  'mailererror',
  'systemerror',
  'syntaxerror',
  'failedstarttls',
  'suppressed',
  'onhold',
  'undefined',
  'delivered',
  'feedback',
  'vacation',
] as const;

/** A bounce reason id. */
export type ReasonId = (typeof REASON_IDS)[number];

/** Whether a reason means "stop sending to this address" by default. */
export type Hardness = 'hard' | 'soft' | 'neither';

/** One row of the reason taxonomy, in the project's words. */
export interface ReasonInfo {
  readonly id: ReasonId;
  readonly summary: string;
  readonly hardness: Hardness;
}

/** The reason taxonomy. The record's own evidence (4xx vs 5xx) may override `hardness`. */
export const REASONS: Readonly<Record<ReasonId, ReasonInfo>> = {
  userunknown: { id: 'userunknown', summary: 'The mailbox does not exist at the destination.', hardness: 'hard' },
  hostunknown: { id: 'hostunknown', summary: 'The recipient domain does not exist or has no mail server.', hardness: 'hard' },
  hasmoved: { id: 'hasmoved', summary: 'The mailbox has moved and mail is not forwarded.', hardness: 'hard' },
  notaccept: { id: 'notaccept', summary: 'The destination accepts no mail at all.', hardness: 'hard' },
  mailboxfull: { id: 'mailboxfull', summary: "The recipient's mailbox is over its quota.", hardness: 'soft' },
  systemfull: { id: 'systemfull', summary: "The destination server's storage is full.", hardness: 'soft' },
  suspend: { id: 'suspend', summary: 'The account exists but is suspended or disabled.', hardness: 'soft' },
  mesgtoobig: { id: 'mesgtoobig', summary: 'The message is larger than a size limit allows.', hardness: 'soft' },
  exceedlimit: { id: 'exceedlimit', summary: 'Another limit was exceeded (recipients, header size).', hardness: 'soft' },
  blocked: { id: 'blocked', summary: 'The sending IP address or host was refused.', hardness: 'soft' },
  badreputation: { id: 'badreputation', summary: "Refused because of the sending IP's or domain's reputation.", hardness: 'soft' },
  requireptr: { id: 'requireptr', summary: 'The sending IP has no or a mismatching reverse DNS (PTR) record.', hardness: 'soft' },
  authfailure: { id: 'authfailure', summary: 'SPF, DKIM or DMARC checks failed.', hardness: 'soft' },
  rejected: { id: 'rejected', summary: 'The envelope sender or sender domain was refused.', hardness: 'soft' },
  norelaying: { id: 'norelaying', summary: 'The server will not relay mail to that destination.', hardness: 'soft' },
  spamdetected: { id: 'spamdetected', summary: 'The content was judged to be spam.', hardness: 'soft' },
  virusdetected: { id: 'virusdetected', summary: 'The content carried malware.', hardness: 'soft' },
  filtered: { id: 'filtered', summary: 'A content or recipient filter refused the message after DATA.', hardness: 'soft' },
  policyviolation: { id: 'policyviolation', summary: 'A site policy refused the message (rule, restriction, group permission).', hardness: 'soft' },
  securityerror: { id: 'securityerror', summary: 'A security problem: authentication required or failed, or a compromised account.', hardness: 'soft' },
  contenterror: { id: 'contenterror', summary: 'The headers or content are malformed.', hardness: 'soft' },
  notcompliantrfc: { id: 'notcompliantrfc', summary: 'The message does not follow RFC 5322 and related standards.', hardness: 'soft' },
  speeding: { id: 'speeding', summary: 'The sender exceeded a sending rate limit.', hardness: 'soft' },
  toomanyconn: { id: 'toomanyconn', summary: 'Too many simultaneous connections.', hardness: 'soft' },
  expired: { id: 'expired', summary: 'Retries ran out before the message could be delivered.', hardness: 'soft' },
  networkerror: { id: 'networkerror', summary: 'A DNS, connection or routing failure, or a time-out.', hardness: 'soft' },
  mailererror: { id: 'mailererror', summary: 'A local delivery program failed.', hardness: 'soft' },
  systemerror: { id: 'systemerror', summary: 'The remote system failed (internal error or misconfiguration).', hardness: 'soft' },
  syntaxerror: { id: 'syntaxerror', summary: 'The SMTP dialogue had a syntax error.', hardness: 'soft' },
  failedstarttls: { id: 'failedstarttls', summary: 'STARTTLS was required or failed (including MTA-STS and DANE).', hardness: 'soft' },
  suppressed: { id: 'suppressed', summary: 'The sending service refused the address because it is on a suppression list.', hardness: 'hard' },
  onhold: { id: 'onhold', summary: 'A failure, but with too little detail to decide why.', hardness: 'soft' },
  undefined: { id: 'undefined', summary: 'No reason could be determined.', hardness: 'soft' },
  delivered: { id: 'delivered', summary: 'The message was delivered (success notification).', hardness: 'neither' },
  feedback: { id: 'feedback', summary: 'A spam complaint (ARF feedback report).', hardness: 'neither' },
  vacation: { id: 'vacation', summary: 'An automatic reply (RFC 3834).', hardness: 'neither' },
};

/** Who must act to fix a failure. `none`: it is temporary and will be retried. */
export const OWNERS = ['sender', 'sender-admin', 'recipient-admin', 'service', 'none'] as const;
/** One of `OWNERS`. */
export type Owner = (typeof OWNERS)[number];

/** What kind of report a delivery record comes from. */
export const RECORD_KINDS = ['bounce', 'delay', 'delivered', 'feedback', 'auto-reply'] as const;
/** One of `RECORD_KINDS`. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Type guard for reason ids read from untrusted data. */
export function isReasonId(value: string): value is ReasonId {
  return Object.prototype.hasOwnProperty.call(REASONS, value);
}
