/**
 * The RFC 3463 registry meaning of enhanced status codes, as reasons. Tried last, after the text
 * phrases, because many servers send a generic or misused code with precise words. Data only.
 */
import type { RuleTable } from '../types.js';

/** The enhanced status registry's reading of each code, tried after the phrase tables. */
export const STATUS_RULES: RuleTable = {
  id: 'status-codes',
  description: 'Registry meaning of each enhanced status code',
  rules: [
    { id: 'x.1.1', reason: 'userunknown', status: ['x.1.1', 'x.1.3', 'x.1.4'] },
    // RFC 7505: the domain publishes a null MX, it accepts no mail at all.
    { id: 'x.1.10', reason: 'notaccept', status: ['x.1.10'] },
    { id: 'x.1.2', reason: 'hostunknown', status: ['x.1.2'] },
    { id: 'x.1.6', reason: 'hasmoved', status: ['x.1.6'] },
    { id: 'x.1.7-8', reason: 'rejected', status: ['x.1.7', 'x.1.8', 'x.1.0'] },
    { id: 'x.2.1', reason: 'suspend', status: ['x.2.1'] },
    { id: 'x.2.3', reason: 'mesgtoobig', status: ['x.2.3'] },
    // A mailing list at the destination could not be expanded: the destination system's fault.
    { id: 'x.2.4', reason: 'systemerror', status: ['x.2.4'] },
    { id: 'x.2.0', reason: 'filtered', status: ['x.2.0'] },
    { id: 'x.3.1', reason: 'systemfull', status: ['x.3.1'] },
    { id: 'x.3.2', reason: 'notaccept', status: ['x.3.2'] },
    { id: 'x.3.x', reason: 'systemerror', status: ['x.3.0', 'x.3.3', 'x.3.5'] },
    { id: 'x.4.1-2', reason: 'networkerror', status: ['x.4.0', 'x.4.1', 'x.4.2', 'x.4.6', 'x.4.3'] },
    { id: 'x.4.4', reason: 'hostunknown', status: ['5.4.4'] },
    { id: 'x.4.4-temp', reason: 'networkerror', status: ['4.4.4'] },
    { id: 'x.4.5', reason: 'toomanyconn', status: ['x.4.5'] },
    { id: 'x.4.7', reason: 'expired', status: ['x.4.7'] },
    { id: 'x.5.3', reason: 'exceedlimit', status: ['x.5.3'] },
    // x.5.0 is "other or undefined protocol status": with a command-error reply (500-504: syntax,
    // unknown command, bad sequence) it is a dialogue error; otherwise no syntax error is named
    // and the registry entry (kb/registry.ts) reads it as the remote system's state, systemerror
    // (sendmail writes 4.5.0 for a bare "421" greeting).
    { id: 'x.5.0-command', reason: 'syntaxerror', status: ['x.5.0'], replyCode: ['500', '501', '502', '503', '504'] },
    { id: 'x.5.0', reason: 'systemerror', status: ['x.5.0'] },
    { id: 'x.5.x', reason: 'syntaxerror', status: ['x.5.1', 'x.5.2', 'x.5.4', 'x.5.5', 'x.5.6'] },
    { id: 'x.6.x', reason: 'contenterror', status: ['5.6.*', '4.6.*'] },
    { id: 'x.7.1', reason: 'blocked', status: ['x.7.1'] },
    { id: 'x.7.7', reason: 'securityerror', status: ['x.7.0', 'x.7.3', 'x.7.4', 'x.7.5', 'x.7.6', 'x.7.7', 'x.7.8', 'x.7.9', 'x.7.12', 'x.7.14', 'x.7.19'] },
    // The sender may not post to the list (x.7.2), or the requested priority is below what the
    // server accepts now (x.7.15, RFC 6710): permissions of the destination, not security faults.
    { id: 'x.7.2', reason: 'policyviolation', status: ['x.7.2', 'x.7.15'] },
    // RFC 6710: the message is too big for the priority it asked for.
    { id: 'x.7.16', reason: 'mesgtoobig', status: ['x.7.16'] },
    { id: 'x.7.10', reason: 'failedstarttls', status: ['x.7.10', 'x.7.11', 'x.7.30'] },
    { id: 'x.7.13', reason: 'suspend', status: ['x.7.13'] },
    // RFC 7293 (RRVS): the mailbox or the domain changed owner since the date the sender gave; the
    // person the sender knew is not there any more, so the address must not be used again.
    { id: 'x.7.17', reason: 'hasmoved', status: ['x.7.17', 'x.7.18'] },
    // DKIM, SPF, multiple checks (RFC 7372) and ARC (RFC 8617, x.7.29).
    { id: 'x.7.20-26', reason: 'authfailure', status: ['x.7.20', 'x.7.21', 'x.7.22', 'x.7.23', 'x.7.24', 'x.7.26', 'x.7.29'] },
    { id: 'x.7.25', reason: 'requireptr', status: ['x.7.25'] },
    // RFC 7505: the SENDER's domain publishes a null MX, so the receiver refuses the envelope
    // sender; nothing is wrong with the recipient (not notaccept, which would suppress it).
    { id: 'x.7.27', reason: 'rejected', status: ['x.7.27'] },
    { id: 'x.7.28', reason: 'spamdetected', status: ['x.7.28'] },
  ],
};
