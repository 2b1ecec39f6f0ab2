/**
 * Basic SMTP reply codes (RFC 5321, plus the codes other RFCs pair with enhanced codes), as data,
 * in the project's own words. Used when a reply has no enhanced code, and to describe the one
 * that comes with it.
 */
import type { Owner, ReasonId } from './reasons.js';

/** One basic (three-digit) reply code. */
export interface ReplyCode {
  readonly code: string;
  /** Where it is defined: `RFC 5321`, or the RFC that lists it with an enhanced code. */
  readonly definedIn: string;
  readonly meaning: string;
  /** Who usually acts when a reply has only this code (temporary 4xx codes: nobody, it is retried). */
  readonly owner: Owner;
  readonly reason: ReasonId;
  /**
   * The reply texts RFC 5321 (sections 4.2.2 and 4.2.3) gives for the code, as literal strings
   * (`<domain>` and `<forward-path>` stand for values). Any server may send them, so finding one
   * in a reply says nothing about which mail system wrote it.
   */
  readonly standardTexts?: readonly string[];
}

/** Every basic reply code the project knows, with its meaning. */
export const REPLY_CODES: readonly ReplyCode[] = [
  { code: '211', definedIn: 'RFC 5321', meaning: 'System status or help reply.', owner: 'none', reason: 'delivered', standardTexts: ['System status, or system help reply'] },
  { code: '214', definedIn: 'RFC 5321', meaning: 'Help text meant for a person.', owner: 'none', reason: 'delivered', standardTexts: ['Help message'] },
  { code: '220', definedIn: 'RFC 5321', meaning: 'The server greets the client: the service is ready.', owner: 'none', reason: 'delivered', standardTexts: ['<domain> Service ready'] },
  { code: '221', definedIn: 'RFC 5321', meaning: 'The server is closing the connection (answer to QUIT).', owner: 'none', reason: 'delivered', standardTexts: ['<domain> Service closing transmission channel'] },
  { code: '235', definedIn: 'RFC 4954', meaning: 'Authentication succeeded.', owner: 'none', reason: 'delivered' },
  { code: '250', definedIn: 'RFC 5321', meaning: 'The requested action was done.', owner: 'none', reason: 'delivered', standardTexts: ['Requested mail action okay, completed'] },
  { code: '251', definedIn: 'RFC 5321', meaning: 'The user is not local; the server will forward the message.', owner: 'none', reason: 'delivered', standardTexts: ['User not local; will forward to <forward-path>'] },
  { code: '252', definedIn: 'RFC 5321', meaning: 'The user cannot be verified, but the server will accept the message and try.', owner: 'none', reason: 'delivered', standardTexts: ['Cannot VRFY user, but will accept message and attempt delivery'] },
  { code: '354', definedIn: 'RFC 5321', meaning: 'Go ahead and send the message data.', owner: 'none', reason: 'delivered', standardTexts: ['Start mail input; end with <CRLF>.<CRLF>'] },
  { code: '421', definedIn: 'RFC 5321', meaning: 'The service is not available now and the server is closing the connection (shutdown, overload, rate limit). Temporary.', owner: 'none', reason: 'systemerror', standardTexts: ['<domain> Service not available, closing transmission channel'] },
  { code: '422', definedIn: 'RFC 4954', meaning: 'A password transition is needed before this login method works. Temporary.', owner: 'none', reason: 'securityerror' },
  { code: '430', definedIn: 'RFC 3463', meaning: 'A temporary failure the registry lists with X.5.1 without saying more.', owner: 'none', reason: 'onhold' },
  { code: '432', definedIn: 'RFC 4954', meaning: 'A password transition is needed (AUTH). Exchange also uses 432 with 4.3.2 for throttling. Temporary.', owner: 'none', reason: 'securityerror' },
  { code: '450', definedIn: 'RFC 5321', meaning: 'The mailbox is not available right now (busy, or held back by a policy). Temporary.', owner: 'none', reason: 'onhold', standardTexts: ['Requested mail action not taken: mailbox unavailable'] },
  { code: '451', definedIn: 'RFC 5321', meaning: 'The server hit a local error while processing; try later. Temporary.', owner: 'none', reason: 'systemerror', standardTexts: ['Requested action aborted: local error in processing'] },
  { code: '452', definedIn: 'RFC 5321', meaning: 'Not enough storage on the server, or too many recipients. Temporary.', owner: 'none', reason: 'exceedlimit', standardTexts: ['Requested action not taken: insufficient system storage'] },
  { code: '453', definedIn: 'RFC 3463', meaning: 'The system is not accepting network messages right now. Temporary.', owner: 'none', reason: 'notaccept' },
  { code: '454', definedIn: 'RFC 3207', meaning: 'A temporary failure, usually TLS not available or a temporary authentication failure.', owner: 'none', reason: 'securityerror' },
  { code: '455', definedIn: 'RFC 5321', meaning: 'The server cannot handle the given parameters right now. Temporary.', owner: 'none', reason: 'syntaxerror', standardTexts: ['Server unable to accommodate parameters'] },
  { code: '458', definedIn: 'RFC 1985', meaning: 'Messages for the requested node cannot be queued (ETRN). Temporary.', owner: 'none', reason: 'systemerror' },
  { code: '459', definedIn: 'RFC 1985', meaning: 'The node is not allowed (ETRN). Temporary.', owner: 'none', reason: 'systemerror' },
  { code: '500', definedIn: 'RFC 5321', meaning: 'Syntax error: the command was not recognised, or the line was too long.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['Syntax error, command unrecognized'] },
  { code: '501', definedIn: 'RFC 5321', meaning: 'Syntax error in the command\'s parameters or arguments.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['Syntax error in parameters or arguments'] },
  { code: '502', definedIn: 'RFC 5321', meaning: 'The command is not implemented.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['Command not implemented'] },
  { code: '503', definedIn: 'RFC 5321', meaning: 'Commands were sent in the wrong order.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['Bad sequence of commands'] },
  { code: '504', definedIn: 'RFC 5321', meaning: 'A command parameter is not implemented.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['Command parameter not implemented'] },
  { code: '521', definedIn: 'RFC 7504', meaning: 'The host does not accept mail.', owner: 'sender', reason: 'notaccept' },
  { code: '523', definedIn: 'RFC 5248', meaning: 'Encryption is needed before this login method may be used.', owner: 'sender-admin', reason: 'securityerror' },
  { code: '524', definedIn: 'RFC 4954', meaning: 'This login method requires an encrypted connection.', owner: 'sender-admin', reason: 'securityerror' },
  { code: '525', definedIn: 'RFC 5248', meaning: 'The user account is disabled.', owner: 'sender-admin', reason: 'suspend' },
  { code: '530', definedIn: 'RFC 4954', meaning: 'Authentication is required (or STARTTLS must come first).', owner: 'sender-admin', reason: 'securityerror' },
  { code: '533', definedIn: 'RFC 3463', meaning: 'A permanent failure the registry lists with X.7.1 without saying more.', owner: 'recipient-admin', reason: 'policyviolation' },
  { code: '534', definedIn: 'RFC 4954', meaning: 'The login method is too weak.', owner: 'sender-admin', reason: 'securityerror' },
  { code: '535', definedIn: 'RFC 4954', meaning: 'Authentication failed: the credentials are not valid.', owner: 'sender', reason: 'securityerror' },
  { code: '538', definedIn: 'RFC 4954', meaning: 'This login method requires an encrypted connection.', owner: 'sender-admin', reason: 'securityerror' },
  { code: '550', definedIn: 'RFC 5321', meaning: 'The action was not taken: the mailbox is unavailable (not found, no access, or refused by policy).', owner: 'sender', reason: 'onhold', standardTexts: ['Requested action not taken: mailbox unavailable'] },
  { code: '551', definedIn: 'RFC 5321', meaning: 'The user is not local; the client should try the given address.', owner: 'sender', reason: 'hasmoved', standardTexts: ['User not local; please try <forward-path>'] },
  { code: '552', definedIn: 'RFC 5321', meaning: 'The action was aborted: a storage allocation (quota or size) was exceeded.', owner: 'sender', reason: 'mesgtoobig', standardTexts: ['Requested mail action aborted: exceeded storage allocation'] },
  { code: '553', definedIn: 'RFC 5321', meaning: 'The action was not taken: the mailbox name is not allowed (for example bad syntax).', owner: 'sender', reason: 'userunknown', standardTexts: ['Requested action not taken: mailbox name not allowed'] },
  { code: '554', definedIn: 'RFC 5321', meaning: 'The transaction failed (as a greeting: no SMTP service here).', owner: 'recipient-admin', reason: 'onhold', standardTexts: ['Transaction failed', 'No SMTP service here'] },
  { code: '555', definedIn: 'RFC 5321', meaning: 'MAIL FROM or RCPT TO parameters are not recognised or not implemented.', owner: 'sender-admin', reason: 'syntaxerror', standardTexts: ['MAIL FROM/RCPT TO parameters not recognized or not implemented'] },
  { code: '556', definedIn: 'RFC 7504', meaning: 'The domain does not accept mail (null MX).', owner: 'sender', reason: 'notaccept' },
];
