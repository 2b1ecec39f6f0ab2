/**
 * Exchange Online's own NDR code table, as data: one entry per row of the "Find my error code"
 * table of Microsoft's NDR reference (the seed document), in seed order. Rows that reuse a code
 * with another meaning (5.7.1 three times, 5.4.1 twice) are separate entries, told apart by their
 * literal replies; the one row that holds two codes with two texts (5.7.705 / 5.7.708) is split in
 * two entries so each code keeps its own cause. Texts are the project's own words; the `replies`
 * are the literal reply strings exactly as Microsoft documents them (placeholders such as
 * `<domain>` or `[$SenderIPAddress]` included as printed).
 *
 * `permanent` follows the reply: the basic reply code when Microsoft documents one (Exchange Online
 * reports an expired message as `550 4.4.7`: final for that message), otherwise the code class.
 */
import type { KbEntry } from './types.js';

/** The seed page: Microsoft's NDR and SMTP error reference for Exchange Online. */
export const EXO_NDR_REFERENCE_URL =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';

/** Folder of Microsoft's per-code NDR troubleshooting pages. */
const NDR_PAGES = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/';

/** The per-code page `name` (the seed's relative link without `.md`) as an absolute URL. */
const page = (name: string): string => NDR_PAGES + name;

const MTA_STS_URL = 'https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts';
const DANE_URL = 'https://learn.microsoft.com/en-us/microsoft-365/compliance/how-smtp-dane-works';
const RFC7671_URL = 'https://datatracker.ietf.org/doc/html/rfc7671';
const IPV6_URL =
  'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6';
const SENDING_LIMITS_URL =
  'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits';
const COMPROMISED_URL = 'https://learn.microsoft.com/en-us/office365/troubleshoot/security/determine-account-is-compromised';
const DELIST_URL =
  'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis';
const TABL_URL = 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/tenant-allow-block-list-about';
const DNSSEC_URL =
  'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-R2-and-2012/jj200221(v=ws.11)';

/** Shared advice for the MTA-STS and DANE rows, which differ only by code class and detail. */
const DESTINATION_TLS_SENDER = 'Nothing to change on your side. Tell the recipient by another channel that their mail server fails secure delivery checks.';

/** Shared advice for the four "only accepts internal senders" rows (5.7.12, 5.7.133, 5.7.134, 5.7.13/135, 5.7.136). */
const EXTERNAL_SENDER_SENDER =
  'You are outside the recipient\'s organization and the address only takes mail from inside it. Ask the recipient, by another channel, to have their admin let you in.';


/** The seed's 5.7.502 and 5.7.503 rows say the same (reply, cause, fix): one text for both entries. */
const BANNED_SENDER_ROW: Omit<KbEntry, 'id' | 'source' | 'codes'> = {
  replies: ['Access denied, banned sender'],
  title: 'Sending account banned for spam',
  cause: 'Microsoft banned the sending account after detecting spam from it.',
  fix: {
    senderAdmin: 'Secure the account and reset its credentials, then contact Microsoft support through your usual channel to restore sending.',
    service: 'Microsoft support lifts the ban once the account is cleaned up.',
  },
  owner: 'sender-admin',
  permanent: true,
  reason: 'rejected',
  references: [EXO_NDR_REFERENCE_URL],
  seedRow: true,
};

/** Every row of the seed's Exchange Online NDR code table, one entry each (some split by reply variant). */
export const EXCHANGE_ONLINE_ENTRIES: readonly KbEntry[] = [
  {
    id: 'exo-4.3.2-recipient-thread-limit',
    source: 'exchange-online',
    codes: ['4.3.2'],
    basic: ['432'],
    replies: ['STOREDRV.Deliver; recipient thread limit exceeded'],
    title: 'Recipient mailbox is being throttled',
    cause:
      'The recipient\'s mailbox is receiving too many messages at the same time, so Exchange Online slows deliveries to it to protect the other mailboxes on the same database. This is deliberate throttling, not a fault.',
    fix: {
      sender: 'Nothing to do: your server retries on its own and the message normally goes through shortly.',
      senderAdmin: 'If it repeats for one recipient, spread automated sends to that mailbox over time instead of sending bursts.',
    },
    owner: 'none',
    permanent: false,
    reason: 'speeding',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.4.316-connection-refused',
    source: 'exchange-online',
    codes: ['4.4.316'],
    replies: ['Connection refused [Message=Socket error code 10061]'],
    title: 'Destination mail server refused the connection',
    cause:
      'Exchange Online tried to hand the message to a mail server outside Microsoft 365, but that server (or a firewall in front of it) refused the TCP connection. The problem is on the destination\'s network.',
    fix: {
      sender: 'Nothing is wrong on your side. Exchange Online keeps retrying; if it fails for long, tell the recipient by another channel.',
      recipientAdmin:
        'Check that the mail server at the IP address named in the NDR is running and that port 25 is open to Microsoft 365 (firewall, service down, wrong MX target).',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'networkerror',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.4.7-message-expired',
    source: 'exchange-online',
    codes: ['4.4.7'],
    basic: ['550'],
    replies: [
      'Message expired',
      'QUEUE.Expired; message expired',
      '#550 4.4.7 QUEUE.Expired; message expired ##',
      'The server has tried to deliver this message, without success, and has stopped trying.',
      "450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with",
    ],
    title: 'Message expired in the queue',
    cause:
      'The message waited in Exchange Online\'s queue until its lifetime ran out: the destination kept answering with temporary errors or could not be reached (server down, refusing connections, network time-outs). A header limit or another protocol time-out on the remote server can end the same way.',
    fix: {
      sender:
        'If only one domain fails, the problem is almost certainly theirs: tell the recipient by another channel, with the remote server and error from the NDR. Sending again queues the message again; fewer recipients per message for that domain can help.',
      senderAdmin:
        'Read the last error and endpoint in the NDR. Check your own side too: your domain\'s MX and SPF records, that the domain has not expired, and in hybrid setups the on-premises connectors (rerun the Hybrid Configuration Wizard after IP or firewall changes).',
      recipientAdmin: 'Make sure your mail servers are reachable from Microsoft 365 and do not block or throttle its IP addresses.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'expired',
    references: [page('fix-error-code-550-4-4-7-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.4.8-mta-sts-mx',
    source: 'exchange-online',
    codes: ['4.4.8'],
    replies: ['MX hosts of <domain> failed MTA-STS validation'],
    title: 'MX host not allowed by the domain\'s MTA-STS policy',
    cause:
      'The recipient domain publishes an MTA-STS policy, and the MX host Exchange Online found is not one of the hosts that policy allows. Exchange Online will not deliver to it while that is so.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Update the domain\'s MTA-STS policy file so its `mx:` lines cover every MX host, or fix the MX records that point elsewhere.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [MTA_STS_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.5.3-too-many-recipients',
    source: 'exchange-online',
    codes: ['4.5.3'],
    replies: ['Too many recipients'],
    title: 'Too many envelope recipients in one transaction',
    cause:
      'The sending server gave more than 200 envelope recipients (RCPT TO) for the same domain in one SMTP transaction. Exchange Online takes the first ones and defers the rest.',
    fix: {
      senderAdmin:
        'Configure the sending server or application to send at most 200 RCPT TO recipients per domain per transaction and to retry deferred recipients in a new transaction.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'exceedlimit',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.5-mta-sts-certificate',
    source: 'exchange-online',
    codes: ['4.7.5'],
    replies: ['Remote certificate failed MTA-STS validation. Reason: <validityStatus>'],
    title: 'Destination certificate fails the MTA-STS check',
    cause:
      'The recipient domain uses MTA-STS, and its mail server\'s certificate either does not chain to a trusted root authority or does not name the host listed in the policy (in its Common Name or Subject Alternative Name).',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Install a certificate from a public authority, with the full chain, that names every MX host in the MTA-STS policy.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [MTA_STS_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.26-ipv6-spf-dkim',
    source: 'exchange-online',
    codes: ['4.7.26'],
    basic: ['450'],
    replies: [
      'Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed',
      'Service unavailable, message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation.',
      'must pass either SPF or DKIM validation',
    ],
    title: 'Anonymous IPv6 mail needs SPF or DKIM',
    cause: 'The message reached Exchange Online over IPv6 from an anonymous sender. Microsoft takes such mail only when SPF passes for the sending address or a valid DKIM signature is present, and neither was the case.',
    fix: {
      senderAdmin:
        'Publish an SPF record that lists the sending IPv6 address, or sign outgoing mail with DKIM. Until then, sending over IPv4 avoids the check.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'authfailure',
    references: [IPV6_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.321-starttls-not-supported',
    source: 'exchange-online',
    codes: ['4.7.321'],
    replies: ['starttls-not-supported: Destination mail server must support TLS to receive mail.'],
    title: 'Destination server does not offer working TLS (DANE)',
    cause:
      'The recipient domain is protected by DNSSEC and DANE, so delivery must be encrypted, but its mail server either does not answer STARTTLS or the TLS handshake fails.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Enable STARTTLS on the receiving server and check that a TLS handshake completes (protocol versions, ciphers, certificate).',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.322-certificate-expired',
    source: 'exchange-online',
    codes: ['4.7.322'],
    replies: ["certificate-expired: Destination mail server's certificate is expired."],
    title: 'Destination server certificate has expired (DANE)',
    cause: 'The recipient domain uses DNSSEC and DANE, and its mail server presents an X.509 certificate that is past its expiry date.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Renew the mail server\'s certificate (and update the TLSA record if it pins the certificate or key).',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.323-tlsa-invalid',
    source: 'exchange-online',
    codes: ['4.7.323'],
    replies: ['tlsa-invalid: The domain failed DANE validation.'],
    title: 'Destination failed DANE validation',
    cause:
      'The recipient domain\'s DNSSEC-signed TLSA record does not match the certificate its mail server presents: the record is wrong, the certificate changed without the record, someone is interfering with the connection, or another DANE check failed.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Compare the TLSA record with the certificate the server really presents and publish a matching record (RFC 7671 explains safe rollover).',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [RFC7671_URL, DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.324-dnssec-invalid',
    source: 'exchange-online',
    codes: ['4.7.324'],
    replies: ['dnssec-invalid: Destination domain returned invalid DNSSEC records'],
    title: 'Destination domain\'s DNSSEC records are invalid',
    cause: 'The recipient domain claims to be DNSSEC-signed, but Exchange Online could not validate its records, so DANE cannot be checked.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Fix the domain\'s DNSSEC chain (DS record at the parent, valid signatures, unexpired keys) with your DNS provider.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [DNSSEC_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.325-certificate-host-mismatch',
    source: 'exchange-online',
    codes: ['4.7.325'],
    replies: [
      'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
    ],
    title: 'Destination certificate does not name the mail host (DANE)',
    cause: 'The certificate presented by the recipient\'s mail server names neither the recipient domain nor its MX host in its Common Name or Subject Alternative Names.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Install a certificate whose Subject Alternative Names include the MX host name.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.500-699-sending-restricted',
    source: 'exchange-online',
    codes: ['4.7.500-699'],
    basic: ['451'],
    replies: ['Access denied, please try again later'],
    title: 'Sending temporarily restricted (ASxxx)',
    cause:
      'Exchange Online saw unusual activity from the sending IP address, typically a sudden rise in volume compared with its history, and is holding its mail back while it evaluates it. New senders are treated with suspicion at first.',
    fix: {
      sender: 'If the mail is legitimate the restriction lifts on its own; senders outside Microsoft 365 may need a few days of steady sending to build a history.',
      senderAdmin:
        'If your organization uses Microsoft 365, set up the right connectors: an on-premises-to-Microsoft-365 connector when you relay outbound mail through it, or a partner connector when your incoming mail is routed through a third-party filtering service before Microsoft 365. Use the initial onmicrosoft.com domain for tests only: real mail needs a custom domain.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'blocked',
    references: [page('fix-error-code-451-4-7-500-699-asxxx-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-4.7.850-899-ip-restricted',
    source: 'exchange-online',
    codes: ['4.7.850-899'],
    replies: ['Access denied, please try again later'],
    title: 'Sending IP temporarily restricted',
    cause: 'Exchange Online saw suspicious activity from the sending IP address and restricts it for a while during evaluation.',
    fix: {
      sender: 'Wait: if the traffic is legitimate, the restriction lifts shortly and retries succeed.',
      senderAdmin: 'If it persists, check the sending server for unusual volume or a compromised account.',
    },
    owner: 'none',
    permanent: false,
    reason: 'blocked',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.0.350-generic',
    source: 'exchange-online',
    codes: ['5.0.350'],
    basic: ['550'],
    replies: [
      'x-dg-ref header is too long',
      'Requested action not taken: policy violation detected (AS345)',
      '550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long.',
    ],
    title: 'Recipient\'s system refused the message (generic 5.0.350)',
    cause:
      'Exchange Online uses 5.0.350 to pass on assorted errors from the recipient\'s mail system. Two are well known: "x-dg-ref header is too long" comes from a Rich Text (TNEF) message with attachments, often a message attached inside another, whose attachment data ends up in an over-long X-MS-TNEF-Correlator header; "policy violation detected (AS345)" means an attachment, such as a Word file, embeds 20 or more other files.',
    fix: {
      sender:
        'For x-dg-ref: send the message in HTML instead of Rich Text. For AS345: remove some of the files embedded in the attachment. For anything else, forward the NDR to your email admin.',
      senderAdmin:
        'For x-dg-ref, control TNEF for that destination (per remote domain, or on the mail contact or mail user). For other texts, read the original remote error under "Diagnostic information for administrators"; it was raised by the recipient\'s system, so its admins must explain it.',
      recipientAdmin: 'Look up the rejection in your own mail system\'s logs: 5.0.350 only relays the error your system returned.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-550-5-0-350-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.1.0-sender-denied',
    source: 'exchange-online',
    codes: ['5.1.0'],
    basic: ['550'],
    replies: ['Sender denied'],
    title: 'Sender or recipient address refused',
    cause:
      'The destination refused the sender or could not resolve the recipient. Common reasons: the recipient (or their organization) blocks you; the address is malformed; or someone replied to a message that had been saved as a file and opened offline, which keeps only the internal legacyExchangeDN address, so the lookup fails.',
    fix: {
      sender:
        'Check the recipient address and send again as a new message. If other people at the same domain get your mail, ask the recipient whether you are on their blocked senders list. Remove the stale entry from Outlook\'s Auto-Complete list and type the address again.',
      senderAdmin: 'Make sure your domain\'s SPF record lists every server that sends for it, including Exchange Online.',
      recipientAdmin: 'If the sender is legitimate, check whether your block lists or the recipient\'s blocked senders refuse them.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'rejected',
    references: [page('fix-error-code-550-5-1-0-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.1.1-bad-destination-mailbox',
    source: 'exchange-online',
    codes: ['5.1.1'],
    basic: ['550'],
    replies: [
      'Bad destination mailbox address',
      'RESOLVER.ADR.ExRecipNotFound; not found',
      'RESOLVER.ADR.RecipNotFound; not found',
      '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
      '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    ],
    title: 'Recipient address does not exist',
    cause:
      'The destination has no mailbox at this address. Usually the address was mistyped, or it existed once and was changed or removed. Inside one organization it can also be a stale Outlook Auto-Complete entry for a mailbox that moved, an invalid legacyExchangeDN, a recipient\'s forwarding rule that points to a bad address, or a domain whose MX record is wrong.',
    fix: {
      sender:
        'Check the spelling and send a new message; do not just resend the failed one. Delete the recipient from Outlook\'s Auto-Complete list and pick them again from the address book. If the address in the NDR differs from the one you typed, the recipient forwards to a bad address: tell them.',
      recipientAdmin:
        'Confirm the mailbox or alias exists. Look for forwarding rules (Inbox rules, mailbox forwarding, mail flow rules) that point to invalid addresses. Check that the domain\'s only MX record points to <domain>.mail.protection.outlook.com (DNS changes can take up to 72 hours). For internal mail after migrations (NDR shows an IMCEAEX-... address), add the old legacyExchangeDN to the recipient as an X500 proxy address. In hybrid setups, a mailbox moved to Microsoft 365 needs its <alias>@<domain>.mail.onmicrosoft.com routing address on the on-premises mail user, and a domain shared with on-premises must be an Internal relay accepted domain.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [page('fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.1.8-bad-outbound-sender',
    source: 'exchange-online',
    codes: ['5.1.8'],
    basic: ['550'],
    replies: [
      'Access denied, bad outbound sender',
      "Remote Server returned '550 5.1.8 Access denied, bad outbound sender'",
      "Your message couldn't be delivered because you weren't recognized as a valid sender.",
      'Bad outbound sender',
    ],
    title: 'Your account is blocked from sending (restricted user)',
    cause:
      'Microsoft 365 stopped this account from sending because it sent mail that looked like spam or went over the sending limits or outbound spam policy limits. Most often the account was compromised. The account can still receive mail.',
    fix: {
      sender: 'If you did not send unusual mail, your account may be hacked: change your password and contact your admin, who must unblock you.',
      senderAdmin:
        'Secure the account first (reset the password, turn on MFA, check inbox rules and forwarding). Then remove it from Restricted entities in the Microsoft Defender portal (https://security.microsoft.com/restrictedusers) or run Remove-BlockedSenderAddress -SenderAddress <address>. The block can take from under an hour up to 24 hours to clear.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'rejected',
    references: [page('fix-error-code-5-1-8-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.1.10-recipient-not-found',
    source: 'exchange-online',
    codes: ['5.1.10'],
    basic: ['550'],
    replies: [
      'Recipient not found',
      'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    ],
    title: 'Recipient not found by SMTP address lookup',
    cause:
      'The recipient domain is in Microsoft 365, but no recipient there has this address. It may be mistyped, removed, not licensed, or not yet synchronized from on-premises. If you never sent the original message, it is backscatter: someone forged your address.',
    fix: {
      sender:
        'Retype the address (delete the Auto-Complete entry first) and send again. If the address is right, ask the recipient whether they forward mail somewhere broken. If you did not send the original, ignore the NDR; many of them mean your domain needs SPF.',
      recipientAdmin:
        'Check that the user exists in Active users with an Exchange Online licence; fix forwarding that points to a bad address; check the accepted domain type (Authoritative vs Internal relay); in hybrid, force a directory sync (Start-ADSyncSyncCycle -PolicyType Delta), and for a mailbox created in the cloud create the matching remote mailbox on-premises (New-RemoteMailbox, then Set-RemoteMailbox -ExchangeGuid with the cloud mailbox\'s GUID); check the MX record points to <domain>.mail.protection.outlook.com.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [page('fix-error-code-550-5-1-10-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.1.90-daily-recipient-limit',
    source: 'exchange-online',
    codes: ['5.1.90'],
    replies: ["Your message can't be sent because you've reached your daily limit for message recipients"],
    title: 'You reached your daily recipient limit',
    cause:
      'The account sent to more recipients in the last 24 hours than Exchange Online allows (the recipient rate limit, 10,000 recipients a day). A sudden jump often means the account was compromised and used for spam.',
    fix: {
      sender: 'Wait until your count over the last 24 hours drops below the limit. If you did not send that much mail, tell your admin at once.',
      senderAdmin:
        'Check the account for compromise (sign-ins, inbox rules, forwarding). Bulk mail belongs on a bulk email service, not a user mailbox.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'speeding',
    references: [SENDING_LIMITS_URL, COMPROMISED_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.2.2-submission-quota',
    source: 'exchange-online',
    codes: ['5.2.2'],
    replies: ['Submission quota exceeded'],
    title: 'Your sending limit was exceeded',
    cause:
      'The account went over the recipient rate limit or the message rate limit of Exchange Online. This is the sender\'s limit, not a full mailbox. It can mean the account was compromised.',
    fix: {
      sender: 'Wait and send later, in smaller batches. If you did not send unusual amounts of mail, tell your admin.',
      senderAdmin: 'Check the account for compromise; move bulk or automated sending to a service meant for it.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'speeding',
    references: [SENDING_LIMITS_URL, COMPROMISED_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.2.121-per-sender-hourly-limit',
    source: 'exchange-online',
    codes: ['5.2.121'],
    replies: ["Recipient's per hour message receive limit from specific sender exceeded"],
    title: 'Too many messages per hour from you to this recipient',
    cause:
      'You sent more messages in an hour to this one Exchange Online recipient than it accepts from a single sender. The limit protects mailboxes from runaway notification systems.',
    fix: {
      sender: 'Send again later, and send fewer messages per hour to this recipient (combine notifications into digests).',
      senderAdmin: 'Throttle the application or system that sends to this recipient.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'speeding',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.2.122-hourly-receive-limit',
    source: 'exchange-online',
    codes: ['5.2.122'],
    replies: ["Recipient's per hour message receive limit exceeded"],
    title: 'Recipient gets too many messages per hour',
    cause: 'The Exchange Online recipient has received more messages this hour, from all senders together, than it is allowed to.',
    fix: {
      sender: 'Send again later. If you send automated mail to this recipient, send less often.',
      recipientAdmin: 'Find what floods the mailbox (a mail storm, a loop, a noisy system) and stop it.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'speeding',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.3.190-journaling-archive',
    source: 'exchange-online',
    codes: ['5.3.190'],
    replies: ['Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled'],
    title: 'Journaling to Microsoft 365 is not enabled',
    cause: 'An on-premises journal rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive, so they are refused.',
    fix: {
      senderAdmin: 'Turn on Journaling Archive in Microsoft 365, or point the on-premises journal rule at another destination.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'systemerror',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.4.1-relay-access-denied',
    source: 'exchange-online',
    codes: ['5.4.1'],
    basic: ['550'],
    replies: ['Relay Access Denied', '#550 5.4.1 Relay Access Denied ##'],
    title: 'Server does not accept mail for that domain',
    cause:
      'The server that answered does not accept mail for the recipient\'s domain: the domain\'s MX record or DNS points to the wrong place, or the receiving server is not set up for that domain.',
    fix: {
      sender: 'Wait a while and try again (DNS changes can take up to 72 hours); if it persists, tell the recipient by another channel.',
      recipientAdmin:
        'Point the domain\'s single MX record at <domain>.mail.protection.outlook.com, check in the Microsoft 365 admin center that the domain is Active and healthy, keep the accepted domain Authoritative (Internal relay only with a working connector), and rerun the Hybrid Configuration Wizard if hybrid connectors changed. Check Service health for outages.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'norelaying',
    references: [page('fix-error-code-550-5-4-1-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.4.1-recipient-rejected',
    source: 'exchange-online',
    codes: ['5.4.1'],
    basic: ['550'],
    replies: ['Recipient address rejected: Access denied'],
    title: 'Recipient address does not exist (directory check)',
    cause: 'Exchange Online checks recipients against the directory at the edge (Directory Based Edge Blocking) and this address is not in it.',
    fix: {
      sender: 'Check the address for typing mistakes and ask the recipient for a current one.',
      recipientAdmin: 'If the address should exist, create it or add it as a proxy address, and make sure directory synchronization has run.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.4.6-5.4.14-routing-loop',
    source: 'exchange-online',
    codes: ['5.4.6', '5.4.14'],
    basic: ['554'],
    replies: [
      'Routing loop detected',
      'Hop count exceeded - possible mail loop',
      '554 5.4.6 Hop count exceeded - possible mail loop',
      '5.4.14 Hop count exceeded - possible mail loop ATTR34',
      'Hop Count exceeded - possible mail loop ATTR34',
    ],
    title: 'Mail loop detected',
    cause:
      'The message kept going around between servers (or rules) until Exchange stopped it after 20 hops. 5.4.6 comes from on-premises Exchange, 5.4.14 from Exchange Online. Typical causes: an accepted domain or hybrid connector set up so mail is sent back where it came from, or forwarding rules that send mail back and forth.',
    fix: {
      sender: 'Nothing you can fix; forward the NDR to your admin.',
      senderAdmin: 'Check your own mailbox forwarding and Inbox rules for rules that bounce mail back and forth.',
      recipientAdmin:
        'Make the recipient domain Authoritative in Exchange Online; if MX points to Exchange Online, route to on-premises through a smart-host connector, not DNS; if all outbound mail goes through on-premises, use an On-premises connector not scoped to your accepted domains. Rerunning the Hybrid Configuration Wizard usually fixes connector loops. Verify every domain used in proxy addresses (unverified domains leave synced users with onmicrosoft.com primary addresses). After a public folder migration, check that centralized mail transport is not routing public folder mail back on-premises and that the public folder settings (PublicFoldersEnabled Local in the cloud, Remote on-premises) match the migration state.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'networkerror',
    references: [page('fix-error-code-5-4-6-through-5-4-20-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.4.8-mta-sts-mx',
    source: 'exchange-online',
    codes: ['5.4.8'],
    replies: ['MX hosts of <domain> failed MTA-STS validation'],
    title: 'MX host not allowed by the domain\'s MTA-STS policy',
    cause:
      'The recipient domain\'s MTA-STS policy is in enforce mode and does not list the MX host Exchange Online found, so the message was not delivered.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Update the MTA-STS policy file so its `mx:` lines cover every MX host, or fix the MX records.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [MTA_STS_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.4.300-message-expired',
    source: 'exchange-online',
    codes: ['5.4.300'],
    replies: ['Message expired'],
    title: 'Message expired before delivery',
    cause:
      'Delivery did not finish in time. Either the destination server never responded, or this is an NDR that itself could not be delivered back to the sender of the original message.',
    fix: {
      sender: 'Send again later; if it keeps failing, tell the recipient by another channel that their server is not accepting mail.',
      recipientAdmin: 'Make sure your mail servers answer connections from Microsoft 365.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'expired',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.5.0-mailbox-unavailable',
    source: 'exchange-online',
    codes: ['5.5.0'],
    basic: ['550'],
    replies: ['550 5.5.0 Requested action not taken: mailbox unavailable', 'Requested action not taken: mailbox unavailable'],
    title: 'Outlook.com or Hotmail address not found',
    cause: 'The recipient is an @outlook.com or @hotmail.com address that does not exist (the SMTP address lookup found nobody).',
    fix: {
      sender: 'Check the spelling of the address and ask the recipient for a current one.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [page('fix-error-code-550-5-1-10-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.6.11-bare-line-feeds',
    source: 'exchange-online',
    codes: ['5.6.11'],
    replies: ['Invalid characters'],
    title: 'Message contains bare line feeds',
    cause:
      'The email program put bare line feed characters (LF without CR) in the message. Such a message can only be passed on with SMTP CHUNKING (BDAT); Microsoft 365 no longer repairs it, so a destination without BDAT cannot take it.',
    fix: {
      sender: 'Send the message from another email program (for example Outlook on the web), or without the attachment that carries the bad line endings.',
      recipientAdmin:
        'Accept bare line feeds on the receiving server (Exchange: Set-ReceiveConnector -BareLinefeedRejectionEnabled $false on the internet Receive connector) or move to a server that supports BDAT.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'contenterror',
    references: [page('fix-error-code-550-5-6-11-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.1-not-authorized',
    source: 'exchange-online',
    codes: ['5.7.1'],
    basic: ['550'],
    replies: ['Delivery not authorized'],
    title: 'You are not allowed to send to this recipient',
    cause:
      'The recipient only accepts mail from certain senders. Most often it is a distribution group limited to its members or to a list of allowed senders; a mail flow (transport) rule that rejects matching messages gives the same code.',
    fix: {
      sender:
        'Internal group: the NDR names the restricted group; ask its owner to allow you or join the group. External recipient: ask them, by another channel, to have their admin allow you. Groups over 5,000 members also need moderator approval.',
      recipientAdmin:
        'Add the sender to the group\'s allowed senders (external senders need a mail contact or mail user), allow senders inside and outside the organization, or change the mail flow rule that rejected the message.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-550-5-7-1-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.1-relay',
    source: 'exchange-online',
    codes: ['5.7.1'],
    basic: ['550'],
    replies: ['Unable to relay', '550 5.7.1 Unable to relay'],
    title: 'Server refused to relay the message',
    cause:
      'The message was handed anonymously to a server that is not the final destination for the recipient\'s domain, and that server does not relay for it. Either the sending system or application has no permission to relay there, the domain\'s MX record points to a server that does not accept the domain, or a spammer tried to relay with your forged address (backscatter).',
    fix: {
      sender: 'If you never sent the original message, ignore the NDR: your address was forged.',
      senderAdmin:
        'Give the sending server or application permission to relay (an authenticated connection or a relay connector), or send through the right server. In hybrid setups that route outbound mail through on-premises, this follows a TLS certificate change on the Microsoft 365 side: rerun the Hybrid Configuration Wizard (Exchange 2013 CU9 or later) or set TlsDomainCapabilities to mail.protection.outlook.com:AcceptCloudServicesMail on the Receive connector.',
      recipientAdmin: 'Point the domain\'s MX record at a server that accepts the domain, or configure the server to accept it.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'norelaying',
    references: [page('fix-error-code-550-5-7-1-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.1-not-authenticated',
    source: 'exchange-online',
    codes: ['5.7.1'],
    basic: ['530'],
    replies: ['Client was not authenticated', '530 5.7.1 Client was not authenticated'],
    title: 'Receiving server requires authentication',
    cause:
      'The receiving server only accepts mail from clients that log in first, and the sending system did not. When the rejecting server is the recipient\'s internet-facing server, it means that server refuses anonymous mail from the internet.',
    fix: {
      senderAdmin: 'If you submit to that server on purpose (a relay or smart host), configure the sending system to authenticate to it.',
      recipientAdmin: 'If this is your internet-facing mail server, let it accept anonymous mail for your domains (Exchange: allow anonymous users on the internet Receive connector).',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'securityerror',
    references: [page('fix-error-code-550-5-7-1-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.5-mta-sts-certificate',
    source: 'exchange-online',
    codes: ['5.7.5'],
    replies: ['Remote certificate failed MTA-STS validation. Reason: <validityStatus>'],
    title: 'Destination certificate fails the MTA-STS check',
    cause:
      'The recipient domain enforces MTA-STS, and its mail server\'s certificate does not chain to a trusted root or does not name the host listed in the policy.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Install a publicly trusted certificate, with its full chain, that names every MX host in the MTA-STS policy.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [MTA_STS_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.12-not-authenticated-by-organization',
    source: 'exchange-online',
    codes: ['5.7.12'],
    replies: ['Sender was not authenticated by organization'],
    title: 'Recipient only accepts mail from inside its organization',
    cause: 'The recipient is set to refuse mail from senders outside its organization. Only the recipient organization\'s admin can change that.',
    fix: {
      sender: EXTERNAL_SENDER_SENDER,
      recipientAdmin:
        'Either clear "Require that all senders are authenticated" on the recipient (groups: allow senders inside and outside the organization), or keep it and add the external sender, as a mail contact or mail user, to the recipient\'s list of allowed senders.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-12-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.23-spf-violation',
    source: 'exchange-online',
    codes: ['5.7.23'],
    replies: ['The message was rejected because of Sender Policy Framework violation'],
    title: 'Rejected for failing SPF',
    cause:
      'The destination checks SPF and the message failed it: the sending domain\'s SPF record does not list the server that sent it. From Microsoft 365 this also happens when outbound mail judged as spam leaves through the high-risk delivery pool, which SPF never covers.',
    fix: {
      sender: 'Forward the NDR to your email admin.',
      senderAdmin:
        'Check the SPF record with an SPF checker; add and verify every domain you send from in Microsoft 365; add on-premises or third-party sending IPs to the SPF record of each domain they send for. If messages go out through the high-risk delivery pool, find out why they look like spam.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'authfailure',
    references: [page('fix-error-code-5-7-23-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.57-client-not-authenticated',
    source: 'exchange-online',
    codes: ['5.7.57'],
    basic: ['530'],
    replies: ['Client was not authenticated to send anonymous mail during MAIL FROM', 'Client not authenticated to send mail'],
    title: 'Device or application did not log in to smtp.office365.com',
    cause:
      'An application or device (printer, scanner, line-of-business app) sends through smtp.office365.com, which requires a successful login over TLS before MAIL FROM, and the login did not happen or failed.',
    fix: {
      senderAdmin:
        'Enter correct credentials on the device and make it use TLS 1.2 or later on port 587. Make sure SMTP AUTH is enabled for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and not blocked by security defaults or Conditional Access. If the device cannot log in, send with direct send to your MX endpoint or through a Microsoft 365 SMTP relay connector instead.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'securityerror',
    references: [page('fix-error-code-5-7-57-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.64-tenant-attribution',
    source: 'exchange-online',
    codes: ['5.7.64'],
    basic: ['550'],
    replies: [
      'TenantAttribution; Relay Access Denied',
      '550 5.7.64 TenantAttribution; Relay Access Denied SMTP.',
      '550 5.7.64 TenantAttribution; Relay Access Denied SMTP',
    ],
    title: 'Inbound connector no longer recognizes your on-premises server',
    cause:
      'Mail from your on-premises servers is matched to your organization by an inbound connector, by certificate name or source IP. Something changed on-premises (a renewed certificate, a new IP address, or a server that does not send its full certificate chain), so the connector no longer matches and Microsoft 365 refuses to relay.',
    fix: {
      senderAdmin:
        'Rerun the Hybrid Configuration Wizard and pick the current certificate, or edit the inbound connector\'s certificate name or IP addresses to match. Check the send connector protocol log for the certificate actually presented, and install intermediate certificates on the sending server so the full chain is sent.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'norelaying',
    references: [page('fix-error-code-5-7-64-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.124-not-in-allowed-senders',
    source: 'exchange-online',
    codes: ['5.7.124'],
    replies: ['Sender not in allowed-senders list'],
    title: 'You are not on the group\'s allowed senders list',
    cause:
      'The distribution group only accepts mail from listed senders, and you are not on the list, directly or through another group. Depending on the setup, even the group owner has to be listed.',
    fix: {
      sender: 'Join the group (you may need the owner\'s approval) or ask the owner, named in the NDR, to add you to the allowed senders.',
      recipientAdmin:
        'Add the sender to the group\'s delivery management list (external senders as a mail contact or mail user), or let everyone inside and outside the organization send to it. Groups over 5,000 members also require moderation.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-124-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.133-group-external-senders',
    source: 'exchange-online',
    codes: ['5.7.133'],
    replies: ['Sender not authenticated for group'],
    title: 'Group only accepts mail from inside its organization',
    cause: 'The recipient is a distribution group set to refuse mail from outside its organization. The group owner or the organization\'s admin can change that.',
    fix: {
      sender: EXTERNAL_SENDER_SENDER,
      recipientAdmin:
        'Set the group to accept messages from senders inside and outside the organization, or add the external sender (as a mail contact) to its allowed senders.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-133-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.134-mailbox-external-senders',
    source: 'exchange-online',
    codes: ['5.7.134'],
    replies: ['Sender was not authenticated for mailbox'],
    title: 'Mailbox only accepts mail from inside its organization',
    cause: 'The recipient mailbox is set to refuse mail from outside its organization. Only the recipient organization\'s admin can change that.',
    fix: {
      sender: EXTERNAL_SENDER_SENDER,
      recipientAdmin:
        'On the mailbox\'s mail flow settings, clear "Require that all senders are authenticated", or add the external sender (as a mail contact or mail user) to the accepted senders.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-134-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.13-5.7.135-public-folder-external-senders',
    source: 'exchange-online',
    codes: ['5.7.13', '5.7.135'],
    replies: ['Sender was not authenticated for public folder'],
    title: 'Public folder only accepts mail from inside its organization',
    cause:
      'The recipient is a mail-enabled public folder set to refuse mail from outside its organization. Only the recipient organization\'s admin can change that. (Microsoft\'s table writes the pair as "5.7.13 or 135", meaning 5.7.135.)',
    fix: {
      sender: EXTERNAL_SENDER_SENDER,
      recipientAdmin:
        'In the public folder\'s mail flow settings clear "Require that all senders are authenticated" and allow all senders, or add the external sender to its allowed senders.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-13-or-5-7-135-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.136-mail-user-external-senders',
    source: 'exchange-online',
    codes: ['5.7.136'],
    replies: ['Sender was not authenticated'],
    title: 'Mail user only accepts mail from inside its organization',
    cause: 'The recipient is a mail user set to refuse mail from outside its organization. Only the recipient organization\'s admin can change that.',
    fix: {
      sender: EXTERNAL_SENDER_SENDER,
      recipientAdmin:
        'In the classic Exchange admin center, open the mail user (Recipients > Contacts), and under mail flow settings clear "Require that all senders are authenticated" or add the sender to the allowed senders.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-136-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.25-ipv6-reverse-dns',
    source: 'exchange-online',
    codes: ['5.7.25'],
    replies: [
      'Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record',
      'must have a reverse DNS record',
    ],
    title: 'Sending IPv6 address has no reverse DNS',
    cause: 'Microsoft 365 only accepts mail over IPv6 from addresses that have a reverse DNS (PTR) record, and the sending address has none.',
    fix: {
      senderAdmin: 'Ask whoever runs the IPv6 range (your hosting or network provider) to publish a PTR record for the sending address, or send over IPv4.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'requireptr',
    references: [IPV6_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.321-starttls-not-supported',
    source: 'exchange-online',
    codes: ['5.7.321'],
    replies: ['starttls-not-supported: Destination mail server must support TLS to receive mail.'],
    title: 'Destination server does not offer working TLS (DANE)',
    cause:
      'The recipient domain is protected by DNSSEC and DANE, so delivery must be encrypted, but its mail server does not answer STARTTLS or the TLS handshake fails.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Enable STARTTLS on the receiving server and check that a TLS handshake completes.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.322-certificate-expired',
    source: 'exchange-online',
    codes: ['5.7.322'],
    replies: ["certificate-expired: Destination mail server's certificate is expired."],
    title: 'Destination server certificate has expired (DANE)',
    cause: 'The recipient domain uses DNSSEC and DANE, and its mail server presents an expired certificate.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Renew the certificate (usually a yearly task) and update the TLSA record if it pins the old one.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.323-tlsa-invalid',
    source: 'exchange-online',
    codes: ['5.7.323'],
    replies: ['tlsa-invalid: The domain failed DANE validation.'],
    title: 'Destination failed DANE validation',
    cause:
      'The recipient domain\'s TLSA record does not match the certificate its mail server presents: a wrong or stale record, a certificate whose start date is still in the future, interference with the connection, or another DANE failure.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Publish a TLSA record that matches the certificate really in use, and roll certificates over as RFC 7671 describes.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [RFC7671_URL, DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.324-dnssec-invalid',
    source: 'exchange-online',
    codes: ['5.7.324'],
    replies: ['dnssec-invalid: Destination domain returned invalid DNSSEC records'],
    title: 'Destination domain\'s DNSSEC records are invalid',
    cause: 'The recipient domain claims to be DNSSEC-signed, but Exchange Online could not validate its records.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Repair the domain\'s DNSSEC chain with your DNS provider (DS record, signatures, key expiry).',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [DNSSEC_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.325-certificate-host-mismatch',
    source: 'exchange-online',
    codes: ['5.7.325'],
    replies: [
      'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
    ],
    title: 'Destination certificate does not name the mail host (DANE)',
    cause: 'The recipient\'s mail server presents a certificate that names neither the domain nor the MX host.',
    fix: {
      sender: DESTINATION_TLS_SENDER,
      recipientAdmin: 'Install a certificate whose Subject Alternative Names include the MX host name.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'failedstarttls',
    references: [DANE_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.501-spam-abuse',
    source: 'exchange-online',
    codes: ['5.7.501'],
    replies: ['Access denied, spam abuse detected'],
    title: 'Sending account banned for spam',
    cause: 'Microsoft banned the sending account after detecting spam from it, usually because the account was compromised.',
    fix: {
      sender: 'Tell your admin; you cannot send until the ban is lifted.',
      senderAdmin: 'Secure the account (reset its credentials, check for compromise), then contact Microsoft support through your usual channel to restore sending.',
      service: 'Microsoft support lifts the ban once the account is cleaned up.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'rejected',
    references: [page('fix-error-code-451-4-7-500-699-asxxx-in-exchange-online'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  { id: 'exo-5.7.502-banned-sender', source: 'exchange-online', codes: ['5.7.502'], ...BANNED_SENDER_ROW },
  { id: 'exo-5.7.503-banned-sender', source: 'exchange-online', codes: ['5.7.503'], ...BANNED_SENDER_ROW },
  {
    id: 'exo-5.7.504-recipient-rejected',
    source: 'exchange-online',
    codes: ['5.7.504'],
    replies: ['[email@contoso.com]: Recipient address rejected: Access denied', 'Recipient address rejected: Access denied'],
    title: 'Recipient address is not valid',
    cause: 'Exchange Online does not know the recipient address you wrote to.',
    fix: {
      sender: 'Check the address and try again.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.505-banned-recipient',
    source: 'exchange-online',
    codes: ['5.7.505'],
    replies: ['Access denied, banned recipient'],
    title: 'Recipient is banned',
    cause: 'Exchange Online treats the recipient as not valid and refuses mail to it.',
    fix: {
      sender: 'Remove or correct the address. If you think the block is a mistake, the recipient\'s admin can contact Microsoft support.',
      service: 'Microsoft support can review the block.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'suspend',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.506-bad-helo',
    source: 'exchange-online',
    codes: ['5.7.506'],
    replies: ['Access Denied, Bad HELO'],
    title: 'Sending server greets with the receiver\'s own name',
    cause: 'The sending server introduces itself in HELO/EHLO with the name of the server it connects to instead of its own fully qualified name, which is typical of spam bots and refused.',
    fix: {
      senderAdmin: 'Set the HELO/EHLO name of the sending server (or its send connector FQDN) to its own fully qualified domain name.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.507-rejected-by-recipient',
    source: 'exchange-online',
    codes: ['5.7.507'],
    replies: ['Access denied, rejected by recipient'],
    title: 'Recipient\'s organization blocks your IP address',
    cause: 'The recipient\'s organization blocked the IP address you send from.',
    fix: {
      sender: 'Contact the recipient by another channel and ask them to lift the block.',
      recipientAdmin: 'If the sender is legitimate, remove their IP address from your block settings.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'blocked',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.508-ipv6-range-limit',
    source: 'exchange-online',
    codes: ['5.7.508'],
    replies: ['Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range', 'has exceeded permitted limits within'],
    title: 'Your IPv6 range sent too much too fast',
    cause: 'The IPv6 range the message came from sent more messages in a short time than Microsoft permits.',
    fix: {
      senderAdmin: 'Slow the sending rate from that range and spread volume over time; check for a compromised host sending spam.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.509-dmarc-reject',
    source: 'exchange-online',
    codes: ['5.7.509'],
    replies: [
      'Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.',
      'does not pass DMARC verification',
    ],
    title: 'Failed DMARC and the domain\'s policy is reject',
    cause:
      'The domain in the From address failed DMARC (neither SPF nor DKIM passed in alignment with it) and publishes p=reject, so the message was refused. Usual reasons: missing or wrong SPF, DKIM or DMARC records, an unsigned message, From and envelope domains that do not align, or forwarding that broke SPF and DKIM.',
    fix: {
      sender: 'Forward the NDR to your email admin; the headers it carries show which check failed.',
      senderAdmin:
        'Read the Authentication-Results in the returned headers, then fix SPF (list every sender), sign with DKIM for the From domain, and make the envelope or DKIM domain align with the From domain. Your DMARC report provider can show which sources fail.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'authfailure',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.510-no-ipv6',
    source: 'exchange-online',
    codes: ['5.7.510'],
    replies: ['Access denied, [contoso.com] does not accept email over IPv6', 'does not accept email over IPv6'],
    title: 'Recipient does not accept mail over IPv6',
    cause: 'The message was sent over IPv6 to a Microsoft 365 recipient whose organization does not take mail over IPv6.',
    fix: {
      senderAdmin: 'Send to this domain over IPv4.',
      recipientAdmin: 'To receive anonymous mail over IPv6, ask Microsoft support to enable it for your organization.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [IPV6_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.511-banned-ip',
    source: 'exchange-online',
    codes: ['5.7.511'],
    basic: ['550'],
    replies: ['Access denied, banned sender', 'forward this message to delist@messaging.microsoft.com'],
    title: 'Sending IP address banned by Microsoft',
    cause: 'The IP address you send from is on Microsoft\'s list of banned senders.',
    fix: {
      senderAdmin:
        'Email the complete NDR and the IP address to Microsoft\'s delist address (delist@microsoft.com in the NDR reference, delist@messaging.microsoft.com in the NDR itself); this code cannot use the self-service delist portal. Expect an answer within 48 hours.',
      service: 'Microsoft reviews the delist request.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [DELIST_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.512-rfc5322-from',
    source: 'exchange-online',
    codes: ['5.7.512'],
    replies: ['Access denied, message must be RFC 5322 section 3.6.2 compliant'],
    title: 'Message has no valid From address',
    cause: 'Microsoft 365 requires a valid address in the From header, written properly with angle brackets (for example <security@contoso.com>). This message had none.',
    fix: {
      sender: 'Make the sending program or device put a complete From address in the message.',
      senderAdmin: 'Fix the application, script or device template that builds the message so it writes a proper From header.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'notcompliantrfc',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.513-customer-block-list',
    source: 'exchange-online',
    codes: ['5.7.513'],
    replies: [
      'Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)',
      'using Customer Block list (AS16012607)',
    ],
    title: 'Recipient domain blocks your IP address',
    cause: 'The recipient\'s organization put the IP address you send from on its own block list in Microsoft 365 (a customer block list, tagged AS16012607).',
    fix: {
      sender: 'Contact the recipient directly and ask them to remove your IP address from their block list.',
      recipientAdmin: 'If the sender is legitimate, remove the IP address from your connection filter block list.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'blocked',
    references: [EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.606-649-banned-sending-ip',
    source: 'exchange-online',
    codes: ['5.7.606-649'],
    basic: ['550'],
    replies: [
      'Access denied, banned sending IP [IP1.IP2.IP3.IP4]',
      'Access denied, banned sending IP [IP address] (ex. 5.7.511 Access denied): To request removal from this list please visit https://sender.office.com/ and follow the directions.',
      'Access denied, banned sending IP',
    ],
    title: 'Sending IP address on Microsoft\'s blocked senders list',
    cause: 'The IP address you send from is on Microsoft\'s blocked senders list, usually because of poor reputation from compromise or malicious traffic.',
    fix: {
      senderAdmin:
        'Clean up the source of bad traffic and follow deliverability best practices, then request removal at the self-service delist portal https://sender.office.com (one address and one IP per request; confirm by email, then choose Delist IP). Removal can take up to 24 hours.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [DELIST_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.703-tenant-block-list',
    source: 'exchange-online',
    codes: ['5.7.703'],
    basic: ['550'],
    replies: [
      "Your message can't be delivered because messages to XXX, YYY are blocked by your organization using Tenant Allow Block List.",
      "Your message can't be delivered because messages to <recipient> are blocked by your organization using Tenant Allow Block List.",
      'are blocked by your organization using Tenant Allow Block List',
    ],
    title: 'Your own organization blocks this recipient',
    cause:
      'A recipient address or domain of the message is blocked in your organization\'s Tenant Allow/Block List. The whole message is stopped, for every recipient, even if only one matches.',
    fix: {
      sender: 'Remove the blocked recipient and send again, or ask your admin why that address is blocked.',
      senderAdmin: 'Review the block entries in the Tenant Allow/Block List (Microsoft Defender portal) and remove the entry if it is wrong.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [page('fix-error-code-5-7-700-through-5-7-750'), TABL_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.705-tenant-threshold',
    source: 'exchange-online',
    codes: ['5.7.705'],
    basic: ['550'],
    replies: ['5.7.705 Access denied, tenant has exceeded threshold', 'Access denied, tenant has exceeded threshold'],
    title: 'Your whole organization is blocked from sending',
    cause:
      'Most of the mail leaving your Microsoft 365 organization was judged suspicious (spam or bulk), so Microsoft blocked outbound mail for the whole tenant. Typical causes: a compromised on-premises server relaying through Microsoft 365, a compromised admin account creating connectors, or, rarely, a subscription renewed after it lapsed (the block then clears within about a day).',
    fix: {
      senderAdmin:
        'Close every compromise and open relay first (MFA for all admins, review connectors and accounts, raise Secure Score), then contact Microsoft support through your usual channel to lift the block.',
      service: 'Microsoft support lifts the tenant block after the cause is fixed.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'badreputation',
    references: [page('fix-error-code-5-7-700-through-5-7-750'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.708-ip-not-accepted',
    source: 'exchange-online',
    codes: ['5.7.708'],
    basic: ['550'],
    replies: [
      '5.7.708 Access denied, traffic not accepted from this IP',
      'Access denied, traffic not accepted from this IP',
      'Service unavailable. Access denied, traffic not accepted from this IP.',
    ],
    title: 'Outbound traffic refused from a low-reputation IP',
    cause:
      'Microsoft 365 refuses to send your organization\'s mail from the low-reputation IP addresses it would otherwise use. This mostly affects new or trial tenants whose traffic looked suspicious.',
    fix: {
      senderAdmin: 'Resolve any compromise, assign paid licences, and contact Microsoft support to ask for an exception while that is done.',
      service: 'Microsoft support can grant an IP exception.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'badreputation',
    references: [page('fix-error-code-5-7-700-through-5-7-750'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-5.7.750-unregistered-domains',
    source: 'exchange-online',
    codes: ['5.7.750'],
    basic: ['550'],
    replies: [
      'Service unavailable. Client blocked from sending from unregistered domains',
      'Client blocked from sending from unregistered domain',
    ],
    title: 'Blocked for sending from domains you have not added',
    cause:
      'Your tenant sent a suspicious amount of mail from domains that are not accepted domains of the organization (or, less often, through misconfigured connectors), so Microsoft blocked that sending.',
    fix: {
      senderAdmin:
        'Add and verify every domain you send from as an accepted domain. If an on-premises server relays through Microsoft 365, use a certificate-based inbound connector whose certificate domain is an accepted domain. Look for connectors or accounts you do not recognize; contact Microsoft support if the cause is unclear.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'rejected',
    references: [page('fix-error-code-5-7-700-through-5-7-750'), EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
  {
    id: 'exo-submission-quota-exceeded',
    source: 'exchange-online',
    codes: [],
    replies: ["The message can't be submitted because the sender's submission quota was exceeded"],
    title: 'Your daily recipient limit was exceeded',
    cause:
      'The account sent to more than 10,000 recipients in 24 hours, the Exchange Online recipient rate limit. Very often the account has been compromised and used to send spam.',
    fix: {
      sender: 'If the volume was yours, sending works again once the 24-hour window has passed. If it was not, change your password and tell your admin now.',
      senderAdmin: 'Treat the account as compromised: reset the password, enable MFA, scan the device, and remove inbox rules or delegates you did not set.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [page('fix-error-for-submission-quota-exceeded-in-exchange-online'), SENDING_LIMITS_URL, EXO_NDR_REFERENCE_URL],
    seedRow: true,
  },
];
