/**
 * The RFC 5321 meaning of basic reply codes, as reasons: the last resort for a report that gives
 * a reply code and nothing more specific (no enhanced status beyond x.0.0, no words any other
 * table knows). Codes whose meaning covers several reasons (450, 550, 553, 554: "mailbox
 * unavailable", "not allowed", "transaction failed") are left out, so such records stay `onhold`.
 * Data only; the meanings are in reference/rfc5321-reply-codes.tsv.
 */
import type { RuleTable } from '../types.js';

/** Bare basic reply codes, the last table tried before `onhold`. */
export const REPLY_CODE_RULES: RuleTable = {
  id: 'reply-codes',
  description: 'RFC 5321 meaning of a basic reply code, when nothing else decided',
  rules: [
    // Service not available / local processing error / cannot take the parameters now.
    { id: '421-451-455', reason: 'systemerror', replyCode: ['421', '451', '455'] },
    // Insufficient system storage.
    { id: '452', reason: 'systemfull', replyCode: ['452'] },
    // Syntax errors, commands or parameters not recognised or not implemented, bad sequence.
    { id: '500-505-555', reason: 'syntaxerror', replyCode: ['500', '501', '502', '503', '504', '555'] },
    // RFC 7504: the host (521) or the domain (556, null MX) does not accept mail.
    { id: '521-556', reason: 'notaccept', replyCode: ['521', '556'] },
    // Encryption needed before the authentication mechanism (RFC 4954, RFC 5248).
    { id: '523-524-538', reason: 'failedstarttls', replyCode: ['523', '524', '538'] },
    // RFC 5248: the user account is disabled.
    { id: '525', reason: 'suspend', replyCode: ['525'] },
    // Authentication required, mechanism too weak, credentials invalid.
    { id: '530-534-535', reason: 'securityerror', replyCode: ['530', '534', '535'] },
    // User not local: the server names another path for the recipient.
    { id: '551', reason: 'hasmoved', replyCode: ['551'] },
    // Exceeded storage allocation.
    { id: '552', reason: 'mailboxfull', replyCode: ['552'] },
  ],
};
