/**
 * Rules for providers whose replies mean something other than the generic reading, keyed by the
 * remote (or reporting) MTA's host name. Tried first. Data only.
 *
 * Each row is general for that provider: its documented codes (see
 * ../shared/reference/other-providers.md) or the wording its servers write. A few rows have no
 * host condition: they match a provider's own code token or help-page link that no other server
 * writes (GoDaddy's `x.co/..bounce` links, Spectrum's `AUP#In-`/`AUP#I-`/`AUP#O-` codes, Cox's
 * `AUP#CX..` codes, i.ua's `i.ua/err/N/` links, Facebook's recipient-preferences wording, Exchange
 * Online's three-digit enhanced codes), so the
 * reply itself names its writer even when the report does not name the host.
 */
import type { ReasonId } from '../../kb/reasons.js';
import type { Rule, RuleTable } from '../types.js';

/** Google's mail servers, and the name Gmail's reports give as Reporting-MTA. */
const GOOGLE = ['google.com', 'googlemail.com', 'gmail.com'];
/** Microsoft's consumer and Exchange Online servers. */
const MICROSOFT = ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com'];
/** Yahoo Inc. (Yahoo, AOL). */
const YAHOO_INC = ['yahoo.com', 'yahoodns.net', 'yahoo.co.jp', 'aol.com'];
/** France Telecom / Orange and La Poste. */
const FRANCE_PTT = ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom.fr'];

/**
 * Orange's and La Poste's reply codes (the last three digits of OFR_nnn, OFRnnn_nnn, LPNnnn_nnn),
 * as their replies word them; the code list is the one Sisimai's Rhost/FrancePTT keeps, each
 * code filed under reasons.md by its own words. Codes whose words say only "try later" (105,
 * 107, 108, 109, 201, 423, 424, 513) decide nothing and are left to the words.
 */
const FRANCE_PTT_CODES: readonly (readonly [string, ReasonId])[] = [
  ['101', 'blocked'], // the sending IP is on a block list (Spamhaus, Senderscore)
  ['102', 'blocked'], // "Client host blocked for spamming issues"
  ['103', 'blocked'], // "Service refused" to the client host
  ['104', 'toomanyconn'], // "Too many connections, slow down"
  ['305', 'securityerror'], // "Code d'authentification invalide"
  ['401', 'authfailure'], // "SPF: ... is not allowed to send mail" (Sisimai: blocked)
  ['402', 'securityerror'], // "Authentification requise. Authentication required"
  ['403', 'rejected'], // "Emetteur invalide. Invalid Sender"
  ['405', 'rejected'], // the same, in reply to MAIL FROM
  ['415', 'rejected'], // the same
  ['416', 'userunknown'], // "Adresse d'au moins un destinataire invalide. Invalid recipient"
  ['417', 'mailboxfull'], // "Boite du destinataire pleine. Recipient overquota"
  ['418', 'userunknown'], // "Adresse de destination invalide"
  ['420', 'suspend'], // "Boite du destinataire archivee. Archived recipient"
  ['421', 'rejected'], // "Mail from not owned by user"
  ['426', 'suspend'], // "Le compte du destinataire est bloque. The recipient account is blocked"
  ['505', 'systemerror'], // "Service refused, please try later" after DATA: their own system's fault
  ['506', 'spamdetected'], // "Mail rejete. Mail rejected": their content filter's spam verdict
  ['510', 'blocked'], // "Service refused" after DATA to a refused host
  ['514', 'mesgtoobig'], // "Taille limite du message atteinte"
  ['517', 'authfailure'], // "Message refused, DMARC verification Failed" (Sisimai: policyviolation)
  ['630', 'blocked'], // "554 5.7.1 Client host rejected" (Sisimai: policyviolation)
  ['999', 'blocked'], // "Service refused, please try later" to the client host
];

/**
 * Gmail's and Google Workspace's fixed sentences (support.google.com/a/answer/3726730; the list
 * Sisimai's Rhost/Google keeps), as [row key, reason, phrases]. Each is filed under reasons.md by
 * what the sentence says; the enhanced code beside it is left to the rows below, since Google
 * reuses x.7.1 and x.7.0 for many of these.
 */
const GOOGLE_PHRASES: readonly (readonly [string, ReasonId, readonly string[]])[] = [
  // "451 4.7.24 The SPF record of the sending domain has one or more suspicious entries"
  ['spf-record', 'authfailure', ['the spf record of the sending domain']],
  // "421 4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all
  // senders to authenticate with either SPF or DKIM": the rate limit is for want of SPF or DKIM.
  ['unauthenticated', 'authfailure', ['senders to authenticate with either spf or dkim', 'has been rate limited because it is unauthenticated']],
  // "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy"
  ['dmarc', 'authfailure', ["is not accepted due to domain's dmarc policy"]],
  // "421 4.7.32 ... the From: header (RFC5322) in this message isn't aligned with either the
  // authenticated SPF or DKIM organizational domain"
  ['alignment', 'authfailure', ['aligned with either the authenticated spf or dkim']],
  // "550 5.7.1 Unauthenticated email is not accepted from this domain" (Sisimai: rejected)
  ['unauthenticated-domain', 'authfailure', ['unauthenticated email is not accepted from this domain']],
  // "421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address/domain"
  ['low-reputation', 'badreputation', ['very low reputation of the sending']],
  // "421 4.7.0 IP not in whitelist for RCPT domain, closing connection": the recipient domain takes
  // mail only from listed IPs.
  ['ip-not-listed', 'blocked', ['ip not in whitelist for rcpt domain']],
  // "550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP
  // address. ... mail sent from your IP address has been blocked"
  ['unsolicited-rate', 'badreputation', ['an unusual rate of unsolicited mail']],
  // "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our
  // servers. Please use the SMTP relay at your service provider instead" (Sisimai: norelaying)
  ['direct-ip', 'blocked', ['is not authorized to send email directly to our servers']],
  // "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address ...
  // mail has been temporarily rate limited" (Sisimai: blocked)
  ['unusual-rate', 'speeding', ['has detected an unusual rate of mail']],
  // "450 4.2.1 The user you are trying to contact is receiving mail too quickly" / "... at a rate
  // that prevents additional messages from being delivered"
  ['receiving-rate', 'speeding', ['is receiving mail too quickly', 'rate that prevents additional messages from being delivered']],
  // Workspace's own sending and relay limits: "550 5.4.5 Daily sending quota exceeded", "Daily
  // SMTP relay limit exceeded for user", "450 4.2.1 Peak SMTP relay limit exceeded for customer"
  ['sending-limit', 'speeding', ['daily sending quota exceeded', 'daily user sending limit exceeded', 'daily smtp relay limit exceeded', 'daily smtp relay sending limit exceeded', 'peak smtp relay limit exceeded']],
  // "552 5.2.3 / 5.3.4 Your message exceeded Google's message size limits"
  ['size', 'mesgtoobig', ["exceeded google's message size limits", "exceeds google's message size limit"]],
  // "452 4.5.3 Your message has too many recipients" (Sisimai: toomanyconn)
  ['recipients', 'exceedlimit', ['your message has too many recipients', 'too many recipients for this sender']],
  // "421 4.7.0 Connection expired, try reconnecting", "451 4.4.2 Timeout - closing connection": the
  // session timed out, not the queue (Sisimai: expired)
  ['timeout', 'networkerror', ['connection expired, try reconnecting', 'timeout - closing connection']],
  // "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop"
  ['loop', 'networkerror', ['message exceeded 50 hops']],
  // "530 5.7.0 Must issue a STARTTLS command first", "421 4.7.0 TLS required for RCPT domain",
  // "421 4.7.29 ... Gmail requires all bulk email senders to use TLS/SSL for SMTP connections"
  ['tls-required', 'failedstarttls', ['must issue a starttls command first', 'tls required for rcpt domain', 'senders to use tls/ssl for smtp']],
  // "452 4.2.2 The recipient's inbox is out of storage space", "552 5.2.2 The email account that you
  // tried to reach is over quota"
  ['over-quota', 'mailboxfull', ['inbox is out of storage space', 'account that you tried to reach is over quota']],
  // "550 5.7.0 Mail relay denied", "550 5.7.1 Invalid credentials for relay": Workspace's SMTP relay
  // does not know the sending IP or domain.
  ['relay', 'norelaying', ['mail relay denied', 'invalid credentials for relay']],
  // "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not
  // registered within your Google Workspace domain"
  ['sending-denied', 'rejected', ['mail sending denied']],
  // RFC 5322 refusals: a missing or multiple From:, a missing Message-ID:, encoded words or Unicode
  // where a header allows neither, "554 5.6.0 Mail message is malformed"
  ['headers', 'notcompliantrfc', ['missing a valid address in the from: header', 'multiple addresses in from: header', 'missing a valid message-id: header', 'unicode character in a disallowed header', 'encoded-word syntax is not permitted', 'mail message is malformed']],
  // "552 5.7.0 Our system detected an illegal attachment on your message", "... blocked because its
  // content presents a potential security issue": a dangerous attachment (Sisimai: policyviolation)
  ['unsafe-content', 'virusdetected', ['illegal attachment on your message', 'content presents a potential security issue']],
  // "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the
  // mail that you sent"
  ['policy', 'policyviolation', ['has a policy that prohibited the mail']],
  // "421 4.7.0 The IP address sending this message does not have a PTR record ...", "550 5.7.25 The
  // sending IP does not match the IP address of the hostname specified in the pointer (PTR) record",
  // "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records"
  ['no-ptr', 'requireptr', ['does not have a ptr record', 'does not match the ip address of the hostname', 'sending guidelines regarding ptr records']],
  // Submission: "535 5.7.8 Username and Password not accepted", "Application-specific password
  // required", "Please log in with your web browser", "454 4.7.0 Too many login attempts"
  ['login', 'securityerror', ['username and password not accepted', 'application-specific password required', 'log in with your web browser', 'log in through your web browser', 'too many login attempts', 'no identity changes permitted']],
  // "421 4.7.0 This message is suspicious due to the nature of the content or the links within",
  // "550 5.7.1 Our system has detected that this message is likely unsolicited mail"
  ['spam', 'spamdetected', ['nature of the content or the links within', 'this message is likely unsolicited mail']],
  // "550 5.2.1 The email account that you tried to reach is disabled" / "... is inactive"
  ['disabled', 'suspend', ['account that you tried to reach is disabled', 'account that you tried to reach is inactive']],
  // Protocol errors: "SMTP protocol violation, no commands allowed to pipeline after STARTTLS",
  // "503 5.5.1 Bad sequence of commands", "No DATA after BDAT", "502 5.5.1 Unrecognized command",
  // "501 5.5.4 HELO/EHLO argument is invalid" (Sisimai: blocked)
  ['protocol', 'syntaxerror', ['smtp protocol violation', 'bad sequence of commands', 'no data after bdat', 'unrecognized command', 'unimplemented command', 'unrecognized authentication type', 'helo/ehlo argument is invalid', 'empty helo/ehlo argument not allowed']],
  // "421 4.3.0 Temporary System Problem. Try again later", "421 4.4.5 Server busy", "451 4.3.0
  // Multiple destination domains per transaction is unsupported", "452 4.5.3 Domain policy size per
  // transaction exceeded"
  ['system', 'systemerror', ['temporary system problem', 'server busy, try again later', 'multiple destination domains per transaction is unsupported', 'mail server temporarily rejected message', 'domain policy size per transaction exceeded']],
  // "550 5.1.1 The email account that you tried to reach does not exist"
  ['no-account', 'userunknown', ['the email account that you tried to reach does not exist']],
  // "553 5.1.2 We weren't able to find the recipient domain" (Sisimai: userunknown)
  ['no-domain', 'hostunknown', ["we weren't able to find the recipient domain"]],
];

/**
 * Yahoo's and AOL's coded and fixed replies (postmaster.yahooinc.com/error-codes, AOL's old
 * postmaster error list; Sisimai's Rhost/YahooInc keeps the Yahoo sentences), as [row key,
 * reason, phrases], each filed by what the reply says.
 */
const YAHOO_INC_CODES: readonly (readonly [string, ReasonId, readonly string[]])[] = [
  // "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user
  // complaints" ([TSS05], [TS01], [TS02] the same family): the IP's complaint and volume record
  // (Sisimai: rejected)
  ['deferred-complaints', 'badreputation', ['[tss04]', '[tss05]', '[ts01]', '[ts02]', 'temporarily deferred due to unexpected volume or user complaints']],
  // "421 4.7.1 [TS03] All messages from 192.0.2.25 permanently deferred": volume typical of
  // unsolicited bulk mail; do not resend until the sending practices change
  ['ts03', 'badreputation', ['[ts03]']],
  // "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT
  // succeed" ([TSS11] the same): the IP is refused (Sisimai: rejected)
  ['permanently-deferred', 'blocked', ['[tss09]', '[tss11]', 'will be permanently deferred']],
  // "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in
  // Spamhaus's list", "[BL23] Connections not accepted from IP addresses on Spamhaus XBL"
  ['spamhaus', 'blocked', ['[bl21]', '[bl23]', "because the ip is in spamhaus's list", 'on spamhaus xbl']],
  // "554 Message not allowed - [PH01] Email not accepted for policy reasons", "554 5.7.9 Message not
  // accepted for policy reasons"
  ['policy', 'policyviolation', ['[ph01]', 'not accepted for policy reasons']],
  // "451 Message temporarily deferred due to unresolvable RFC.5321 from domain"
  ['unresolvable-from', 'rejected', ['unresolvable rfc.5321 from domain']],
  // "450 User is receiving mail too quickly"
  ['receiving-rate', 'speeding', ['user is receiving mail too quickly']],
  // "421 Max message per connection reached, closing transmission channel"
  ['per-connection', 'toomanyconn', ['max message per connection reached']],
  // "554 30 Sorry, your message to a@example.jp cannot be delivered. This mailbox is disabled (554.30)"
  ['disabled', 'suspend', ['this mailbox is disabled']],
  // "552 1 Requested mail action aborted, mailbox not found"
  ['mailbox-not-found', 'userunknown', ['mailbox not found']],
  // "550 relaying denied for <a@example.com>"
  ['relaying-denied', 'norelaying', ['relaying denied for']],
  // "554 ... headers are not RFC compliant"
  ['headers', 'notcompliantrfc', ['headers are not rfc compliant']],
  // "501 Syntax error in parameters or arguments"
  ['syntax', 'syntaxerror', ['syntax error in parameters or arguments']],
  // AOL's own codes. RTR: the router refuses the sending IP: RTR:DU and RTR:BB dynamic or
  // residential addresses, RTR:RD a reverse name typical of one, RTR:BG an unallocated address,
  // RTR:CH a network sending known spam signatures, RTR:BL AOL's block list.
  ['aol-rtr', 'blocked', ['rtr:du', 'rtr:bb', 'rtr:rd', 'rtr:bg', 'rtr:ch', 'rtr:bl']],
  // "554 RLY:B1": a block placed automatically on the IP when AOL members' complaints pass a threshold
  ['aol-rly-b1', 'badreputation', ['rly:b1']],
  // "554 RLY:SN": the sender address is banned (spoofed AOL addresses)
  ['aol-rly-sn', 'rejected', ['rly:sn']],
  // "554 HVU:B1": a domain in the body draws complaints: a content block
  ['aol-hvu', 'spamdetected', ['hvu:b1']],
  // "421 CON:B1": the sender passed AOL's connection thresholds; back off
  ['aol-con', 'toomanyconn', ['con:b1']],
];

/**
 * Spectrum's (Charter's) AUP#I-/AUP#In-/AUP#O- codes as [first, last, reason], from Spectrum's
 * "understanding email error codes" page (the ranges Sisimai's Rhost/Spectrum keeps), each filed
 * by the page's words. Turned into code tokens by spectrumTokens().
 */
const SPECTRUM_CODES: readonly (readonly [number, number, ReasonId])[] = [
  [1000, 1000, 'blocked'], // the sending IP is blocked for suspicious activity
  [1010, 1010, 'securityerror'], // the account is blocked from sending for suspicious activity; change its passwords (Sisimai: rejected)
  [1020, 1080, 'securityerror'], // the account's sending is limited for suspicious activity (Sisimai: rejected)
  [1090, 1090, 'systemerror'], // the mail could not be processed; try later
  [1100, 1150, 'requireptr'], // the IP's DNS: Spectrum needs full-circle (forward-confirmed) reverse DNS
  [1160, 1190, 'policyviolation'], // the mail goes against the sending domain's security policies
  [1200, 1210, 'blocked'], // the IP is flagged by Cloudmark CSI
  [1220, 1250, 'blocked'], // the IP is on a Spamhaus list
  [1260, 1260, 'networkerror'], // Spectrum takes no IPv6 connections; connect over IPv4
  [1300, 1340, 'toomanyconn'], // concurrent and total connection limits
  [1350, 1490, 'speeding'], // limits on messages, recipients, spam potential and invalid recipients
  [1500, 1500, 'rejected'], // sent as an address other than the one signed in
  [1520, 1520, 'rejected'], // sent as an address in a domain Spectrum does not host
  [1530, 1530, 'mesgtoobig'], // larger than the 20 MB maximum
  [1540, 1540, 'toomanyconn'], // too many messages in one session; reconnect (Sisimai: speeding)
  [1550, 1550, 'exceedlimit'], // too many recipients in one message (Sisimai: speeding)
  [1560, 1560, 'policyviolation'], // too many invalid recipients
  [1580, 1580, 'speeding'], // too many recipients in a short time
];

/**
 * The code tokens for one range of Spectrum codes, in each of the forms Spectrum writes
 * ("AUP#In-1310", "AUP#I-1010", "AUP#O-1010"): a three-digit prefix where a whole ten lies in the
 * range, the exact code otherwise.
 */
function spectrumTokens(first: number, last: number): string[] {
  const stems: string[] = [];
  for (let n = first; n <= last; n++) {
    if (n % 10 === 0 && n + 9 <= last) { stems.push(String(n / 10)); n += 9; } else stems.push(String(n));
  }
  return ['aup#in-', 'aup#i-', 'aup#o-'].flatMap((form) => stems.map((stem) => form + stem));
}

/**
 * GoDaddy's IBnnn codes (godaddy.com help "what does my email bounceback mean"; Sisimai's
 * Rhost/GoDaddy keeps the list with the replies), each filed by its reply's words.
 */
const GODADDY_CODES: readonly (readonly [string, ReasonId])[] = [
  // IB007 ("421 Connection refused, too many sessions from This IP": toomanyconn), IB103 ("554
  // Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence":
  // badreputation) and IB104-IB106 ("554 Connection refused. This IP address is listed on the
  // Spamhaus Block List (SBL)", XBL, PBL: blocked) are left out: the knowledge base takes their
  // "Connection refused" for Exchange's 4.4.316 before these rows are read (a kb-hook matter).
  ['ib101', 'systemerror'], // "421 Server temporarily unavailable": their queue is over-full (Sisimai: speeding)
  ['ib108', 'requireptr'], // "421 Temporarily rejected. Reverse DNS for this IP failed"
  ['ib110', 'blocked'], // "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam"
  ['ib111', 'blocked'], // the same, blocked for the day
  ['ib112', 'blocked'], // "554 This IP has been temporarily blocked for attempting to mail too many invalid recipients"
  ['ib113', 'blocked'], // the same, blocked for the day
  ['ib212', 'spamdetected'], // "552 This message has been rejected due to content judged to be spam"
  ['ib401', 'securityerror'], // "535 Authentication not allowed on IBSMTP Servers": the client uses the inbound servers to send
  ['ib501', 'notcompliantrfc'], // "550 Blank From: addresses are not allowed"
  ['ib502', 'notcompliantrfc'], // "550 IP addresses are not allowed as a From: Address"
  ['ib504', 'speeding'], // "550 This IP has sent too many messages this hour"
  ['ib506', 'rejected'], // "550 example.com From: Domain is invalid"
  ['ib508', 'authfailure'], // "550 Invalid SPF record" / "is not allowed to send from <example.net> per it's SPF Record"
  ['ib510', 'toomanyconn'], // "550 This message has exceeded the max number of messages per session. Open a new session" (Sisimai: speeding)
  ['ib605', 'exceedlimit'], // "452 This message contains too many recipients" (Sisimai: toomanyconn)
  ['ib607', 'speeding'], // "550 This IP has sent too many to too many recipients this hour"
  ['ib705', 'virusdetected'], // "552 Virus infected message rejected"
];

/**
 * Facebook's response codes (postmaster.facebook.com/response_codes; Sisimai's Rhost/Facebook
 * keeps the list), each filed by the page's words for it.
 */
const FACEBOOK_CODES: readonly (readonly [string, ReasonId])[] = [
  ['con-t1', 'toomanyconn'], // Facebook's server has too many connections open to take another
  ['con-t2', 'toomanyconn'], // the sending server has too many connections open to Facebook
  ['con-t3', 'toomanyconn'], // too many new connections in a short time
  ['con-t4', 'exceedlimit'], // the most recipients for one connection (Sisimai: toomanyconn)
  ['dns-p1', 'rejected'], // the MAIL FROM domain does not exist
  ['dns-p2', 'rejected'], // the MAIL FROM domain has no MX record
  ['dns-t1', 'rejected'], // the MAIL FROM domain does not resolve now
  ['dns-p3', 'requireptr'], // the sending server has no reverse DNS record
  ['dns-t2', 'requireptr'], // its reverse DNS record does not resolve now
  ['int-p1', 'userunknown'], // the recipient address does not exist
  ['int-p2', 'mesgtoobig'], // the message exceeds Facebook's maximum size
  ['int-p3', 'userunknown'], // the recipient group address does not exist
  ['int-p4', 'userunknown'], // the recipient address does not exist
  ['msg-p1', 'mesgtoobig'], // the message exceeds Facebook's maximum size
  ['msg-p2', 'policyviolation'], // an attachment type Facebook does not accept (Sisimai: contenterror)
  ['msg-p3', 'notcompliantrfc'], // a header that may occur once occurs more than once
  ['msg-t1', 'exceedlimit'], // more recipients on the message than Facebook allows (Sisimai: toomanyconn)
  ['pol-p1', 'blocked'], // the sending IP is on the Spamhaus PBL
  ['pol-p2', 'blocked'], // Facebook no longer takes mail from the sending IP
  ['pol-p3', 'blocked'], // not taking mail from the sending server for 4 to 8 hours
  ['pol-p4', 'blocked'], // ... for 24 to 48 hours
  ['pol-p5', 'virusdetected'], // the message carries a virus
  ['pol-p6', 'spamdetected'], // the message holds a URL Facebook blocks
  ['pol-p7', 'authfailure'], // the message fails Facebook's domain authentication requirements
  ['pol-t1', 'blocked'], // not taking mail from the sending server now; retry in 1 to 2 hours
  ['pol-t2', 'blocked'], // ... 4 to 8 hours
  ['pol-t3', 'blocked'], // ... 24 to 48 hours
  ['rcp-p1', 'userunknown'], // the recipient address does not exist
  ['rcp-p2', 'filtered'], // the recipient's preferences refuse the message
  ['rcp-p3', 'filtered'], // the recipient's privacy settings refuse the message
  ['rcp-t1', 'systemerror'], // the recipient is unavailable through an internal system problem
  ['rcp-t4', 'suspend'], // the recipient address is deactivated
];

/** Zoho Mail's servers. */
const ZOHO = ['zoho.com', 'zoho.eu', 'zohomail.com'];

/** Apple's iCloud Mail servers. */
const APPLE = ['icloud.com', 'me.com', 'mac.com', 'apple.com'];

/**
 * iCloud Mail's fixed replies (support.apple.com/en-us/102322; the sentences Sisimai's
 * Rhost/Apple keeps), as [row key, reason, phrases], each filed by its words.
 */
const APPLE_PHRASES: readonly (readonly [string, ReasonId, readonly string[]])[] = [
  // "554 5.7.1 Your message was rejected due to example.jp's DMARC policy", "554 5.7.1 [HME1] This
  // message was blocked for failing both SPF and DKIM authentication checks"
  ['auth', 'authfailure', ["'s dmarc policy", 'for failing both spf and dkim', '[hme1]']],
  // "550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL", "550 5.7.0
  // Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1"
  ['ip-listed', 'blocked', ['rejected due to listing in spamhaus', 'support.proofpoint.com/dnsbl-lookup']],
  // "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL": a
  // domain in the message is listed (Sisimai: blocked)
  ['domain-listed', 'spamdetected', ['having a domain present in the spamhaus']],
  // "550 5.1.6 recipient no longer on server: a@icloud.com"
  ['moved', 'hasmoved', ['recipient no longer on server']],
  // "552 5.2.2 <a@icloud.com>: user is over quota"
  ['over-quota', 'mailboxfull', ['user is over quota']],
  // "554 5.7.1 <a@icloud.com>: Relay access denied"
  ['relay', 'norelaying', ['relay access denied']],
  // "550 5.7.1 [CS01] Message rejected due to local policy"
  ['local-policy', 'policyviolation', ['[cs01]', 'due to local policy']],
  // "450 4.1.8 <a@example.jp>: Sender address rejected: Domain not found"
  ['sender-rejected', 'rejected', ['sender address rejected']],
  // "421 4.7.1 Messages to a@icloud.com deferred due to excessive volume"
  ['volume', 'speeding', ['due to excessive volume']],
  // "550 5.1.1 <a@icloud.com>: inactive email address", "550 5.1.1 unknown or illegal alias: a@icloud.com"
  ['unknown', 'userunknown', ['inactive email address', 'user does not exist', 'unknown or illegal alias']],
];

/**
 * Mimecast's documented replies (Mimecast's "SMTP error codes" article; Sisimai's Rhost/Mimecast
 * keeps them), as [row key, reason, phrases], each filed by the article's words.
 */
const MIMECAST_PHRASES: readonly (readonly [string, ReasonId, readonly string[]])[] = [
  // "550 SPF Sender Invalid - envelope rejected", "DKIM Sender Invalid ...", "DMARC Sender Invalid ..."
  ['auth', 'authfailure', ['spf sender invalid - envelope rejected', 'dkim sender invalid - envelope rejected', 'dmarc sender invalid - envelope rejected']],
  // "550 Local CT IP Reputation - (reject)": the sending IP's reputation
  ['ip-reputation', 'badreputation', ['local ct ip reputation']],
  // "421 Sender address blocked" (the sending IP is on a Blocked Senders policy), "451 IP
  // temporarily blacklisted"
  ['ip-blocked', 'blocked', ['ip temporarily blacklisted', '421 sender address blocked']],
  // "554 Maximum email size exceeded"
  ['size', 'mesgtoobig', ['maximum email size exceeded']],
  // "554 Mail loop detected": more than 25 Received headers
  ['loop', 'networkerror', ['mail loop detected']],
  // "451 Open relay not allowed"
  ['relay', 'norelaying', ['open relay not allowed']],
  // "451 Account inbounds disabled": the customer's inbound mail is switched off
  ['inbound-disabled', 'notaccept', ['account inbounds disabled']],
  // "550 Anti-Spoofing policy - Inbound not allowed", "Rejected by header-based Anti-Spoofing
  // policy", "550 Message bounced due to Content Examination policy"
  ['policy', 'policyviolation', ['anti-spoofing policy', 'due to content examination policy']],
  // "550 Administrative prohibition envelope blocked", "Envelope blocked - User Entry" (a personal
  // block of the sender), "Rejected by header-based Blocked Senders - Block policy for Header From",
  // "Envelope rejected - Block policy for Envelope From address"
  ['sender-blocked', 'rejected', ['administrative prohibition envelope blocked', 'envelope blocked \u2013 user', 'envelope blocked - user', 'manually blocked senders', 'blocked senders - block policy', 'block policy for envelope from address']],
  // "535 Incorrect authentication data", "554 Configuration is invalid for this certificate"
  ['credentials', 'securityerror', ['incorrect authentication data', 'configuration is invalid for this certificate']],
  // "553 This route requires encryption (TLS)", "... requires TLS version 1.2 or greater", "...
  // requires high-strength ciphers" (Sisimai: securityerror)
  ['tls', 'failedstarttls', ['this route requires encryption (tls)', 'this route requires tls version', 'this route requires high-strength ciphers']],
  // "451 Unable to process connection at this time" (their servers at full load), "451 Message
  // ended early", "451 Unable to process command", "Unable to process an email at this time"
  ['system', 'systemerror', ['unable to process connection at this time', 'message ended early', 'unable to process command', 'unable to process an email at this time']],
  // "451 Account service is temporarily unavailable" (too many concurrent connections for the
  // account), "550 Exceeding outbound thread limit"
  ['connections', 'toomanyconn', ['account service is temporarily unavailable', 'exceeding outbound thread limit']],
  // "452 Too many recipients": more than 100 RCPT TO for one DATA (Sisimai: toomanyconn)
  ['recipients', 'exceedlimit', ['too many recipients']],
  // "550 Invalid Recipient", "501 Invalid address"
  ['unknown', 'userunknown', ['invalid recipient', 'invalid address']],
];

/**
 * Broadcom Email Security.cloud's (MessageLabs') replies (Broadcom's knowledge-base articles on
 * its bounce codes; Sisimai's Rhost/MessageLabs keeps them), each filed by its words.
 */
const MESSAGELABS_PHRASES: readonly (readonly [string, ReasonId, readonly string[]])[] = [
  // "553 DMARC domain authentication fail", "553-SPF (Sender Policy Framework) domain authentication fail"
  ['auth', 'authfailure', ['domain authentication fail']],
  // "501 Connection rejected by policy [7.7] 20805": the sending IP's reputation with Symantec
  ['reputation', 'badreputation', ['connection rejected by policy']],
  // "553-mail rejected because your IP is in the PBL", "Sorry, your IP address has been blocked",
  // "553-Sorry, your IP address has been blacklisted"
  ['ip-blocked', 'blocked', ['mail rejected because your ip is in the pbl', 'your ip address has been blocked', 'your ip address has been blacklisted']],
  // "553 Stray linefeeds in message (#5.6.2)"
  ['linefeeds', 'contenterror', ['stray linefeeds in message']],
  // "451 TLS/SSLv3 Connection required. (#4.7.1)"
  ['tls', 'failedstarttls', ['tls/sslv3 connection required']],
  // "You are trying to use me [server-1.tower-1.messagelabs.com] as a relay, but I have not been
  // configured to let you [192.0.2.1, a@example.com] do this"
  ['relay', 'norelaying', ['as a relay, but i have not been configured']],
  // "550 [192.0.2.1] has detected that this message is not RFC 5322 compliant"
  ['rfc5322', 'notcompliantrfc', ['has detected that this message is not rfc 5322']],
  // "550 sender envelope domain not allowed for sender IP address (#5.1.8)", "553 Sorry, your
  // domain has been blocked", "... your email address has been blocked", "553 sorry, your envelope
  // sender is in my badmailfrom list", "553-Sorry, your email address has been blacklisted"
  ['sender-blocked', 'rejected', ['sender envelope domain not allowed for sender ip address', 'your domain has been blocked', 'your email address has been blocked', 'is in my badmailfrom list', 'your email address has been blacklisted', 'your domain has been blacklisted']],
  // "553 - Message Filtered", "filtered by Outbound scanning": the spam filter
  ['filtered', 'spamdetected', ['message filtered', 'filtered by outbound scanning']],
  // "452 Too many recipients received this hour", "460 too many messages (#4.3.0)" (Sisimai: toomanyconn)
  ['rate', 'speeding', ['too many recipients received this hour', 'too many messages']],
  // "550-Invalid recipient <a@example.com> 550 (#5.1.1)", "553 Recipient mailbox is not allowed"
  ['unknown', 'userunknown', ['invalid recipient', 'recipient mailbox is not allowed', 'no such user']],
];

/**
 * i.ua's numbered replies ("... See http://mail.i.ua/err/3/"), the numbers as Sisimai's Rhost/IUA
 * keeps them with i.ua's words, each filed by those words.
 */
const IUA_CODES: readonly (readonly [string, ReasonId])[] = [
  ['1', 'norelaying'], // "The use of SMTP as mail gate is forbidden"
  ['2', 'userunknown'], // "User is not found"
  ['3', 'suspend'], // the mailbox was not used for more than 3 months ("Mailbox is frozen")
  ['4', 'mailboxfull'], // "Mailbox is full"
  ['5', 'speeding'], // "Letter sending limit is exceeded" (Sisimai: toomanyconn)
  ['6', 'blocked'], // "Use SMTP of your provider to send mail": direct delivery refused (Sisimai: norelaying)
  ['7', 'syntaxerror'], // a wrong HELO/EHLO argument (Sisimai: blocked)
  ['8', 'rejected'], // "Couldn't check sender address"
  ['9', 'blocked'], // the sender's IP address is on a block list
  ['10', 'filtered'], // not in the recipient's list of allowed addresses
];

/** A provider's phrase table as rows: id `<prefix>-<key>`, read only from that provider's hosts. */
function phraseRows(prefix: string, remoteMta: readonly string[], table: readonly (readonly [string, ReasonId, readonly string[]])[]): Rule[] {
  return table.map(([key, reason, text]) => ({ id: `${prefix}-${key}`, reason, remoteMta, text }));
}

/** Provider rows, keyed by the remote or reporting MTA's host (or by a code token only that provider writes). */
export const REMOTE_HOST_RULES: RuleTable = {
  id: 'remote-hosts',
  description: 'Provider-specific meanings of replies, by remote MTA host name',
  rules: [
    // --- Google (Gmail, Google Workspace). Google uses X.7.2x codes with its own meanings
    // (registry clash: 5.7.27 = SPF did not pass, 5.7.30 = DKIM did not pass, 5.7.29 = TLS).
    // Google's fixed sentences first: the words decide where Google reuses an enhanced code.
    ...phraseRows('google', GOOGLE, GOOGLE_PHRASES),
    { id: 'google-auth', reason: 'authfailure', remoteMta: GOOGLE, status: ['x.7.24', 'x.7.26', 'x.7.27', 'x.7.30', 'x.7.32'] },
    { id: 'google-auth-text', reason: 'authfailure', remoteMta: GOOGLE, text: ['fails to pass authentication checks', 'does not have authentication information', 'fails to pass spf checks', 'sender is unauthenticated', 'spf authentication didn', 'dkim authentication didn'] },
    { id: 'google-ptr', reason: 'requireptr', remoteMta: GOOGLE, status: ['x.7.23', 'x.7.25'] },
    { id: 'google-tls', reason: 'failedstarttls', remoteMta: GOOGLE, status: ['x.7.29'] },
    { id: 'google-rfc5322', reason: 'notcompliantrfc', remoteMta: GOOGLE, text: ['not rfc 5322 compliant', 'rfc 5322 compliant'] },
    // Gmail writes this after its retries to reach the recipient's servers have run out (a
    // permanent failure) or while they go on (a delay notice).
    { id: 'google-could-not-connect', reason: 'expired', remoteMta: GOOGLE, text: ['did not accept our requests to connect'] },
    // Gmail's "DNS Error: ... lookup of example.org responded with code NXDOMAIN" with a 4.x status:
    // Gmail keeps retrying the lookup, so it is a DNS failure, not yet a verdict on the domain.
    { id: 'google-dns-retrying', reason: 'networkerror', remoteMta: GOOGLE, status: ['4.*'], text: ['dns error:'], notText: ['null mx'] },

    // --- Microsoft (Outlook.com / Hotmail, Exchange Online).
    { id: 'microsoft-domain-unreachable', reason: 'hostunknown', remoteMta: MICROSOFT, text: ['domain is not reachable'] },
    { id: 'microsoft-ip-mismatch', reason: 'requireptr', remoteMta: MICROSOFT, text: ['mismatches client ip'] },
    { id: 'microsoft-auth-level', reason: 'authfailure', remoteMta: MICROSOFT, status: ['5.7.515'] },
    { id: 'microsoft-ip-reputation', reason: 'badreputation', remoteMta: MICROSOFT, status: ['4.7.650'] },
    // Outlook.com's consumer refusals ("550 OU-001 ... Unfortunately, messages from 192.0.2.25
    // weren't sent. Please contact your Internet service provider ..."): the sending network is
    // refused (other-providers.md section 2); the variants that name the block list say so too.
    { id: 'microsoft-consumer-refusal', reason: 'blocked', remoteMta: MICROSOFT, text: ["weren't sent. please contact your internet service provider"] },
    // Exchange Online's own three-digit code "Message expired, DNS query failed": the lookup failed
    // until the message expired. (X.4.316, connection refused, is decided by the knowledge base.)
    { id: 'exo-dns-query-failed', reason: 'networkerror', status: ['x.4.312'] },

    // --- Yahoo Inc. (Yahoo, AOL): 5.7.9 is Yahoo's "sender is unauthenticated".
    // "554 delivery error: dd user@yahoo.com is no longer valid.": the address is gone.
    { id: 'yahoo-no-longer-valid', reason: 'userunknown', remoteMta: YAHOO_INC, text: ['is no longer valid'] },
    // Yahoo's "554 delivery error: dd This user doesn't have a yahoo.com account": the "dd" reply
    // token is Yahoo's own, so the reply names its writer even when the report hides the host.
    { id: 'yahoo-dd-no-account', reason: 'userunknown', text: ["delivery error: dd this user doesn't have"] },
    ...phraseRows('yahoo', YAHOO_INC, YAHOO_INC_CODES),
    { id: 'yahoo-unauthenticated', reason: 'authfailure', remoteMta: YAHOO_INC, text: ['sender is unauthenticated', 'requires all senders to authenticate'] },

    // --- France Telecom / Orange, La Poste: bilingual replies with LPNnnn_nnn / OFRnnn_nnn codes.
    // Their numbered replies (OFR_416, LPN007_505, OFR006_102, "[416]"): the code decides.
    ...FRANCE_PTT_CODES.map(([code, reason]) => ({ id: `franceptt-code-${code}`, reason, remoteMta: FRANCE_PTT, text: [`_${code}`, `[${code}]`] })),
    // The same words with no code, or with one that decides nothing.
    { id: 'franceptt-account-blocked', reason: 'suspend', remoteMta: FRANCE_PTT, text: ['recipient account is blocked', 'compte du destinataire est bloque'] },
    { id: 'franceptt-service-refused', reason: 'blocked', remoteMta: FRANCE_PTT, text: ['service refused', 'service refuse', 'blocked for spamming', 'pour incident de spam'] },

    // --- GoDaddy (secureserver.net): IBnnn codes with a category help link.
    { id: 'godaddy-spf', reason: 'authfailure', text: ['x.co/srbounce'] },
    { id: 'godaddy-rate', reason: 'speeding', text: ['x.co/rlbounce'] },
    { id: 'godaddy-ip-reputation', reason: 'blocked', text: ['x.co/irbounce'] },
    // IBnnn codes from GoDaddy's own servers (digits alone occur anywhere, so the host must say so).
    ...GODADDY_CODES.map(([code, reason]) => ({ id: `godaddy-${code}`, reason, remoteMta: ['secureserver.net'], text: [code] })),
    { id: 'godaddy-blocklist', reason: 'blocked', remoteMta: ['secureserver.net'], text: ['spamhaus', 'blocklist', 'blacklist', 'rbl reject'] },
    // GoDaddy's uncoded replies: "... has been in the queue too long", "Delivery timeout";
    // "Account storage limit"; "Account disabled"; "Recipient not found", "Account does not
    // exist"; "552 Message rejected for spam or virus content"; "This message is looping: it
    // already has my Delivered-To line" (a forwarding loop; Sisimai: systemerror).
    { id: 'godaddy-queue-expired', reason: 'expired', remoteMta: ['secureserver.net'], text: ['has been in the queue too long', 'delivery timeout'] },
    { id: 'godaddy-storage', reason: 'mailboxfull', remoteMta: ['secureserver.net'], text: ['account storage limit'] },
    { id: 'godaddy-disabled', reason: 'suspend', remoteMta: ['secureserver.net'], text: ['account disabled'] },
    { id: 'godaddy-unknown', reason: 'userunknown', remoteMta: ['secureserver.net'], text: ['recipient not found', 'account does not exist'] },
    { id: 'godaddy-spam-or-virus', reason: 'spamdetected', remoteMta: ['secureserver.net'], text: ['message rejected for spam or virus content'] },
    { id: 'godaddy-loop', reason: 'networkerror', remoteMta: ['secureserver.net'], text: ['message is looping'] },

    // --- Cox (cox.net): AUP#CX.. / AUP#CDRBL / AUP#IPBLnnnn / AUP#URLBLnnn codes from Cox's
    // error-code page (Sisimai's Rhost/Cox keeps the list).
    { id: 'cox-blocklist', reason: 'blocked', text: ['aup#cxbl', 'aup#cdrbl', 'aup#ipbl', 'aup#rbl', 'aup#cxdnsbl'] },
    // AUP#CXDNS: the reverse DNS lookup of the sending IP fails.
    { id: 'cox-rdns', reason: 'requireptr', text: ['aup#cxdns'] },
    // AUP#CXSNDR: the mail failed the sending domain's SPF, DomainKeys or DKIM checks.
    { id: 'cox-sender-auth', reason: 'authfailure', text: ['aup#cxsndr'] },
    // AUP#CXSMTP: an SMTP protocol violation; Cox could not verify a legitimate sender (Sisimai: rejected).
    { id: 'cox-smtp-violation', reason: 'syntaxerror', text: ['aup#cxsmtp'] },
    // AUP#CXTHRT, AUP#CXMJ: sending limited or blocked for suspicious activity on the Cox account.
    { id: 'cox-account-activity', reason: 'securityerror', text: ['aup#cxthrt', 'aup#cxmj'] },
    { id: 'cox-connections', reason: 'toomanyconn', text: ['aup#cxcnct'] },
    // AUP#CXMXRT: the sender sent to too many recipients and must wait (Sisimai: toomanyconn).
    { id: 'cox-rate', reason: 'speeding', text: ['aup#cxmxrt'] },
    { id: 'cox-url-blocklist', reason: 'spamdetected', text: ['aup#urlbl'] },
    // Cox's uncoded replies: "too many sessions from", "message threshold exceeded" (100 messages a
    // connection); "rejected - no rdns", "DNS check failure - try again later"; "too many bad
    // commands from" and "too many invalid recipients" (the client's IP is blocked for hours);
    // "recipient rejected" (not a Cox mailbox); "sender rejected" (the sender domain has no MX or
    // A record); "ESMTP server temporarily not available"; "ESMTP no data before greeting" (the
    // client spoke too soon; Sisimai: policyviolation); "attachment extension is forbidden".
    { id: 'cox-sessions', reason: 'toomanyconn', remoteMta: ['cox.net'], text: ['too many sessions from', 'message threshold exceeded'] },
    { id: 'cox-no-rdns', reason: 'requireptr', remoteMta: ['cox.net'], text: ['rejected - no rdns', 'dns check failure - try again later'] },
    { id: 'cox-client-blocked', reason: 'blocked', remoteMta: ['cox.net'], text: ['too many bad commands from', 'too many invalid recipients'] },
    { id: 'cox-recipient-rejected', reason: 'userunknown', remoteMta: ['cox.net'], text: ['recipient rejected'] },
    { id: 'cox-sender-rejected', reason: 'rejected', remoteMta: ['cox.net'], text: ['sender rejected'] },
    { id: 'cox-unavailable', reason: 'systemerror', remoteMta: ['cox.net'], text: ['esmtp server temporarily not available'] },
    { id: 'cox-early-talker', reason: 'syntaxerror', remoteMta: ['cox.net'], text: ['esmtp no data before greeting'] },
    { id: 'cox-attachment', reason: 'policyviolation', remoteMta: ['cox.net'], text: ['attachment extension is forbidden'] },

    // --- Spectrum / Charter: AUP#I-nnnn (incoming), AUP#In-nnnn, AUP#O-nnnn (outgoing) codes.
    // Before, every 10xx code read as blocked and every 13xx as toomanyconn, so 1010 (a
    // compromised account) and 1350-1399 (message and recipient limits) were misfiled.
    ...SPECTRUM_CODES.map(([first, last, reason]) => ({ id: `spectrum-${first}`, reason, text: spectrumTokens(first, last) })),

    // --- Tencent QQ: "Ip frequency limited", "Connection frequency limited", "Domain frequency limited".
    { id: 'tencent-frequency', reason: 'toomanyconn', remoteMta: ['qq.com'], text: ['frequency limited'] },
    // Tencent's other replies (service.mail.qq.com/detail/122): "SPF check failed", "DMARC check
    // failed"; "suspected bounce attacks", "suspected spam ip", "connection denied" (the IP);
    // "message too large"; "spam is embedded in the email", "suspected spam" (Sisimai: rejected);
    // "mail is rejected by recipients" (the recipient's own block; Sisimai: rejected); "is a
    // deactivated mailbox"; "mailbox not found".
    { id: 'tencent-auth', reason: 'authfailure', remoteMta: ['qq.com'], text: ['spf check failed', 'dmarc check failed'] },
    { id: 'tencent-ip-blocked', reason: 'blocked', remoteMta: ['qq.com'], text: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'] },
    { id: 'tencent-size', reason: 'mesgtoobig', remoteMta: ['qq.com'], text: ['message too large'] },
    { id: 'tencent-spam', reason: 'spamdetected', remoteMta: ['qq.com'], text: ['spam is embedded in the email', 'suspected spam'] },
    // "550 Mail content denied" names a content filter, not spam (Sisimai: spamdetected).
    { id: 'tencent-content-denied', reason: 'filtered', remoteMta: ['qq.com'], text: ['mail content denied'] },
    { id: 'tencent-recipient-refuses', reason: 'filtered', remoteMta: ['qq.com'], text: ['mail is rejected by recipients'] },
    { id: 'tencent-deactivated', reason: 'suspend', remoteMta: ['qq.com'], text: ['is a deactivated mailbox'] },
    { id: 'tencent-unknown', reason: 'userunknown', remoteMta: ['qq.com'], text: ['mailbox not found'] },

    // --- NetEase (163.com, 126.com, yeah.net): "554 DT:SPM ..." is NetEase's content-spam verdict,
    // "554 DT:RBL ..." its block-list refusal of the sending IP. The "DT:" token is NetEase's own,
    // so the reply names its writer even when the report hides the host.
    { id: 'netease-dt-spm', reason: 'spamdetected', text: ['dt:spm'] },
    { id: 'netease-dt-rbl', reason: 'blocked', text: ['dt:rbl'] },

    // --- KDDI au (ezweb.ne.jp, au.com): "550 : User unknown" with no address is au's answer when
    // the recipient's reception filter refuses the sender; an unknown mailbox is named ("550
    // <user@ezweb.ne.jp>: User unknown").
    { id: 'kddi-filtered', reason: 'filtered', remoteMta: ['ezweb.ne.jp', 'au.com'], text: ['550 : user unknown'] },
    { id: 'kddi-unknown-named', reason: 'userunknown', remoteMta: ['ezweb.ne.jp', 'au.com'], text: ['>: user unknown'] },

    // --- NTT docomo: "550 Unknown user" after DATA (the mailbox took RCPT) is docomo's reception
    // filter refusing the sender; a DSN status of 5.2.0 says the same (the mailbox exists).
    { id: 'docomo-filtered-data', reason: 'filtered', remoteMta: ['docomo.ne.jp'], command: ['DATA'], text: ['unknown user'] },
    { id: 'docomo-filtered-status', reason: 'filtered', remoteMta: ['docomo.ne.jp'], status: ['5.2.0'] },
    // docomo's other replies (as Sisimai's Rhost/NTTDOCOMO keeps them): "552 too much mail data"
    // (552: the mailbox's storage), "552 too many recipients" (Sisimai: toomanyconn), and "503 Bad
    // sequence of commands" / "504 Command parameter not implemented" unless the same transcript
    // shows the unknown user that caused them.
    { id: 'docomo-too-much-data', reason: 'mailboxfull', remoteMta: ['docomo.ne.jp'], text: ['552 too much mail data'] },
    { id: 'docomo-recipients', reason: 'exceedlimit', remoteMta: ['docomo.ne.jp'], text: ['552 too many recipients'] },
    { id: 'docomo-protocol', reason: 'syntaxerror', remoteMta: ['docomo.ne.jp'], text: ['503 bad sequence of commands', '504 command parameter not implemented'], notText: ['unknown user'] },

    // --- Facebook: coded replies with postmaster.facebook.com links; RCP-P* = recipient preferences.
    { id: 'facebook-recipient-preferences', reason: 'filtered', text: ['refused due to recipient preferences'] },
    // The codes themselves (RCP-P1, POL-T2, ...), from Facebook's servers.
    ...FACEBOOK_CODES.map(([code, reason]) => ({ id: `facebook-${code}`, reason, remoteMta: ['facebook.com', 'facebookmail.com'], text: [code] })),

    // --- Apple iCloud Mail.
    ...phraseRows('apple', APPLE, APPLE_PHRASES),

    // --- Mimecast: its documented 554 replies.
    { id: 'mimecast-host-network', reason: 'policyviolation', remoteMta: ['mimecast.com'], text: ['host network not allowed'] },
    ...phraseRows('mimecast', ['mimecast.com'], MIMECAST_PHRASES),

    // --- Broadcom / MessageLabs (Symantec Email Security.cloud).
    { id: 'messagelabs-smtp-auth', reason: 'securityerror', remoteMta: ['messagelabs.com'], text: ['smtp authentication'] },
    ...phraseRows('messagelabs', ['messagelabs.com'], MESSAGELABS_PHRASES),

    // --- Zoho Mail: "550 5.7.1 Email rejected per DMARC policy for example.com"; "554 5.7.1 Email
    // cannot be delivered. Reason: Email flagged as Spam" (Sisimai: rejected); "554 5.7.7 Email
    // policy violation detected"; "452 4.3.1 Temporary System Error"; "550 5.1.1 User does not
    // exist"; "552 5.7.1 virus EICAR detected by Zoho Mail".
    { id: 'zoho-dmarc', reason: 'authfailure', remoteMta: ZOHO, text: ['email rejected per dmarc policy'] },
    { id: 'zoho-spam', reason: 'spamdetected', remoteMta: ZOHO, text: ['email flagged as spam'] },
    { id: 'zoho-policy', reason: 'policyviolation', remoteMta: ZOHO, text: ['email policy violation detected', 'mailbox delivery restricted by policy'] },
    { id: 'zoho-system', reason: 'systemerror', remoteMta: ZOHO, text: ['temporary system error'] },
    { id: 'zoho-unknown', reason: 'userunknown', remoteMta: ZOHO, text: ['user does not exist'] },
    { id: 'zoho-virus', reason: 'virusdetected', remoteMta: ZOHO, text: ['detected by zoho mail'] },

    // --- i.ua (Ukraine): "Mailbox is frozen" = the account is frozen for inactivity.
    // The numbered help link is i.ua's own, so it names its writer without a host.
    ...IUA_CODES.map(([code, reason]) => ({ id: `iua-err-${code}`, reason, text: [`i.ua/err/${code}/`] })),
    { id: 'iua-frozen', reason: 'suspend', remoteMta: ['email.ua', 'i.ua'], text: ['mailbox is frozen'] },
  ],
};
