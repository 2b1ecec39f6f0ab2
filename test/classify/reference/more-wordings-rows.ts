// Literal reply wordings of real mail servers, hosted mail services, filtering gateways and sending
// services, one per row, grouped by the reason reasons.md gives the failure they denote. Data only:
// more-wordings.test.ts runs every row through the whole parser (as an RFC 3464 DSN, an Exim-style
// and a Postfix-style plain-text report).
//
// Where the rows come from (the `source` of each row):
// - "<MTA>": the default reply text of that MTA (Postfix smtpd/cleanup/local, Exim's ACLs, routers
//   and transports, Sendmail, qmail and its chkuser/vpopmail add-ons, Courier, OpenSMTPD, Exchange,
//   hMailServer, Kerio, CommuniGate), as its documentation or source writes it.
// - "<provider>": the wording a provider's help page documents (iCloud, QQ, Zoho, Mimecast, Orange,
//   SES, Mailgun, Postmark, SparkPost, ...).
// - "Sisimai <Module>": a phrase from the lists in sisimai/p5-sisimai lib/Sisimai/Reason/*.pm or
//   lib/Sisimai/Rhost/*.pm, which Sisimai gathered from real bounces. Those lists hold fragments;
//   the row gives the fragment whole with the reply code its family is sent with (our choice when
//   the list names none), and example.* names and 192.0.2.x addresses for the real ones.
// Where our reason differs from the one Sisimai's list files the phrase under, the row's `note`
// says which reason reasons.md gives and why.
import type { ReplyRow } from '../../helpers/reply-table.js';

type Reason = ReplyRow['reason'];

/** A row, with an optional note on a reading that differs from a source's. */
export interface WordingRow extends ReplyRow {
  readonly note?: string;
}

function row(source: string, reply: string, reason: Reason, more: Partial<WordingRow> = {}): WordingRow {
  return { reply, reason, source, ...more };
}
const RCPT = { command: 'RCPT TO' } as const;
const DATA = { command: 'end of DATA' } as const;
const MAIL = { command: 'MAIL FROM' } as const;
const DELAYED = { action: 'delayed' } as const;
/** Orange's inbound servers (Sisimai Rhost/FrancePTT transcribes their bilingual replies and codes). */
const ORANGE = { remoteMta: 'smtp-in.orange.fr' } as const;
const LAPOSTE = { remoteMta: 'smtp-in.laposte.net' } as const;

export const USER_UNKNOWN: readonly WordingRow[] = [
  row('Postfix (relay_recipient_maps)', '550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in relay recipient table', 'userunknown', RCPT),
  row('Postfix local(8)', 'unknown user: "user"', 'userunknown', { status: '5.1.1' }),
  row('Exim (redirect router fail)', '550 Unknown user', 'userunknown', RCPT),
  row('hMailServer', '550 Unknown user', 'userunknown', { ...RCPT, remoteMta: 'mail.example.org' }),
  row('OpenSMTPD', '550 Invalid recipient: <user@example.org>', 'userunknown', RCPT),
  row('CommuniGate Pro', '550 5.1.1 unknown user account', 'userunknown', RCPT),
  row('qmail (badrcptto patch)', '553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)', 'userunknown', RCPT),
  row('vpopmail (vdelivermail)', 'vdeliver: Invalid or unknown virtual user', 'userunknown', { status: '5.1.1' }),
  row('Exchange Online', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown', { ...RCPT, remoteMta: 'example-org.mail.protection.outlook.com' }),
  row('Domino', '550 5.1.1 User user@example.org not listed in Domino Directory', 'userunknown', RCPT),
  row('iCloud (Sisimai Rhost/Apple)', '550 5.1.1 <user@icloud.com>: inactive email address', 'userunknown', { ...RCPT, remoteMta: 'mx01.mail.icloud.com' }),
  row('iCloud (Sisimai Rhost/Apple)', '550 5.1.1 unknown or illegal alias: user@icloud.com', 'userunknown', { ...RCPT, remoteMta: 'mx01.mail.icloud.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '501 Invalid address', 'userunknown', { ...RCPT, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Sisimai UserUnknown', '550 Mailbox does not exist', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Address does not exist', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 No such person at this address', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 There is no one at this address', 'userunknown', RCPT),
  row('Sisimai UserUnknown', "550 The user's email name is not found", 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 5.1.1 <user@example.org>: Recipient address rejected: Invalid user', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 <user@example.org>: Recipient address rejected: unknown user', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Mailbox not present', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 user@example.org is not an active address at this host', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 No mailbox by that name is currently available', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 No mail box available for this user', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Mailbox invalid', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Unknown mailbox', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Unknown e-mail address', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Email address could not be found', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Address not present in directory', 'userunknown', RCPT),
  row('Sisimai UserUnknown', "550 Can't accept user", 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Destination server rejected recipients', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 This email address is wrong or no longer valid', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Recipient not exist', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 User not known', 'userunknown', RCPT),
  row('Sisimai UserUnknown', '550 Account user@example.org does not exist at the organization', 'userunknown', RCPT),
  row('Sisimai UserUnknown (Spanish)', '550 No existe ese usuario', 'userunknown', RCPT),
  row('Sisimai UserUnknown (Spanish)', '550 No existe dicha persona', 'userunknown', RCPT),
  row('Sisimai UserUnknown (Italian)', '550 Nessun utente simile in questo indirizzo', 'userunknown', RCPT),
  row('Sisimai UserUnknown (French)', '550 Utilisateur inconnu !', 'userunknown', RCPT),
  row('Orange (Sisimai UserUnknown)', '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416', 'userunknown', RCPT),
  row('GMX (sitepackage.de list of German provider replies)', '550 5.1.1 <user@gmx.de>... User is unknown', 'userunknown', { ...RCPT, remoteMta: 'mx00.gmx.net' }),
  row('Web.de (sitepackage.de list of German provider replies)', '550 Benutzer nicht bekannt/User unknown', 'userunknown', { ...RCPT, remoteMta: 'mx-ha01.web.de' }),
  row('Web.de (sitepackage.de list of German provider replies)', '550 Unknown local part user in <web.de>', 'userunknown', { ...RCPT, remoteMta: 'mx-ha01.web.de' }),
  row('AOL (sitepackage.de list of German provider replies)', '550 MAILBOX NOT FOUND', 'userunknown', RCPT),
  row('Lycos (sitepackage.de list of German provider replies)', '550 <user@lycos.de>: Recipient address rejected: Account Closed', 'userunknown', { ...RCPT, note: 'a closed account is gone, not suspended: the address will not come back' }),
  row('generic (sitepackage.de list of German provider replies)', '550 5.2.0 No such mailbox', 'userunknown', RCPT),
  row('Coremail (icoremail.vip bounce help)', '550 unavailable mail user', 'userunknown', RCPT),
  row('Coremail (icoremail.vip bounce help)', "550 local server don't exists that user", 'userunknown', RCPT),
  row('Coremail (icoremail.vip bounce help)', '550 recipient does not have an account', 'userunknown', RCPT),
  row('Coremail (icoremail.vip bounce help)', '550 not user of this server', 'userunknown', RCPT),
  row('emailhost.com.cn bounce help', '550 user not exist', 'userunknown', RCPT),
];

export const HOST_UNKNOWN: readonly WordingRow[] = [
  row('Postfix (smtp, AAAA)', 'Host or domain name not found. Name service error for name=example.org type=AAAA: Host not found', 'hostunknown', { status: '5.4.4' }),
  row('qmail', "Sorry, I couldn't find any host by that name. (#5.1.2)", 'hostunknown'),
  row('Exim (no router took the address)', '550 Unrouteable address', 'hostunknown', { ...RCPT, note: 'Exim writes it when no router accepts the address: a domain that does not resolve, and also an unknown local part when the routers do not check users; hostunknown follows the existing host-unknown row and Sisimai' }),
  row('Exchange Server', '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'hostunknown'),
  row('Sisimai HostUnknown', '553 5.1.2 Recipient domain must exist', 'hostunknown', RCPT),
  row('Sisimai HostUnknown', '550 Mail domain mentioned in email address is unknown', 'hostunknown', RCPT),
  row('Sisimai HostUnknown', '550 5.1.2 <user@example.org>: Recipient address rejected: unknown domain name', 'hostunknown', RCPT),
  row('Sisimai HostUnknown', '550 No such domain', 'hostunknown', RCPT),
  row('German', '550 Die Domain existiert nicht', 'hostunknown', RCPT),
  row('French', '550 Domaine inconnu', 'hostunknown', RCPT),
  row('Japanese', '550 ドメインが存在しません', 'hostunknown', RCPT),
];

export const HAS_MOVED: readonly WordingRow[] = [
  row('Sisimai HasMoved', '550 5.1.6 address user@example.org has been replaced by user@example.com', 'hasmoved', RCPT),
  row('Sisimai HasMoved (no status)', '550 address user@example.org has been replaced by user@example.com', 'hasmoved', RCPT),
  row('iCloud (Sisimai Rhost/Apple)', '550 5.1.6 recipient no longer on server: user@icloud.com', 'hasmoved', { ...RCPT, remoteMta: 'mx01.mail.icloud.com' }),
  row('Postfix (relocated_maps)', '550 5.1.6 <user@example.org>: Recipient address rejected: User has moved to user@example.com', 'hasmoved', RCPT),
  row('RFC 5321 (551)', '551 User not local; please try <user@example.com>', 'hasmoved', RCPT),
  row('Haraka (dsn.js addr_mbox_moved default)', '550 5.1.6 Destination mailbox has moved, No forwarding address', 'hasmoved', RCPT),
];

export const NOT_ACCEPT: readonly WordingRow[] = [
  row('iCloud (Sisimai Rhost/Apple, NotAccept)', '550 Host/domain does not accept mail', 'notaccept', RCPT),
  row('Sendmail (Sisimai NotAccept)', '550 mx.example.org: host does not accept mail', 'notaccept', RCPT),
  row('RFC 7504 (556)', '556 5.1.10 Domain example.org does not accept mail', 'notaccept'),
  row('Mimecast (Sisimai Rhost/Mimecast)', '451 Account inbounds disabled', 'notaccept', { remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Haraka (dsn.js sys_not_accepting_mail default)', '450 4.3.2 System not accepting network messages', 'notaccept', RCPT),
];

export const MAILBOX_FULL: readonly WordingRow[] = [
  row('Sisimai MailboxFull', '552 Account is over quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '452 Account is temporarily over quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '550 Delivery failed: Over quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Disc quota exceeded', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Full mailbox', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 user@example.org is over disk quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Mailbox exceeded the local limit', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Mailbox has exceeded its disk space limit', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Mailbox over quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Mailbox quota usage exceeded', 'mailboxfull', RCPT),
  row('vpopmail (Sisimai MailboxFull)', 'maildir delivery failed: userdisk quota 52428800 exceeded', 'mailboxfull', { status: '5.0.0' }),
  row('Sisimai MailboxFull', '552 Not enough storage space in mailbox of user@example.org', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Quota violation for user@example.org', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Recipient reached disk quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', "552 The user's space has been used up", 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 User has exceeded quota, bouncing mail', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 User has too many messages on the server', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 The message would be over the allowed quota', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 user@example.org does not have enough space', 'mailboxfull', RCPT),
  row('Sisimai MailboxFull', '552 Account is exceeding their quota', 'mailboxfull', RCPT),
  row('Orange (Sisimai MailboxFull)', '552 Boite du destinataire pleine. Recipient mailbox full. OFR_417', 'mailboxfull', RCPT),
  row('Portuguese', '552 A caixa postal do destinatário está cheia', 'mailboxfull', RCPT),
  row('German', '552 Das Postfach des Empfängers ist voll', 'mailboxfull', RCPT),
  row('Orange (Sisimai Rhost/FrancePTT 417)', '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417', 'mailboxfull', { ...RCPT, ...ORANGE }),
  row('T-Online (sitepackage.de list of German provider replies)', '552 5.2.2 Over STORAGE quota', 'mailboxfull', { ...RCPT, remoteMta: 'mx00.t-online.de' }),
  row('Web.de (sitepackage.de list of German provider replies, German and English)', '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.', 'mailboxfull', { ...RCPT, remoteMta: 'mx-ha01.web.de' }),
  row('Web.de (sitepackage.de list of German provider replies, German and English)', '550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.', 'mailboxfull', { ...RCPT, remoteMta: 'mx-ha01.web.de' }),
  row('Lycos (sitepackage.de list of German provider replies)', 'mailbox full - quota exceeded', 'mailboxfull', { status: '5.2.0' }),
  row('generic (sitepackage.de list of German provider replies)', '500 5.0.0 Depot returns error: <552 5.2.2 Over quota>', 'mailboxfull'),
  row('Mail.ru (mailout.ru error list)', '552 User quota exceeded', 'mailboxfull', { ...RCPT, remoteMta: 'mxs.mail.ru' }),
  row('emailhost.com.cn bounce help', '552 Quota exceeded', 'mailboxfull', RCPT),
];

export const SYSTEM_FULL: readonly WordingRow[] = [
  row('Sendmail', '452 4.4.5 Insufficient disk space; try again later', 'systemfull', MAIL),
  row('Postfix', '452 4.3.1 Insufficient system storage', 'systemfull', MAIL),
  row('Exim (check_spool_space)', '452 Space shortage, please try later', 'systemfull', MAIL),
  row('Exchange Server (back pressure)', '452 4.3.1 Insufficient system resources', 'systemfull', MAIL),
  row('Sisimai SystemFull', '552 Mail system full', 'systemfull', DATA),
  row('Haraka (dsn.js sys_disk_full default)', '450 4.3.1 Mail system full', 'systemfull', RCPT),
];

export const SUSPEND: readonly WordingRow[] = [
  row('Sisimai Suspend', '550 user@example.org is currently suspended', 'suspend', RCPT),
  row('Sisimai Suspend', '550 The account has been suspended', 'suspend', RCPT),
  row('Sisimai Suspend', '550 Inactive account', 'suspend', RCPT),
  row('Sisimai Suspend', '550 Invalid/inactive user', 'suspend', RCPT),
  row('QQ Mail (Sisimai Suspend)', '550 user@qq.com is a deactivated mailbox', 'suspend', { ...RCPT, remoteMta: 'mx3.qq.com' }),
  row('Sisimai Suspend', '550 user@example.org is unavailable: user is terminated', 'suspend', RCPT),
  row('Sisimai Suspend', '550 Mailbox currently suspended', 'suspend', RCPT),
  row('Sisimai Suspend', '550 Recipient rejected: Temporarily inactive', 'suspend', RCPT),
  row('Sisimai Suspend', '550 Recipient suspend the service', 'suspend', RCPT),
  row('Sisimai Suspend', '550 This account has been disabled or discontinued', 'suspend', RCPT),
  row('Sisimai Suspend', '550 This account has been temporarily suspended', 'suspend', RCPT),
  row('Sisimai Suspend', '550 This mailbox is disabled', 'suspend', RCPT),
  row('Sisimai Suspend', '550 User or domain is disabled', 'suspend', RCPT),
  row('NetEase 163 (Sisimai Suspend)', '550 User suspended', 'suspend', { ...RCPT, remoteMta: '163mx01.mxmail.netease.com' }),
  row('vpopmail (Sisimai Suspend)', 'vdelivermail: account is locked email bounced', 'suspend', { status: '5.0.0' }),
  row('Orange (Sisimai Suspend)', '550 Boite du destinataire archivee. Archived recipient. OFR_421', 'suspend', RCPT),
  row('German', '550 Das Konto ist deaktiviert', 'suspend', RCPT),
  row('La Poste (Sisimai Rhost/FrancePTT 420)', '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420', 'suspend', { ...RCPT, ...LAPOSTE }),
  row('La Poste (Sisimai Rhost/FrancePTT 426)', '550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426', 'suspend', { ...RCPT, ...LAPOSTE }),
  row('GMX (sitepackage.de list of German provider replies)', '550 5.2.1 <user@gmx.de>... User is inactive', 'suspend', { ...RCPT, remoteMta: 'mx00.gmx.net' }),
  row('Yahoo (sitepackage.de list of German provider replies)', '554 delivery error: dd Sorry your message to user@yahoo.de cannot be delivered. This account has been disabled or discontinued', 'suspend', { ...RCPT, remoteMta: 'mx-eu.mail.am0.yahoodns.net' }),
  row('Coremail (icoremail.vip bounce help)', '550 user disabled', 'suspend', RCPT),
  row('Coremail (icoremail.vip bounce help)', '550 User suspended', 'suspend', RCPT),
];

export const TOO_BIG: readonly WordingRow[] = [
  row('Postfix (smtpd)', '552 5.3.4 Error: message file too big', 'mesgtoobig', DATA),
  row('Postfix (smtpd)', '552 5.3.4 Error: too much mail data', 'mesgtoobig', DATA),
  row('Sisimai MesgTooBig', '552 Exceeded maximum inbound message size', 'mesgtoobig', DATA),
  row('Sisimai MesgTooBig', '552 Max message size exceeded', 'mesgtoobig', DATA),
  row('Sisimai MesgTooBig', '552 Message size exceeds maximum value', 'mesgtoobig', DATA),
  row('Sisimai MesgTooBig', '552 Message too big', 'mesgtoobig', DATA),
  row('Mimecast (Sisimai Rhost/Mimecast)', '554 Maximum email size exceeded', 'mesgtoobig', { ...DATA, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Orange (Sisimai MesgTooBig)', '552 Taille limite du message atteinte', 'mesgtoobig', DATA),
  row('QQ Mail (Sisimai Rhost/Tencent)', '552 Message too large', 'mesgtoobig', { ...DATA, remoteMta: 'mx3.qq.com' }),
  row('Spanish', '552 El mensaje es demasiado grande', 'mesgtoobig', DATA),
  row('Russian', '552 Размер письма превышает допустимый', 'mesgtoobig', DATA),
  row('Haraka (dsn.js sys_msg_too_big default)', '550 5.3.4 Message too big for system', 'mesgtoobig', DATA),
  row('Orange (Sisimai Rhost/FrancePTT 514)', '552 5.3.4 Taille limite du message atteinte. OFR_514', 'mesgtoobig', { ...DATA, ...ORANGE }),
  row('generic (sitepackage.de list of German provider replies)', '552 Error: message too large', 'mesgtoobig', DATA),
  row('emailhost.com.cn bounce help', '552 exceeded mailsize limit', 'mesgtoobig', DATA),
];

export const EXCEED_LIMIT: readonly WordingRow[] = [
  row('Postfix (smtpd_recipient_limit)', '452 4.5.3 Error: too many recipients', 'exceedlimit', RCPT),
  row('Exchange Server', '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients', 'exceedlimit', RCPT),
  row('Sisimai ExceedLimit', '552 Message header size exceeds limit', 'exceedlimit', DATA),
  row('Mimecast (Sisimai Rhost/Mimecast)', '452 Too many recipients', 'exceedlimit', { ...RCPT, remoteMta: 'eu-smtp-inbound-1.mimecast.com', note: 'Sisimai files it under toomanyconn; Mimecast documents a limit of 100 RCPT per message, a recipients-per-message limit, which reasons.md calls exceedlimit' }),
];

export const BAD_REPUTATION: readonly WordingRow[] = [
  row('Sisimai BadReputation', '550 5.7.1 Rejected: the sending IP has a poor email reputation score', 'badreputation'),
  row('Sisimai BadReputation', '554 5.7.1 Rejected due to IP/domain reputation problems', 'badreputation'),
  row('Gmail (Sisimai BadReputation)', '550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.', 'badreputation', { remoteMta: 'gmail-smtp-in.l.google.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Local CT IP Reputation - (reject)', 'badreputation', { remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
];

export const REQUIRE_PTR: readonly WordingRow[] = [
  row('Postfix (reject_unknown_reverse_client_hostname)', '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.25]', 'requireptr', RCPT),
  row('Postfix (reject_unknown_client_hostname)', '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.25]', 'requireptr', RCPT),
  row('Sendmail (Sisimai RequirePTR)', '550 5.7.1 Access denied. IP name lookup failed [192.0.2.25]', 'requireptr', RCPT),
  row('Sisimai RequirePTR', '550 All mail servers must have a PTR record with a valid Reverse DNS entry', 'requireptr'),
  row('Sisimai RequirePTR', '554 Service not available: Bad DNS PTR resource record', 'requireptr'),
  row('Sisimai RequirePTR', '550 5.7.1 Fix reverse DNS for 192.0.2.25', 'requireptr'),
  row('Sisimai RequirePTR', '550 We do not accept mail from IPs with missing PTR records', 'requireptr'),
  row('Sisimai RequirePTR', '550 No PTR Record found.', 'requireptr'),
  row('Sisimai RequirePTR', '550 Please get a custom reverse DNS name from your ISP for your host', 'requireptr'),
  row('Sisimai RequirePTR', '550 Reverse DNS failed', 'requireptr'),
  row('Sisimai RequirePTR', '550 Reverse DNS required', 'requireptr'),
  row('Sisimai RequirePTR', '550 Sender IP reverse lookup rejected', 'requireptr'),
  row('Sisimai RequirePTR', '554 This system will not accept messages from servers/devices with no reverse DNS', 'requireptr'),
  row('Sisimai RequirePTR', '450 4.7.1 Unresolvable relay host name', 'requireptr'),
  row('Mail.ru (Sisimai RequirePTR)', '550 We do not accept mail from hosts with dynamic IP or generic dns PTR-records', 'requireptr', { remoteMta: 'mxs.mail.ru' }),
  row('Sisimai RequirePTR', '550 Reverse DNS lookup for host 192.0.2.25 failed permanently', 'requireptr'),
  row('Sisimai RequirePTR', '550 Server access from 192.0.2.25 forbidden by invalid RDNS record of your mail server', 'requireptr'),
  row('Compuserve (sitepackage.de list of German provider replies)', '554 Refused. Your reverse DNS entry contains your IP address and a country code.', 'requireptr'),
  row('hardwaresecrets.com bounce guide', '451 Bad reverse DNS.', 'requireptr'),
];

export const AUTH_FAILURE: readonly WordingRow[] = [
  row('Sisimai AuthFailure', '550 5.7.1 Bad SPF records for [example.net:192.0.2.25]', 'authfailure', MAIL),
  row('Sisimai AuthFailure', '550 5.7.1 Please inspect your SPF settings', 'authfailure', MAIL),
  row('Sisimai AuthFailure', '550 5.7.1 Sender Policy Framework (SPF) fail', 'authfailure', MAIL),
  row('Sisimai AuthFailure', '550 5.7.1 Sender Policy Framework violation', 'authfailure', MAIL),
  row('Sisimai AuthFailure', '550 5.7.1 SPF (Sender Policy Framework) domain authentication fail', 'authfailure', MAIL),
  row('Sisimai AuthFailure', '550 5.7.0 SPF Check: fail', 'authfailure', MAIL),
  row('Sisimai AuthFailure', "550 5.7.1 192.0.2.25 is not allowed to send from <example.net> per it's SPF Record", 'authfailure', MAIL),
  row('iCloud (Sisimai Rhost/Apple)', "554 5.7.1 Your message was rejected due to example.net's DMARC policy. See https://support.apple.com/en-us/HT204137", 'authfailure', { ...DATA, remoteMta: 'mx01.mail.icloud.com' }),
  row('iCloud (Sisimai Rhost/Apple)', '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.', 'authfailure', { ...DATA, remoteMta: 'mx01.mail.icloud.com' }),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 SPF check failed', 'authfailure', { ...MAIL, remoteMta: 'mx3.qq.com' }),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 DMARC check failed', 'authfailure', { ...DATA, remoteMta: 'mx3.qq.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 SPF Sender Invalid - envelope rejected', 'authfailure', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 DKIM Sender Invalid - envelope rejected', 'authfailure', { ...DATA, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 DMARC Sender Invalid - envelope rejected', 'authfailure', { ...DATA, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Zoho (Sisimai Rhost/Zoho)', '550 5.7.1 Email rejected per DMARC policy for example.net', 'authfailure', { ...DATA, remoteMta: 'smtpin.zoho.com' }),
  row('Exchange Online', '550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject.', 'authfailure', { ...DATA, remoteMta: 'example-org.mail.protection.outlook.com' }),
  row('La Poste (Sisimai Rhost/FrancePTT 517)', '571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517', 'authfailure', { ...DATA, ...LAPOSTE, note: "Sisimai's FrancePTT table says policyviolation; a failed DMARC check is authfailure in reasons.md" }),
  row('La Poste (Sisimai Rhost/FrancePTT 401)', '550 5.5.0 SPF: 192.0.2.25 is not allowed to send mail. LPN004_401', 'authfailure', { ...MAIL, ...LAPOSTE, note: "Sisimai's FrancePTT table says blocked; a failed SPF check is authfailure in reasons.md" }),
  row('GMX (smtp.codes United Internet list)', '550 <user@gmx.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner', 'authfailure', { ...RCPT, remoteMta: 'mx00.gmx.net' }),
  row('Mail.ru (viws.ru DMARC note)', '550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc', 'authfailure', { ...DATA, remoteMta: 'mxs.mail.ru' }),
];

export const SENDER_REJECTED: readonly WordingRow[] = [
  row('Postfix (reject_unlisted_sender)', '550 5.1.0 <sender@example.net>: Sender address rejected: User unknown in local recipient table', 'rejected', MAIL),
  row('Postfix (reject_unlisted_sender), stage not named', '550 5.1.0 <sender@example.net>: Sender address rejected: User unknown in local recipient table', 'rejected'),
  row('Postfix (reject_unverified_sender)', '450 4.1.7 <sender@example.net>: Sender address rejected: unverified address: host mx.example.net[192.0.2.9] said: 550 5.1.1 <sender@example.net>: Recipient address rejected: User unknown in local recipient table', 'rejected', MAIL),
  row('Postfix (reject_sender_login_mismatch)', '553 5.7.1 <sender@example.net>: Sender address rejected: not logged in', 'rejected', MAIL),
  row('Sendmail', '553 5.5.4 <sender>... Domain name required for sender address sender', 'rejected', MAIL),
  row('qmail (mfcheck)', '553 sorry, your envelope sender domain must exist (#5.7.1)', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Administrative prohibition', 'rejected', MAIL),
  row('SonicWall (Sisimai Rejected)', '550 BATV failed to verify', 'rejected', MAIL),
  row('MDaemon (Sisimai Rejected)', '550 Backscatter protection detected an invalid or expired email address', 'rejected', MAIL),
  row('IMail (Sisimai Rejected)', '550 Bogus mail from', 'rejected', MAIL),
  row('Sisimai Rejected', "550 Can't determine Purported Responsible Address", 'rejected', MAIL),
  row('Sisimai Rejected', '550 Connections not accepted from servers without a valid sender domain', 'rejected', MAIL),
  row('Sisimai Rejected', '553 Empty envelope senders not allowed', 'rejected', MAIL),
  row('SpamWall (Sisimai Rejected)', '550 Error: no third-party DSNs', 'rejected', MAIL),
  row('McAfee (Sisimai Rejected)', '550 Fully qualified email address required', 'rejected', MAIL),
  row('Sisimai Rejected', '553 Invalid sender', 'rejected', MAIL),
  row('Sisimai Rejected', '553 Mail from not owned by user', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Null sender is not allowed', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Returned mail not accepted here', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Sender address has been blacklisted', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Sender email address rejected', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Sender is in my black list', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Sender not pre-approved', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Sender domain is empty', 'rejected', MAIL),
  row('Sisimai Rejected', '550 This server does not accept mail from example.net', 'rejected', MAIL),
  row('Sisimai Rejected', '550 Unroutable sender address', 'rejected', MAIL),
  row('MessageLabs (Sisimai Rejected)', '553 Your email address has been blacklisted', 'rejected', MAIL),
  row('Orange (Sisimai Rejected, French)', '550 5.1.0 Emetteur invalide. Invalid Sender. OFR_102', 'rejected', MAIL),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Envelope blocked - User Entry', 'rejected', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Envelope rejected - Block policy for envelope from address', 'rejected', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Exim (sender verify callout)', '550-Verification failed for <sender@example.net> 550-Unrouteable address 550 Sender verify failed', 'rejected', RCPT),
  row('Exim (sender verify callout), stage not named', '550-Verification failed for <sender@example.net> 550-Unrouteable address 550 Sender verify failed', 'rejected'),
  row('Orange (Sisimai Rhost/FrancePTT 405)', '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405', 'rejected', { ...MAIL, ...ORANGE }),
  row('La Poste (Sisimai Rhost/FrancePTT 421)', '553 5.5.3 Mail from not owned by user. LPN105_421', 'rejected', { ...MAIL, ...LAPOSTE }),
  row('Coremail (icoremail.vip bounce help)', '550 Requested mail action not taken: Fake sender', 'rejected', MAIL),
  row('Coremail (icoremail.vip bounce help)', '550 Requested action not taken: NULL sender is not allowed', 'rejected', MAIL),
];

export const NO_RELAYING: readonly WordingRow[] = [
  row('Sisimai NoRelaying', '550 sender@example.net is not permitted to relay through this server without authentication', 'norelaying', RCPT),
  row('MailEnable (Sisimai NoRelaying)', '550 This mail server requires authentication when attempting to send to a non-local e-mail address', 'norelaying', RCPT),
  row('Sisimai NoRelaying', '550 Not allowed to relay through this machine', 'norelaying', RCPT),
  row('Sisimai NoRelaying', '550 We are not an open relay, so get lost', 'norelaying', RCPT),
  row('Sisimai NoRelaying', '550 Relaying mail to example.org is not allowed', 'norelaying', RCPT),
  row('Sisimai NoRelaying', '550 This system is not configured to relay mail', 'norelaying', RCPT),
  row('Sisimai NoRelaying', "550 We don't handle mail for example.org", 'norelaying', RCPT),
  row('Sisimai NoRelaying', '550 Insecure mail relay', 'norelaying', RCPT),
  row('Mimecast (Sisimai Rhost/Mimecast)', '451 Open relay not allowed', 'norelaying', { ...RCPT, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Exchange Online', '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', 'norelaying', RCPT),
  row('Courier', '513 Relaying denied.', 'norelaying', RCPT),
  row('hMailServer', '550 Delivery is not allowed to this address.', 'norelaying', RCPT),
  row('Kerio Connect', '550 5.7.1 Relaying to <user@example.org> denied (authentication required)', 'norelaying', RCPT),
  row('Haraka (dsn.js relaying_denied default)', '550 5.7.1 Relaying denied', 'norelaying', RCPT),
  row('Exim (FAQ Q0743 ACL)', '550 Relaying denied', 'norelaying', RCPT),
  row('Coremail (icoremail.vip bounce help)', '550 Requested action not taken: Local user only', 'norelaying', RCPT),
];

export const SPAM: readonly WordingRow[] = [
  row('cPanel Exim + SpamAssassin (Sisimai SpamDetected)', '550 "The mail server detected your message as spam and has prevented delivery."', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '554 Blacklisted URL in message', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Blocked by SpamAssassin', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Message considered unsolicited bulk e-mail (spam) by our mail filters', 'spamdetected', DATA),
  row('Cyberoam (Sisimai SpamDetected)', '550 Cyberoam Anti Spam Engine has identified this email as a bulk email', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Mail appears to be unsolicited', 'spamdetected', DATA),
  row('MailMarshal (Sisimai SpamDetected)', '550 Message refused by MailMarshal SpamProfiler', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Message rejected due to suspected spam content', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Our filters rate at and above 95 percent probability of being spam', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Reject bulk.advertising', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Rejected: SpamAssassin score 7.5', 'spamdetected', DATA),
  row('SpamBouncer (Sisimai SpamDetected)', '550 SpamBouncer identified SPAM', 'spamdetected', DATA),
  row('Earthlink (Sisimai SpamDetected)', '550 Too much spam.', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 The message was rejected due to classification as bulk mail', 'spamdetected', DATA),
  row('SendGrid (Sisimai SpamDetected)', '550 The content of this message looked like spam', 'spamdetected', DATA),
  row('SendGrid (Sisimai SpamDetected)', '554 Transaction failed spam message not queued', 'spamdetected', DATA),
  row('Sisimai SpamDetected', "550 You're using a mass mailer", 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Your email breaches local URIBL policy', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Your email had spam-like header contents', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Your message has triggered a SPAM block', 'spamdetected', DATA),
  row('Sisimai SpamDetected', '550 Your message failed several antispam checks', 'spamdetected', DATA),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 Spam is embedded in the email', 'spamdetected', { ...DATA, remoteMta: 'mx3.qq.com' }),
  row('Zoho (Sisimai Rhost/Zoho)', '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', 'spamdetected', { ...DATA, remoteMta: 'smtpin.zoho.com', note: "Sisimai's Zoho table says rejected; the reply says the message was judged spam, which is spamdetected in reasons.md" }),
  row('German', '550 Die Nachricht wurde als Spam eingestuft', 'spamdetected', DATA),
  row('Japanese', '550 スパムと判定されました', 'spamdetected', DATA),
  row('emailhost.com.cn bounce help', '554 Content reject/Spam denied', 'spamdetected', DATA),
];

export const VIRUS: readonly WordingRow[] = [
  row('Exim (malware ACL, Sisimai VirusDetected)', '550 This message has been rejected because it has a potentially executable attachment', 'virusdetected', DATA),
  row('Sisimai VirusDetected', '550 The message was rejected because it contains prohibited virus or spam content', 'virusdetected', DATA),
  row('Sisimai VirusDetected', '552 This form of attachment has been used by recent viruses or other malware', 'virusdetected', DATA),
  row('Sisimai VirusDetected', '554 Virus phishing/malicious_url detected', 'virusdetected', DATA),
  row('Sisimai VirusDetected', '550 Your message was infected with a virus', 'virusdetected', DATA),
  row('Zoho (Sisimai Rhost/Zoho)', '552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail', 'virusdetected', { ...DATA, remoteMta: 'smtpin.zoho.com' }),
  row('amavisd-new', '554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature', 'virusdetected', DATA),
  row('Russian', '550 Обнаружен вирус', 'virusdetected', DATA),
  row('Japanese', '550 ウイルスが検出されました', 'virusdetected', DATA),
];

export const FILTERED: readonly WordingRow[] = [
  row('AOL (Sisimai Filtered)', '550 Message not delivered because the recipient is only accepting mail from specific email addresses', 'filtered', DATA),
  row('AT&T (Sisimai Filtered)', '550 user@example.org has restricted SMS e-mail', 'filtered', DATA),
  row('Sisimai Filtered', '550 Message rejected due to user rules', 'filtered', DATA),
  row('Sisimai Filtered', '550 This account is protected by a challenge-response system', 'filtered', DATA),
  row('Sisimai Filtered', '550 User reject', 'filtered', { ...DATA, note: "Sisimai's example carries 5.1.2, which the decisive-status table reads as a bad destination system whatever the words; the row gives the wording alone" }),
  row('Willcom (Sisimai Filtered)', '550 We failed to deliver mail because the following address recipient id refuse to receive mail', 'filtered', DATA),
  row('Sisimai Filtered', '550 You have been blocked by the recipient', 'filtered', DATA),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 Mail is rejected by recipients', 'filtered', { ...DATA, remoteMta: 'mx3.qq.com', note: "Sisimai's Tencent table says rejected; the recipient refused the mail (a recipient-side filter), not the envelope sender's address" }),
  row('Postfix (header_checks REJECT default)', '550 5.7.1 message content rejected', 'filtered', { ...DATA, note: 'Sisimai says spamdetected (lhost-sendmail-38, disagreements.test.ts): a content filter refused it, nothing says spam' }),
  row('Sisimai SpamDetected', '550 Content filter rejection', 'filtered', { ...DATA, note: 'Sisimai says spamdetected; a content filter refused it and nothing says spam, read as "message content rejected" is (disagreements.test.ts, lhost-sendmail-38)' }),
  row('QQ Mail (Sisimai SpamDetected)', '550 Mail content denied', 'filtered', { ...DATA, remoteMta: 'mx3.qq.com', note: 'Sisimai says spamdetected; the words name a content refusal, not spam (as "Content filter rejection" above)' }),
];

export const POLICY: readonly WordingRow[] = [
  row('AOL (Sisimai PolicyViolation)', '550 Message not delivered because the recipient is not accepting mail with attachments', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 Posting by non-member to a members-only list', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 Closed mailing list', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 5.7.1 Denied by policy', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 5.7.1 Local policy violation', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 Message bounced due to organizational settings', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 5.7.1 Message rejected for policy reasons', 'policyviolation', DATA),
  row('Google Groups (Sisimai PolicyViolation)', '550 5.7.1 The email address used to send your message is not subscribed to this group', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 We do not accept messages containing images or other attachments', 'policyviolation', DATA),
  row('Sisimai PolicyViolation', '550 You have exceeded the allowable number of posts without solving a captcha', 'policyviolation', DATA),
  row('iCloud (Sisimai Rhost/Apple)', '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'policyviolation', { ...DATA, remoteMta: 'mx01.mail.icloud.com' }),
  row('Zoho (Sisimai Rhost/Zoho)', '554 5.7.7 Email policy violation detected', 'policyviolation', { ...DATA, remoteMta: 'smtpin.zoho.com' }),
  row('Zoho (Sisimai Rhost/Zoho)', '552 5.1.1 <user@zoho.com> Mailbox delivery restricted by policy error', 'policyviolation', { ...DATA, remoteMta: 'smtpin.zoho.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Message bounced due to Content Examination Policy', 'policyviolation', { ...DATA, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Anti-Spoofing policy - Inbound not allowed', 'policyviolation', { ...DATA, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Exchange Online', '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy', 'policyviolation', { ...DATA, remoteMta: 'example-org.mail.protection.outlook.com' }),
  row('amavisd-new (Sisimai SpamDetected)', '554 5.7.1 Rejecting banned content', 'policyviolation', { ...DATA, note: "Sisimai says spamdetected; amavisd-new's BANNED verdict is a banned file name or type, the site's attachment policy" }),
];

export const SECURITY: readonly WordingRow[] = [
  row('Amazon SES (Sisimai SecurityError)', '554 Account not subscribed to SES', 'securityerror', MAIL),
  row('Sisimai SecurityError', '535 5.7.8 Authentication credentials invalid', 'securityerror', MAIL),
  row('Sisimai SecurityError', '554 5.7.0 Authentication failure', 'securityerror', MAIL),
  row('Sisimai SecurityError', '530 Please make sure you have authentication turned on in your email client', 'securityerror', MAIL),
  row('Sisimai SecurityError', '550 You are not authorized to send mail, authentication is required', 'securityerror', MAIL),
  row('Postfix (smtp client, SASL)', 'SASL authentication failed; server mx.example.org[192.0.2.1] said: 535 5.7.8 Error: authentication failed: authentication failure', 'securityerror', { status: '5.7.8' }),
  row('Postfix (smtpd)', '535 5.7.8 Error: authentication failed: authentication failure', 'securityerror', MAIL),
  row('Exim (default authenticator reply)', '535 Incorrect authentication data', 'securityerror', MAIL),
  row('Amazon SES (Sisimai SecurityError)', '554 User arn:aws:iam::123456789012:user/sender is not authorized to perform ses:SendRawEmail on resource', 'securityerror', MAIL),
  row('Orange (Sisimai SecurityError, French)', '550 5.7.1 Authentification requise. Authentication Required. LPN105_402', 'securityerror', MAIL),
  row('Mimecast (Sisimai Rhost/Mimecast)', '550 Submitter failed to authenticate', 'securityerror', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('Exchange Online', '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.', 'securityerror', MAIL),
  row('Haraka (dsn.js auth_temp_fail default)', '454 4.7.0 Temporary authentication failure', 'securityerror', MAIL),
  row('Haraka (dsn.js auth_required default)', '530 5.7.0 Authentication required', 'securityerror', MAIL),
  row('Orange (Sisimai Rhost/FrancePTT 305, French only)', "550 5.7.0 Code d'authentification invalide OFR_305", 'securityerror', { ...MAIL, ...ORANGE }),
  row('Mail.ru (mailout.ru error list)', '550 message sending for this account is disabled', 'securityerror', { ...MAIL, note: 'the SENDER\'s Mail.ru account may not send (suspected compromise; fixed by a new password or proof of ownership): not the recipient\'s suspended account' }),
];

export const CONTENT: readonly WordingRow[] = [
  row('Outlook.com (Sisimai ContentError)', '550 5.7.1 This message contain invalid MIME headers', 'contenterror', DATA),
  row('Outlook.com (Sisimai ContentError)', '550 5.7.1 This message contain improperly-formatted binary content', 'contenterror', DATA),
  row('Outlook.com (Sisimai ContentError)', '550 5.7.1 This message contain text that uses unnecessary base64 encoding', 'contenterror', DATA),
  row('Microsoft (Sisimai ContentError)', '550 5.6.0 Message MIME complexity exceeds the policy maximum', 'contenterror', DATA),
  row('Sendmail (Sisimai ContentError)', '550 5.6.9 improper use of 8-bit data in message header', 'contenterror', DATA),
];

export const NOT_RFC: readonly WordingRow[] = [
  row('Gmail (Sisimai NotCompliantRFC)', '550 5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant', 'notcompliantrfc', { ...DATA, remoteMta: 'gmail-smtp-in.l.google.com' }),
  row('Gmail (Sisimai NotCompliantRFC, link only)', '550 5.7.1 Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications', 'notcompliantrfc', DATA),
];

export const SPEEDING: readonly WordingRow[] = [
  row('Postfix policy service (Sisimai Speeding)', '451 4.7.1 <mx.example.net[192.0.2.25]>: Client host rejected: Please try again slower', 'speeding', RCPT),
  row('iCloud (Sisimai Rhost/Apple)', '421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137', 'speeding', { ...RCPT, remoteMta: 'mx01.mail.icloud.com' }),
  row('Postfix (smtpd_client_message_rate_limit)', '450 4.7.1 Error: too much mail from 192.0.2.25', 'speeding', MAIL),
  row('Postfix (smtpd_client_recipient_rate_limit)', '450 4.7.1 Error: too many recipients from 192.0.2.25', 'speeding', RCPT),
  row('Exim (ratelimit ACL, spec example)', '451 Sending rate too high: 120.5/1h', 'speeding', MAIL),
  row('Comcast', '421 Throttled - try again later', 'speeding'),
  row('Amazon SES (Sisimai TooManyConn)', '454 Throttling failure: Maximum sending rate exceeded.', 'speeding', { ...MAIL, note: 'Sisimai files it under toomanyconn; a sending rate is speeding in reasons.md' }),
  row('Amazon SES (Sisimai TooManyConn)', '454 Throttling failure: Daily message quota exceeded.', 'speeding', { ...MAIL, note: 'Sisimai files it under toomanyconn; a daily sending quota is a rate limit (speeding), as Gmail\'s "Daily sending quota exceeded" (providers.test.ts)' }),
  row('Sisimai TooManyConn', '550 user@example.net has exceeded the max emails per hour (120/100) allowed', 'speeding', { ...MAIL, note: 'Sisimai files it under toomanyconn; a count per hour is a rate limit (speeding)' }),
  row('emailhost.com.cn bounce help', '550 sending quota exceeded', 'speeding', MAIL),
];

export const TOO_MANY_CONN: readonly WordingRow[] = [
  row('Sendmail (daemon.c, Sisimai TooManyConn)', '421 4.3.2 Too many SMTP sessions for this host', 'toomanyconn'),
  row('Sendmail (ratecontrol, Sisimai TooManyConn)', '452 4.3.2 Connection rate limit exceeded.', 'toomanyconn', MAIL),
  row('Sendmail (conncontrol)', '421 4.3.2 Too many open connections.', 'toomanyconn'),
  row('SendGrid (Sisimai TooManyConn)', '421 All available IPs are at maximum connection limit', 'toomanyconn'),
  row('Sisimai TooManyConn', '421 Exceeds per-domain connection limit for example.org', 'toomanyconn'),
  row('Free (Sisimai TooManyConn, French)', '421 Trop de connexions, veuillez reessayer plus tard', 'toomanyconn'),
  row('Exchange Server', '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel', 'toomanyconn'),
  row('QQ Mail (Sisimai Rhost/Tencent)', '421 Connection frequency limited', 'toomanyconn', { remoteMta: 'mx3.qq.com' }),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 Domain frequency limited', 'toomanyconn', { remoteMta: 'mx3.qq.com' }),
  row('Orange (Sisimai Rhost/FrancePTT 104)', '421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104', 'toomanyconn', ORANGE),
];

export const EXPIRED: readonly WordingRow[] = [
  row('Sisimai Expired', 'Could not deliver: failed to deliver to domain example.org within the allowed time', 'expired', { status: '4.4.7' }),
  row('Sisimai Expired', 'it has not been collected after 7 days', 'expired', { status: '5.0.0' }),
  row('Sisimai Expired', 'Message expired after sitting in queue for 5 days', 'expired', { status: '5.0.0' }),
  row('Sisimai Expired', 'Message timed out', 'expired', { status: '5.0.0' }),
  row('Exim (Sisimai Expired)', 'retry time not reached for any host after a long failure period', 'expired', { status: '5.0.0' }),
  row('qmail', "I'm not going to try again; this message has been in the queue too long.", 'expired', { status: '5.0.0' }),
  row('Sisimai Expired', 'Unable to deliver message after multiple retries, giving up.', 'expired', { status: '5.0.0' }),
  row('Sisimai Expired', 'mx.example.org was not reachable within the allowed queue period', 'expired', { status: '5.0.0' }),
  row('Sendmail', 'Cannot send message for 5 days', 'expired', { status: '4.4.7' }),
  row('Exchange Server', '550 4.4.7 QUEUE.Expired; message expired', 'expired'),
  row('Haraka (dsn.js net_delivery_time_expired)', '550 5.4.7 Delivery time expired', 'expired'),
];

export const NETWORK: readonly WordingRow[] = [
  row('Sisimai NetworkError', 'Could not connect and send the mail to mx.example.org', 'networkerror', { status: '4.4.1', ...DELAYED }),
  row('Sisimai NetworkError', '554 5.4.6 Hop count exceeded - possible mail loop', 'networkerror'),
  row('Sisimai NetworkError', 'Host is unreachable', 'networkerror', { status: '4.4.1', ...DELAYED }),
  row('Postfix local(8)', 'mail forwarding loop for user@example.org', 'networkerror', { status: '5.4.6' }),
  row('Sisimai NetworkError', 'Malformed name server reply', 'networkerror', { status: '4.4.3', ...DELAYED }),
  row('Sisimai NetworkError', '554 5.4.6 Maximum forwarding loop count exceeded', 'networkerror'),
  row('Sisimai NetworkError', '554 Message looping', 'networkerror'),
  row('Sisimai NetworkError', '554 Message probably in a routing loop', 'networkerror'),
  row('Sisimai NetworkError', 'Unable to resolve route for example.org', 'networkerror', { status: '4.4.0', ...DELAYED }),
  row('Postfix', 'conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting', 'networkerror', { status: '4.4.2', ...DELAYED }),
  row('Postfix', 'lost connection with mx.example.org[192.0.2.1] while receiving the initial server greeting', 'networkerror', { status: '4.4.2', ...DELAYED }),
  row('qmail', 'Connected to 192.0.2.1 but connection died. (#4.4.2)', 'networkerror', DELAYED),
  row('Sendmail', 'Deferred: Connection reset by mx.example.org.', 'networkerror', { status: '4.4.2', ...DELAYED }),
  row('Postfix', 'connect to mx.example.org[192.0.2.1]:25: Network is unreachable', 'networkerror', { status: '4.4.1', ...DELAYED }),
  row('Exim (dnslookup router)', 'lowest numbered MX record points to local host', 'networkerror', { status: '5.4.0', note: 'the same failure as Postfix\'s "mail for example.org loops back to myself", which mta-wordings.test.ts reads as networkerror (a routing loop); Sisimai files both under systemerror' }),
  row('Haraka (dsn.js temp_resolver_failed default)', '450 4.4.3 Temporary address resolution failure', 'networkerror', { ...RCPT, ...DELAYED }),
  row('emailhost.com.cn bounce help', '451 rcpt handle timeout', 'networkerror', { ...RCPT, ...DELAYED }),
];

export const MAILER: readonly WordingRow[] = [
  row('Postfix local(8) pipe', 'Command died with status 75: "/usr/bin/procmail". Command output: procmail: Couldn\'t create "/var/mail/user"', 'mailererror', { status: '5.3.0' }),
  row('Postfix local(8) pipe', 'Command time limit exceeded: "/usr/local/bin/filter"', 'mailererror', { status: '5.3.0' }),
  row('Exim (pipe transport)', 'Child process of address_pipe transport returned 1 from command: /usr/local/bin/filter', 'mailererror', { status: '5.0.0' }),
  row('Sendmail', '554 5.3.0 unknown mailer error 1', 'mailererror'),
  row('Sisimai MailerError', 'Command failed: /usr/local/bin/filter exited with 69', 'mailererror', { status: '5.3.0' }),
];

export const SYSTEM: readonly WordingRow[] = [
  row('Sendmail (Sisimai SystemError)', "550 5.0.0 Can't create user output file", 'systemerror'),
  row('Microsoft (Sisimai SystemError)', '451 4.3.0 Internal error reading data', 'systemerror'),
  row('Sisimai SystemError', '451 4.3.0 Interrupted system call', 'systemerror'),
  row('Sisimai SystemError', '550 The message could not be delivered because it encountered an error while being processed', 'systemerror'),
  row('Sisimai SystemError', '451 Local configuration error', 'systemerror'),
  row('RFC 5321 (451)', '451 4.3.0 Requested action aborted: local error in processing', 'systemerror'),
  row('Sisimai SystemError', '451 Mail system configuration error', 'systemerror'),
  row('Postfix (cleanup)', '451 4.3.0 Error: queue file write error', 'systemerror', DATA),
  row('Exchange (Sisimai SystemError)', '451 4.3.0 Recipient deferred because there is no Mdb', 'systemerror', RCPT),
  row('Sisimai SystemError', '451 Remote server is misconfigured', 'systemerror'),
  row('Postfix', '451 4.3.5 Server configuration error', 'systemerror', RCPT),
  row('Postfix', '451 4.3.5 Server configuration problem', 'systemerror', RCPT),
  row('Postfix', '451 4.3.0 <user@example.org>: Temporary lookup failure', 'systemerror', RCPT),
  row('Exim', '451 Temporary local problem - please try later', 'systemerror', RCPT),
  row('Zoho (Sisimai Rhost/Zoho)', '452 4.3.1 Temporary System Error', 'systemerror', { remoteMta: 'smtpin.zoho.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '451 Unable to process connection at this time', 'systemerror', { remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('La Poste (Sisimai Rhost/FrancePTT 505)', '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN007_505', 'systemerror', { ...DATA, ...LAPOSTE }),
];

export const SYNTAX: readonly WordingRow[] = [
  row('Postfix (smtpd)', '503 5.5.1 Error: need RCPT command', 'syntaxerror', DATA),
  row('Postfix (smtpd)', '500 5.5.2 Error: command not recognized', 'syntaxerror'),
  row('Postfix (smtpd)', '501 5.5.4 Syntax: MAIL FROM:<address>', 'syntaxerror', MAIL),
  row('Sendmail', '503 5.5.1 Need MAIL before RCPT', 'syntaxerror', RCPT),
  row('Exchange Server', '500 5.3.3 Unrecognized command', 'syntaxerror'),
  row('Exim', '554 SMTP synchronization error', 'syntaxerror'),
  row('OpenSMTPD', '500 5.5.1 Invalid command: Command unrecognized', 'syntaxerror'),
  row('Postfix (SMTPUTF8)', '555 5.5.4 Unsupported option: SMTPUTF8', 'syntaxerror', MAIL),
];

export const STARTTLS: readonly WordingRow[] = [
  row('Exchange / RFC 3207 wording (Sisimai FailedSTARTTLS)', '451 5.7.3 STARTTLS is required to send mail', 'failedstarttls', MAIL),
  row('SendGrid (Sisimai FailedSTARTTLS)', 'TLS required but not supported', 'failedstarttls', { status: '5.7.10' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '553 This route requires encryption (TLS)', 'failedstarttls', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com', note: "Sisimai's Mimecast table says securityerror; TLS required by the receiver is failedstarttls in reasons.md" }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '553 This route requires TLS version 1.2 or greater', 'failedstarttls', { ...MAIL, remoteMta: 'eu-smtp-inbound-1.mimecast.com', note: 'as above' }),
  row('Postfix (smtp client)', 'Cannot start TLS: handshake failure', 'failedstarttls', { status: '4.7.5', ...DELAYED }),
  row('Postfix (smtp client)', 'TLS is required, but host mx.example.org[192.0.2.1] refused to start TLS: 454 4.7.0 TLS not available due to local problem', 'failedstarttls', { status: '4.7.5', ...DELAYED }),
  row('Postfix (smtp client, DANE/verify)', 'Server certificate not verified', 'failedstarttls', { status: '4.7.5', ...DELAYED }),
  row('Exim (hosts_require_tls)', 'a TLS session is required, but the server did not offer TLS support', 'failedstarttls', { status: '4.7.5', ...DELAYED }),
];

export const BLOCKED: readonly WordingRow[] = [
  row('Postfix (reject_non_fqdn_helo_hostname)', '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'blocked', RCPT),
  row('Postfix (reject_unknown_helo_hostname)', '450 4.7.1 <mail.example.net>: Helo command rejected: Host not found', 'blocked', RCPT),
  row('qmail-remote (HELO refused) + Postfix reply', 'Connected to 192.0.2.1 but my name was rejected. Remote host said: 504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'blocked'),
  row('Sisimai Blocked', '550 Bad sender IP address', 'blocked'),
  row('Microsoft (Sisimai Blocked)', '550 5.7.1 Banned sending IP [192.0.2.25]', 'blocked'),
  row('Sisimai Blocked', '550 192.0.2.25 blacklisted by cbl.example.net', 'blocked'),
  row('SFR (Sisimai Blocked)', '450 4.7.1 <user@sfr.fr>: Client host rejected: Abus detecte GU_EIB_02', 'blocked', RCPT),
  row('Sisimai Blocked', '550 5.7.1 Client host rejected: may not be mail exchanger', 'blocked', RCPT),
  row('Sisimai Blocked', '550 Dynamic/zombied/spam IPs blocked', 'blocked'),
  row('iCloud (Sisimai Blocked)', '554 mx01.mail.icloud.com ESMTP not accepting connections', 'blocked', { remoteMta: 'mx01.mail.icloud.com' }),
  row('Sisimai Blocked', '554 Go away', 'blocked'),
  row('Sisimai Blocked', '554 No access from mail server 192.0.2.25', 'blocked'),
  row('Outlook.com (Sisimai Blocked)', '550 Not currently accepting mail from your ip', 'blocked', { remoteMta: 'mx1.hotmail.com' }),
  row('junkemailfilter (Sisimai Blocked)', '550 Rejected - multi-blacklist', 'blocked'),
  row('Sendmail (srvrsmtp.c, Sisimai Blocked)', '550 5.7.1 Rejecting open proxy 192.0.2.25', 'blocked'),
  row('Sisimai Blocked', '554 Sender IP address rejected', 'blocked'),
  row('Sisimai Blocked', '554 Server access forbidden by your IP 192.0.2.25', 'blocked'),
  row('Sisimai Blocked', '550 Too many unwanted messages have been sent from the following IP address above', 'blocked'),
  row('Sisimai Blocked', '550 Your IP 192.0.2.25 was blocked by the receiving site', 'blocked'),
  row('Mail.ru (Sisimai Blocked)', '550 We do not accept mail from dynamic IPs', 'blocked', { remoteMta: 'mxs.mail.ru' }),
  row('Sisimai Blocked', '550 You are not allowed to connect', 'blocked'),
  row('Sisimai Blocked', '550 Your IP address is listed in the RBL', 'blocked'),
  row('Sisimai Blocked', '450 Your network is temporary blacklisted', 'blocked'),
  row('Sisimai Blocked', '550 Your server requires confirmation', 'blocked'),
  row('Sisimai Blocked', '550 Access from ip address 192.0.2.25 blocked', 'blocked'),
  row('EarthLink (Sisimai Blocked)', '550 IP 192.0.2.25 is blocked by EarthLink', 'blocked'),
  row('Sisimai Blocked', '550 Mail server at 192.0.2.25 is blocked', 'blocked'),
  row('Sisimai Blocked', '550 Message from 192.0.2.25 rejected based on blacklist', 'blocked'),
  row('Sisimai Blocked', '554 Server IP 192.0.2.25 listed as abusive', 'blocked'),
  row('junkemailfilter (Sisimai Blocked)', '550 Sorry! Your IP address 192.0.2.25 is blocked by RBL', 'blocked'),
  row('CBL (Sisimai Blocked)', "550 Your sender's IP address is listed at cbl.abuseat.org", 'blocked'),
  row('Orange (Sisimai Blocked, French)', '421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN007_510', 'blocked', { remoteMta: 'smtp-in.orange.fr' }),
  row('iCloud (Sisimai Rhost/Apple)', '550 5.7.1 Mail from IP 192.0.2.25 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.25', 'blocked', { remoteMta: 'mx01.mail.icloud.com' }),
  row('Mimecast (Sisimai Rhost/Mimecast)', '451 IP temporarily blacklisted', 'blocked', { remoteMta: 'eu-smtp-inbound-1.mimecast.com' }),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 Connection denied', 'blocked', { remoteMta: 'mx3.qq.com' }),
  row('QQ Mail (Sisimai Rhost/Tencent)', '550 Suspected bounce attacks', 'blocked', { remoteMta: 'mx3.qq.com' }),
  row('Haraka (dsn.js bad_sender_ip default)', '550 5.7.1 Bad sender IP', 'blocked'),
  row('Orange (Sisimai Rhost/FrancePTT 102)', '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102', 'blocked', ORANGE),
  row('Orange (Sisimai Rhost/FrancePTT 999)', '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999', 'blocked', ORANGE),
  row('GMX (postmaster.gmx.net error-messages page)', '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.25&r=1MNcgj-1ue23t3pyV-00S2YR', 'blocked', { remoteMta: 'mx00.gmx.net' }),
  row('Coremail (icoremail.vip bounce help)', '550 Requested mail action not taken: Invalid IP', 'blocked'),
  row('Coremail (icoremail.vip bounce help)', '554 IP is rejected', 'blocked'),
  row('Trend Micro (ERS FAQ, success.trendmicro.com)', '550 Mail from 192.0.2.25 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation', 'blocked'),
  row('Trend Micro (ERS FAQ, success.trendmicro.com)', '550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25', 'blocked', RCPT),
  row('Trend Micro (a bounce quoted on bbs.iredmail.org)', '550 5.7.1 Your email messages have been blocked by the recipient OR by Trend Micro Email Reputation Service. Contact the recipient or his/her administrator using alternate means to resolve the issue.', 'blocked', { ...RCPT, note: "Trend Micro's FAQ files this reply under its Email Reputation Services, an IP block list (RBL+), as Barracuda Reputation is: blocked, not the recipient's own filter nor a reputation score" }),
  row('Trend Micro (hardwaresecrets.com bounce guide)', '451 Mail from 192.0.2.25 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.25', 'blocked', RCPT),
  row('Barracuda Email Security Service (Sisimai Blocked)', '550 permanent failure for one or more recipients (user@example.org:blocked)', 'blocked', { ...RCPT, remoteMta: 'd123456a.ess.barracudanetworks.com' }),
];

export const SUPPRESSED: readonly WordingRow[] = [
  row('Amazon SES (esp-taxonomies.md: Suppressed)', 'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.', 'suppressed', { status: '5.1.1' }),
  row('Amazon SES (esp-taxonomies.md: OnAccountSuppressionList)', 'Amazon SES did not send the message to this address because it is on the suppression list for your account.', 'suppressed', { status: '5.0.0' }),
  row('Mailgun (esp-taxonomies.md: suppress-bounce)', '605 Not delivering to previously bounced address', 'suppressed', { status: '5.0.0' }),
  row('Mailgun (esp-taxonomies.md: suppress-unsubscribe)', '606 Not delivering to unsubscribed address', 'suppressed', { status: '5.0.0' }),
  row('Postmark (inactive recipient, error 406)', 'You tried to send to a recipient that has been marked as inactive.', 'suppressed', { status: '5.0.0' }),
  row('SparkPost (Admin bounce class)', '554 5.7.1 recipient address suppressed due to customer policy', 'suppressed'),
];

/** Every group, with the name its test has. */
export const GROUPS: readonly (readonly [string, readonly WordingRow[]])[] = [
  ['userunknown', USER_UNKNOWN],
  ['hostunknown', HOST_UNKNOWN],
  ['hasmoved', HAS_MOVED],
  ['notaccept', NOT_ACCEPT],
  ['mailboxfull', MAILBOX_FULL],
  ['systemfull', SYSTEM_FULL],
  ['suspend', SUSPEND],
  ['mesgtoobig', TOO_BIG],
  ['exceedlimit', EXCEED_LIMIT],
  ['blocked', BLOCKED],
  ['badreputation', BAD_REPUTATION],
  ['requireptr', REQUIRE_PTR],
  ['authfailure', AUTH_FAILURE],
  ['rejected', SENDER_REJECTED],
  ['norelaying', NO_RELAYING],
  ['spamdetected', SPAM],
  ['virusdetected', VIRUS],
  ['filtered', FILTERED],
  ['policyviolation', POLICY],
  ['securityerror', SECURITY],
  ['contenterror', CONTENT],
  ['notcompliantrfc', NOT_RFC],
  ['speeding', SPEEDING],
  ['toomanyconn', TOO_MANY_CONN],
  ['expired', EXPIRED],
  ['networkerror', NETWORK],
  ['mailererror', MAILER],
  ['systemerror', SYSTEM],
  ['syntaxerror', SYNTAX],
  ['failedstarttls', STARTTLS],
  ['suppressed', SUPPRESSED],
];
