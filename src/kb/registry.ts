/**
 * The IANA registry of SMTP enhanced status codes (RFC 3463, RFC 5248 and the RFCs that added
 * codes later), as data: every class, every subject and every registered detail, in the project's
 * own words. The engine uses it so any `x.y.z` code gets at least a generic meaning: the detail
 * when it is registered, else the subject (`x.y.0` meaning of subject `y`), else the class.
 */
import type { KbFix } from './types.js';
import type { Owner, ReasonId } from './reasons.js';

/** The IANA page that lists every enhanced status code. */
export const REGISTRY_URL = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml';

/** The first digit of an enhanced status code. */
export interface RegistryClass {
  readonly digit: '2' | '4' | '5';
  readonly name: string;
  readonly meaning: string;
  readonly permanent: boolean;
}

/** The second part of an enhanced status code: what area the problem is in. */
export interface RegistrySubject {
  readonly subject: number;
  readonly name: string;
  readonly meaning: string;
  /** Who usually acts on a permanent failure in this area. */
  readonly owner: Owner;
  readonly reason: ReasonId;
  readonly fix: KbFix;
}

/** One registered `X.subject.detail` code. */
export interface RegistryDetail {
  /** The code with the class written as X: `X.1.1`. */
  readonly code: string;
  readonly subject: number;
  readonly detail: number;
  /** The registry's name for the code, quoted. */
  readonly name: string;
  /** Basic reply codes the registry lists with it ([] when it gives none). */
  readonly basic: readonly string[];
  readonly meaning: string;
  /** Who usually acts when the code is a permanent failure. */
  readonly owner: Owner;
  readonly reason: ReasonId;
  /** A fix more precise than the subject's, when there is one. */
  readonly fix?: KbFix;
  /** The RFCs that define it. */
  readonly rfcs: readonly string[];
}

/** The three classes of enhanced status codes (2 success, 4 temporary, 5 permanent). */
export const REGISTRY_CLASSES: readonly RegistryClass[] = [
  { digit: '2', name: 'Success', meaning: 'The message was delivered; the rest of the code may say what was done to it on the way.', permanent: false },
  { digit: '4', name: 'Persistent Transient Failure', meaning: 'The message is acceptable, but a condition that may clear stopped it for now. The sending server keeps retrying for a while.', permanent: false },
  { digit: '5', name: 'Permanent Failure', meaning: 'Sending the same message again will fail the same way: the message, the address or a setting has to change first.', permanent: true },
];

const SENDER_CHECK_ADDRESS = 'Check the address for typing mistakes, or ask the recipient for a current address, then send again.';

/** The subjects of enhanced status codes (`x.y.*`), with the generic meaning of each. */
export const REGISTRY_SUBJECTS: readonly RegistrySubject[] = [
  {
    subject: 0, name: 'Other or Undefined Status', meaning: 'The server gave no area for the problem.', owner: 'recipient-admin', reason: 'undefined',
    fix: { sender: 'Read the server text that came with the code; it usually says more than the code does.', recipientAdmin: 'Look up the rejection in the receiving server\'s logs to find the real cause.' },
  },
  {
    subject: 1, name: 'Addressing Status', meaning: 'Something is wrong with the sender\'s or the recipient\'s address.', owner: 'sender', reason: 'userunknown',
    fix: { sender: SENDER_CHECK_ADDRESS },
  },
  {
    subject: 2, name: 'Mailbox Status', meaning: 'The recipient\'s mailbox exists but something about it stopped delivery.', owner: 'recipient-admin', reason: 'mailboxfull',
    fix: { sender: 'Tell the recipient by another channel, or try again later.', recipientAdmin: 'Check the mailbox: its quota, whether it is enabled, its size limits.' },
  },
  {
    subject: 3, name: 'Mail System Status', meaning: 'The receiving mail system could not take the message because of its own state or settings.', owner: 'recipient-admin', reason: 'systemerror',
    fix: { recipientAdmin: 'Check the receiving mail system: storage, configuration, whether it accepts mail at all.' },
  },
  {
    subject: 4, name: 'Network and Routing Status', meaning: 'The message could not be routed or carried to the next server (DNS, connection, loop, time-out).', owner: 'recipient-admin', reason: 'networkerror',
    fix: { senderAdmin: 'Check the sending server\'s queue and DNS resolution for the destination.', recipientAdmin: 'Check the domain\'s MX records and that its mail servers are reachable.' },
  },
  {
    subject: 5, name: 'Mail Delivery Protocol Status', meaning: 'The two servers did not agree in the SMTP dialogue: a bad command, a bad argument or too many recipients.', owner: 'sender-admin', reason: 'syntaxerror',
    fix: { senderAdmin: 'Check the sending software or device: its SMTP commands, their order and arguments.' },
  },
  {
    subject: 6, name: 'Message Content or Media Status', meaning: 'The content of the message could not be delivered as it is (format, encoding, conversion).', owner: 'sender', reason: 'contenterror',
    fix: { sender: 'Send the message in a simpler form (plain text or HTML, fewer or different attachments).', senderAdmin: 'Check how the sending software encodes messages.' },
  },
  {
    subject: 7, name: 'Security or Policy Status', meaning: 'A security or policy check refused the message: permissions, filtering, authentication or encryption.', owner: 'recipient-admin', reason: 'policyviolation',
    fix: { sender: 'Ask the recipient, by another channel, whether their organisation blocks you.', senderAdmin: 'Check the sending domain\'s SPF, DKIM and DMARC and the sending IP\'s reputation.', recipientAdmin: 'Check which policy refused the message and allow the sender if it is wanted mail.' },
  },
];

/** Every registered detail code, in registry order. */
export const REGISTRY_DETAILS: readonly RegistryDetail[] = [
  { code: 'X.0.0', subject: 0, detail: 0, name: 'Other undefined Status', basic: [], meaning: 'Only the class is known: success, temporary or permanent failure, nothing more.', owner: 'recipient-admin', reason: 'undefined', rfcs: ['RFC 3463'] },
  { code: 'X.1.0', subject: 1, detail: 0, name: 'Other address status', basic: [], meaning: 'An address caused the report; the server did not say which part.', owner: 'sender', reason: 'userunknown', rfcs: ['RFC 3463'] },
  { code: 'X.1.1', subject: 1, detail: 1, name: 'Bad destination mailbox address', basic: ['451', '550'], meaning: 'The mailbox (the part before the @) does not exist at the destination.', owner: 'sender', reason: 'userunknown', fix: { sender: SENDER_CHECK_ADDRESS + ' Remove the address from your lists if it keeps failing.', recipientAdmin: 'If the address should exist, check that the mailbox is created and has an email address.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.2', subject: 1, detail: 2, name: 'Bad destination system address', basic: [], meaning: 'The domain (the part after the @) does not exist or takes no mail.', owner: 'sender', reason: 'hostunknown', fix: { sender: 'Check the domain part of the address for typing mistakes.', recipientAdmin: 'Check that the domain is registered and publishes MX records.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.3', subject: 1, detail: 3, name: 'Bad destination mailbox address syntax', basic: ['501'], meaning: 'The recipient address is not written as a valid address.', owner: 'sender', reason: 'userunknown', fix: { sender: 'Correct the address: no spaces, one @, no stray punctuation.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.4', subject: 1, detail: 4, name: 'Destination mailbox address ambiguous', basic: [], meaning: 'The address matches more than one recipient at the destination.', owner: 'sender', reason: 'userunknown', fix: { sender: 'Use the recipient\'s full, exact address.', recipientAdmin: 'Remove the duplicate address from the directory.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.5', subject: 1, detail: 5, name: 'Destination address valid', basic: ['250'], meaning: 'A positive answer: the recipient address is valid.', owner: 'none', reason: 'delivered', rfcs: ['RFC 3463'] },
  { code: 'X.1.6', subject: 1, detail: 6, name: 'Destination mailbox has moved, No forwarding address', basic: [], meaning: 'The address used to work but no longer takes mail, and no new address is known.', owner: 'sender', reason: 'hasmoved', fix: { sender: 'Remove the address and ask the recipient for the new one.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.7', subject: 1, detail: 7, name: 'Bad sender\'s mailbox address syntax', basic: [], meaning: 'The sender address is not written as a valid address.', owner: 'sender-admin', reason: 'rejected', fix: { senderAdmin: 'Fix the envelope sender (MAIL FROM) the sending software uses.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.8', subject: 1, detail: 8, name: 'Bad sender\'s system address', basic: ['451', '501'], meaning: 'The sender\'s domain does not exist or cannot receive replies.', owner: 'sender-admin', reason: 'rejected', fix: { senderAdmin: 'Make sure the sending domain resolves in DNS and has MX records, and that the software uses the right sender domain.' }, rfcs: ['RFC 3463'] },
  { code: 'X.1.9', subject: 1, detail: 9, name: 'Message relayed to non-compliant mailer', basic: [], meaning: 'The address was valid, but the message went on to a system that sends no delivery reports.', owner: 'none', reason: 'undefined', rfcs: ['RFC 3886'] },
  { code: 'X.1.10', subject: 1, detail: 10, name: 'Recipient address has null MX', basic: ['556'], meaning: 'The recipient domain publishes a null MX: it says it accepts no mail at all.', owner: 'sender', reason: 'notaccept', fix: { sender: 'The domain takes no email; reach the recipient another way and remove the address.' }, rfcs: ['RFC 7505', 'RFC 7504'] },
  { code: 'X.2.0', subject: 2, detail: 0, name: 'Other or undefined mailbox status', basic: [], meaning: 'The mailbox exists, but something about it caused the report.', owner: 'recipient-admin', reason: 'onhold', rfcs: ['RFC 3463'] },
  { code: 'X.2.1', subject: 2, detail: 1, name: 'Mailbox disabled, not accepting messages', basic: [], meaning: 'The mailbox exists but does not accept mail now; it may or may not be enabled again.', owner: 'recipient-admin', reason: 'suspend', fix: { sender: 'Reach the recipient another way; stop sending if it stays disabled.', recipientAdmin: 'Enable the mailbox if it should receive mail.' }, rfcs: ['RFC 3463'] },
  { code: 'X.2.2', subject: 2, detail: 2, name: 'Mailbox full', basic: ['552'], meaning: 'The recipient is over the storage quota.', owner: 'recipient-admin', reason: 'mailboxfull', fix: { sender: 'Try again later, or tell the recipient by another channel that their mailbox is full.', recipientAdmin: 'Free space in the mailbox or raise its quota.' }, rfcs: ['RFC 3463'] },
  { code: 'X.2.3', subject: 2, detail: 3, name: 'Message length exceeds administrative limit', basic: ['552'], meaning: 'The message is bigger than this mailbox may receive.', owner: 'sender', reason: 'mesgtoobig', fix: { sender: 'Send a smaller message: share big files as links instead of attachments.', recipientAdmin: 'Raise the mailbox\'s receive size limit if larger messages are wanted.' }, rfcs: ['RFC 3463'] },
  { code: 'X.2.4', subject: 2, detail: 4, name: 'Mailing list expansion problem', basic: ['450', '452'], meaning: 'The recipient is a list, and the list could not be expanded to its members.', owner: 'recipient-admin', reason: 'systemerror', fix: { recipientAdmin: 'Check the list\'s members and settings.' }, rfcs: ['RFC 3463'] },
  { code: 'X.3.0', subject: 3, detail: 0, name: 'Other or undefined mail system status', basic: ['221', '250', '421', '451', '550', '554'], meaning: 'The destination normally takes mail, but a condition of its own stopped this message.', owner: 'recipient-admin', reason: 'systemerror', rfcs: ['RFC 3463'] },
  { code: 'X.3.1', subject: 3, detail: 1, name: 'Mail system full', basic: ['452'], meaning: 'The destination server has run out of storage.', owner: 'recipient-admin', reason: 'systemfull', fix: { recipientAdmin: 'Free disk space on the mail server.' }, rfcs: ['RFC 3463'] },
  { code: 'X.3.2', subject: 3, detail: 2, name: 'System not accepting network messages', basic: ['453', '521'], meaning: 'The host is not taking messages: shut down, overloaded or in maintenance.', owner: 'recipient-admin', reason: 'notaccept', rfcs: ['RFC 3463', 'RFC 7504'] },
  { code: 'X.3.3', subject: 3, detail: 3, name: 'System not capable of selected features', basic: [], meaning: 'The destination cannot provide a feature the message asked for.', owner: 'sender', reason: 'systemerror', rfcs: ['RFC 3463'] },
  { code: 'X.3.4', subject: 3, detail: 4, name: 'Message too big for system', basic: ['552', '554'], meaning: 'The message is larger than the server accepts for any message.', owner: 'sender', reason: 'mesgtoobig', fix: { sender: 'Send a smaller message: remove or compress attachments, or share them as links.' }, rfcs: ['RFC 3463'] },
  { code: 'X.3.5', subject: 3, detail: 5, name: 'System incorrectly configured', basic: [], meaning: 'The destination\'s own configuration does not let it accept the message.', owner: 'recipient-admin', reason: 'systemerror', rfcs: ['RFC 3463'] },
  { code: 'X.3.6', subject: 3, detail: 6, name: 'Requested priority was changed', basic: ['250', '251'], meaning: 'Accepted, but not at the priority the sender asked for.', owner: 'none', reason: 'delivered', rfcs: ['RFC 6710'] },
  { code: 'X.4.0', subject: 4, detail: 0, name: 'Other or undefined network or routing status', basic: [], meaning: 'A network or routing problem the server did not name.', owner: 'recipient-admin', reason: 'networkerror', rfcs: ['RFC 3463'] },
  { code: 'X.4.1', subject: 4, detail: 1, name: 'No answer from host', basic: ['451'], meaning: 'The destination server did not answer the connection.', owner: 'recipient-admin', reason: 'networkerror', rfcs: ['RFC 3463'] },
  { code: 'X.4.2', subject: 4, detail: 2, name: 'Bad connection', basic: ['421'], meaning: 'The connection was made but broke before the transfer finished (time-out, poor link).', owner: 'recipient-admin', reason: 'networkerror', rfcs: ['RFC 3463'] },
  { code: 'X.4.3', subject: 4, detail: 3, name: 'Directory server failure', basic: ['451', '550'], meaning: 'A directory server, usually DNS, could not be reached to route the message.', owner: 'recipient-admin', reason: 'networkerror', rfcs: ['RFC 3463'] },
  { code: 'X.4.4', subject: 4, detail: 4, name: 'Unable to route', basic: [], meaning: 'No next hop could be found for the destination (for example no MX or A record).', owner: 'recipient-admin', reason: 'hostunknown', fix: { sender: 'Check the domain of the address.', recipientAdmin: 'Publish MX records that point at working mail servers.' }, rfcs: ['RFC 3463'] },
  { code: 'X.4.5', subject: 4, detail: 5, name: 'Mail system congestion', basic: ['451'], meaning: 'The mail system is too busy to take the message now.', owner: 'none', reason: 'networkerror', rfcs: ['RFC 3463'] },
  { code: 'X.4.6', subject: 4, detail: 6, name: 'Routing loop detected', basic: [], meaning: 'The message went round in a loop: forwarded too many times.', owner: 'recipient-admin', reason: 'networkerror', fix: { senderAdmin: 'Check forwarding and routing settings on the sending side.', recipientAdmin: 'Check forwarding rules, connectors and MX routing for the recipient domain.' }, rfcs: ['RFC 3463'] },
  { code: 'X.4.7', subject: 4, detail: 7, name: 'Delivery time expired', basic: [], meaning: 'The message waited too long in a queue and was given up.', owner: 'recipient-admin', reason: 'expired', fix: { sender: 'Send again later; if it keeps failing, tell the recipient their server is not taking mail.', recipientAdmin: 'Check that the mail servers for the domain are up and reachable.' }, rfcs: ['RFC 3463'] },
  { code: 'X.5.0', subject: 5, detail: 0, name: 'Other or undefined protocol status', basic: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'], meaning: 'A protocol problem with the next server that no other code covers.', owner: 'sender-admin', reason: 'systemerror', rfcs: ['RFC 3463'] },
  { code: 'X.5.1', subject: 5, detail: 1, name: 'Invalid command', basic: ['430', '500', '501', '503', '530', '550', '554', '555'], meaning: 'A command came out of order or is not supported.', owner: 'sender-admin', reason: 'syntaxerror', rfcs: ['RFC 3463'] },
  { code: 'X.5.2', subject: 5, detail: 2, name: 'Syntax error', basic: ['500', '501', '502', '550', '555'], meaning: 'A command could not be parsed or is unknown.', owner: 'sender-admin', reason: 'syntaxerror', rfcs: ['RFC 3463'] },
  { code: 'X.5.3', subject: 5, detail: 3, name: 'Too many recipients', basic: ['451'], meaning: 'The message had more recipients than one transaction allows.', owner: 'sender-admin', reason: 'exceedlimit', fix: { sender: 'Send to fewer recipients at once.', senderAdmin: 'Let the sending server split the recipient list and retry the rest.' }, rfcs: ['RFC 3463'] },
  { code: 'X.5.4', subject: 5, detail: 4, name: 'Invalid command arguments', basic: ['451', '501', '502', '503', '504', '550', '555'], meaning: 'A valid command had an argument the server does not accept.', owner: 'sender-admin', reason: 'syntaxerror', rfcs: ['RFC 3463'] },
  { code: 'X.5.5', subject: 5, detail: 5, name: 'Wrong protocol version', basic: [], meaning: 'The two servers speak protocol versions that do not fit together.', owner: 'sender-admin', reason: 'systemerror', rfcs: ['RFC 3463'] },
  { code: 'X.5.6', subject: 5, detail: 6, name: 'Authentication Exchange line is too long', basic: ['500'], meaning: 'The client\'s AUTH answer was longer than the server accepts.', owner: 'sender-admin', reason: 'syntaxerror', rfcs: ['RFC 4954'] },
  { code: 'X.6.0', subject: 6, detail: 0, name: 'Other or undefined media error', basic: [], meaning: 'The content made the message undeliverable; no closer code applies.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 3463'] },
  { code: 'X.6.1', subject: 6, detail: 1, name: 'Media not supported', basic: [], meaning: 'The next hop cannot carry this kind of content.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 3463'] },
  { code: 'X.6.2', subject: 6, detail: 2, name: 'Conversion required and prohibited', basic: [], meaning: 'The content would need converting, and the sender or a server forbids that.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 3463'] },
  { code: 'X.6.3', subject: 6, detail: 3, name: 'Conversion required but not supported', basic: ['554'], meaning: 'The content would need converting (for example 8-bit to 7-bit) and a server on the way cannot do it.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 3463'] },
  { code: 'X.6.4', subject: 6, detail: 4, name: 'Conversion with loss performed', basic: ['250'], meaning: 'Delivered, but converting the content lost some of it.', owner: 'none', reason: 'delivered', rfcs: ['RFC 3463'] },
  { code: 'X.6.5', subject: 6, detail: 5, name: 'Conversion Failed', basic: [], meaning: 'A needed conversion of the content was tried and failed.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 3463'] },
  { code: 'X.6.6', subject: 6, detail: 6, name: 'Message content not available', basic: ['554'], meaning: 'Content the message points to on another server (BURL) could not be fetched.', owner: 'sender-admin', reason: 'contenterror', rfcs: ['RFC 4468'] },
  { code: 'X.6.7', subject: 6, detail: 7, name: 'Non-ASCII addresses not permitted for that sender/recipient', basic: ['553', '550'], meaning: 'An address with non-ASCII characters is not allowed for that sender or recipient.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 6531'] },
  { code: 'X.6.8', subject: 6, detail: 8, name: 'UTF-8 string reply is required, but not permitted by the SMTP client', basic: ['252', '553', '550'], meaning: 'The server would have to answer with a UTF-8 address, and the client did not allow that.', owner: 'sender-admin', reason: 'contenterror', rfcs: ['RFC 6531'] },
  { code: 'X.6.9', subject: 6, detail: 9, name: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected', basic: ['550'], meaning: 'The message has UTF-8 headers and cannot go to at least one of its recipients.', owner: 'sender', reason: 'contenterror', rfcs: ['RFC 6531'] },
  { code: 'X.6.10', subject: 6, detail: 10, name: 'UTF-8 string reply is required, but not permitted by the SMTP client (duplicate)', basic: [], meaning: 'A deprecated duplicate of X.6.8.', owner: 'sender-admin', reason: 'contenterror', rfcs: ['RFC 6531'] },
  { code: 'X.7.0', subject: 7, detail: 0, name: 'Other or undefined security status', basic: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'], meaning: 'A security reason that no other code covers, or one the server chose not to name.', owner: 'recipient-admin', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.1', subject: 7, detail: 1, name: 'Delivery not authorized, message refused', basic: ['451', '454', '502', '503', '533', '550', '551'], meaning: 'The sender is not allowed to send to this destination or recipient (a filter or permission refused it).', owner: 'recipient-admin', reason: 'policyviolation', rfcs: ['RFC 3463'] },
  { code: 'X.7.2', subject: 7, detail: 2, name: 'Mailing list expansion prohibited', basic: ['550'], meaning: 'The sender may not post to this mailing list.', owner: 'recipient-admin', reason: 'policyviolation', fix: { sender: 'Ask the list owner for permission to post.', recipientAdmin: 'Add the sender to the list\'s allowed senders if wanted.' }, rfcs: ['RFC 3463'] },
  { code: 'X.7.3', subject: 7, detail: 3, name: 'Security conversion required but not possible', basic: [], meaning: 'The message would have to be converted between secure messaging formats, and that cannot be done.', owner: 'sender', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.4', subject: 7, detail: 4, name: 'Security features not supported', basic: ['504'], meaning: 'The message asks for security features the delivery path cannot provide.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.5', subject: 7, detail: 5, name: 'Cryptographic failure', basic: [], meaning: 'A key or similar data needed to check or decrypt the message was missing or wrong.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.6', subject: 7, detail: 6, name: 'Cryptographic algorithm not supported', basic: [], meaning: 'The message uses an encryption or signature algorithm the receiver does not support.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.7', subject: 7, detail: 7, name: 'Message integrity failure', basic: [], meaning: 'The message was altered or damaged on the way and failed its integrity check.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 3463'] },
  { code: 'X.7.8', subject: 7, detail: 8, name: 'Authentication credentials invalid', basic: ['535', '554'], meaning: 'SMTP authentication failed: the user name or password is wrong or not enough.', owner: 'sender', reason: 'securityerror', fix: { sender: 'Check the user name and password set in the mail client or device.', senderAdmin: 'Check that the account may use SMTP authentication.' }, rfcs: ['RFC 4954'] },
  { code: 'X.7.9', subject: 7, detail: 9, name: 'Authentication mechanism is too weak', basic: ['534'], meaning: 'The chosen login method is weaker than the server allows for this account.', owner: 'sender-admin', reason: 'securityerror', fix: { senderAdmin: 'Configure the client to use a stronger authentication method.' }, rfcs: ['RFC 4954'] },
  { code: 'X.7.10', subject: 7, detail: 10, name: 'Encryption Needed', basic: ['523'], meaning: 'The connection must be encrypted (TLS) before this login method may be used.', owner: 'sender-admin', reason: 'securityerror', fix: { senderAdmin: 'Turn on TLS (STARTTLS) in the client before it logs in.' }, rfcs: ['RFC 5248'] },
  { code: 'X.7.11', subject: 7, detail: 11, name: 'Encryption required for requested authentication mechanism', basic: ['524', '538'], meaning: 'This login method may only be used over an encrypted connection.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 4954'] },
  { code: 'X.7.12', subject: 7, detail: 12, name: 'A password transition is needed', basic: ['422', '432'], meaning: 'The user must log in once with a plain password before this login method works.', owner: 'sender', reason: 'securityerror', rfcs: ['RFC 4954'] },
  { code: 'X.7.13', subject: 7, detail: 13, name: 'User Account Disabled', basic: ['525'], meaning: 'The login worked but the account is disabled.', owner: 'sender-admin', reason: 'suspend', fix: { senderAdmin: 'Enable the account if it should send mail.' }, rfcs: ['RFC 5248'] },
  { code: 'X.7.14', subject: 7, detail: 14, name: 'Trust relationship required', basic: ['535', '554'], meaning: 'The submission server needs a configured trust with another server to fetch content.', owner: 'sender-admin', reason: 'securityerror', rfcs: ['RFC 5248'] },
  { code: 'X.7.15', subject: 7, detail: 15, name: 'Priority Level is too low', basic: ['450', '550'], meaning: 'The requested priority is lower than the server accepts at the moment.', owner: 'sender', reason: 'policyviolation', rfcs: ['RFC 6710'] },
  { code: 'X.7.16', subject: 7, detail: 16, name: 'Message is too big for the specified priority', basic: ['552'], meaning: 'At the requested priority, a message this large is not accepted.', owner: 'sender', reason: 'mesgtoobig', rfcs: ['RFC 6710'] },
  { code: 'X.7.17', subject: 7, detail: 17, name: 'Mailbox owner has changed', basic: [], meaning: 'The mailbox has not belonged to the same person since the date the sender gave (RRVS).', owner: 'sender', reason: 'hasmoved', rfcs: ['RFC 7293'] },
  { code: 'X.7.18', subject: 7, detail: 18, name: 'Domain owner has changed', basic: [], meaning: 'The recipient domain changed owner since the date the sender gave (RRVS).', owner: 'sender', reason: 'hasmoved', rfcs: ['RFC 7293'] },
  { code: 'X.7.19', subject: 7, detail: 19, name: 'RRVS test cannot be completed', basic: [], meaning: 'The ownership check (RRVS) could not be done; the sender may resend without it.', owner: 'sender', reason: 'policyviolation', rfcs: ['RFC 7293'] },
  { code: 'X.7.20', subject: 7, detail: 20, name: 'No passing DKIM signature found', basic: ['550'], meaning: 'No DKIM signature on the message verified.', owner: 'sender-admin', reason: 'authfailure', fix: { senderAdmin: 'Sign outgoing mail with DKIM and publish the matching public key in DNS.' }, rfcs: ['RFC 7372', 'RFC 6376'] },
  { code: 'X.7.21', subject: 7, detail: 21, name: 'No acceptable DKIM signature found', basic: ['550'], meaning: 'Some DKIM signatures verified, but the receiver accepted none of them.', owner: 'sender-admin', reason: 'authfailure', rfcs: ['RFC 7372', 'RFC 6376'] },
  { code: 'X.7.22', subject: 7, detail: 22, name: 'No valid author-matched DKIM signature found', basic: ['550'], meaning: 'No verified DKIM signature is from the domain in the From address.', owner: 'sender-admin', reason: 'authfailure', fix: { senderAdmin: 'Sign with a DKIM key of the From domain (or an aligned subdomain).' }, rfcs: ['RFC 7372', 'RFC 6376'] },
  { code: 'X.7.23', subject: 7, detail: 23, name: 'SPF validation failed', basic: ['550'], meaning: 'The sending IP is not allowed by the sender domain\'s SPF record, and the receiver rejects such mail.', owner: 'sender-admin', reason: 'authfailure', fix: { senderAdmin: 'Add every server that sends for the domain to its SPF record.' }, rfcs: ['RFC 7372', 'RFC 7208'] },
  { code: 'X.7.24', subject: 7, detail: 24, name: 'SPF validation error', basic: ['451', '550'], meaning: 'Checking SPF itself failed: the record is broken or DNS had an error.', owner: 'sender-admin', reason: 'authfailure', fix: { senderAdmin: 'Check the SPF record\'s syntax and that it needs no more than 10 DNS lookups.' }, rfcs: ['RFC 7372', 'RFC 7208'] },
  { code: 'X.7.25', subject: 7, detail: 25, name: 'Reverse DNS validation failed', basic: ['550'], meaning: 'The sending IP failed a reverse DNS (PTR) check.', owner: 'sender-admin', reason: 'requireptr', fix: { senderAdmin: 'Give the sending IP a PTR record whose name resolves back to the same IP.' }, rfcs: ['RFC 7372', 'RFC 7601'] },
  { code: 'X.7.26', subject: 7, detail: 26, name: 'Multiple authentication checks failed', basic: ['550'], meaning: 'More than one authentication check (SPF, DKIM, ...) failed.', owner: 'sender-admin', reason: 'authfailure', fix: { senderAdmin: 'Make SPF and DKIM pass for the sending domain, aligned with the From domain.' }, rfcs: ['RFC 7372'] },
  { code: 'X.7.27', subject: 7, detail: 27, name: 'Sender address has null MX', basic: ['550'], meaning: 'The sender\'s domain publishes a null MX, so it could never receive a reply or report.', owner: 'sender-admin', reason: 'rejected', fix: { senderAdmin: 'Send from a domain that accepts mail, or remove its null MX.' }, rfcs: ['RFC 7505'] },
  { code: 'X.7.28', subject: 7, detail: 28, name: 'Mail flood detected', basic: [], meaning: 'The message looks like part of a flood of similar abusive messages.', owner: 'sender-admin', reason: 'spamdetected', rfcs: ['draft-levine-mailbomb-header'] },
  { code: 'X.7.29', subject: 7, detail: 29, name: 'ARC validation failure', basic: [], meaning: 'The message failed ARC (Authenticated Received Chain) validation.', owner: 'sender-admin', reason: 'authfailure', rfcs: ['RFC 8617'] },
  { code: 'X.7.30', subject: 7, detail: 30, name: 'REQUIRETLS support required', basic: [], meaning: 'The message required REQUIRETLS, and the next hop could not provide it.', owner: 'sender-admin', reason: 'failedstarttls', rfcs: ['RFC 8689'] },
];
