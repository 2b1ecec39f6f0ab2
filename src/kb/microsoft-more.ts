/**
 * Microsoft codes beyond the seed's table, as data: rows Microsoft added to the table later
 * (4.4.317, 5.1.20, 5.7.232/233, 5.7.800), codes and reply variants documented on Microsoft's
 * per-problem troubleshooting pages (hybrid, public folders, groups, SMTP AUTH, forwarding,
 * IPv6), and the on-premises Exchange Server codes that show up on hybrid and on-premises hops.
 * Outlook.com consumer replies (5.5.0 aside, which is a row of the seed table) live with the other
 * providers in providers.ts. The same code can mean different things here and in the seed
 * table (5.2.2, 5.1.8, 4.3.2, 5.2.1), so every entry carries the literal replies that tell them
 * apart. Texts are the project's own words; replies are quoted exactly.
 *
 * `permanent` follows the reply: the basic reply code when Microsoft documents one (`554 4.3.2`
 * is permanent, `451 5.7.3` is not), otherwise the class of the enhanced code.
 */
import type { KbEntry } from './types.js';

const LEARN = 'https://learn.microsoft.com/en-us/';
/** Microsoft's Exchange troubleshooting articles (Exchange Online and hybrid). */
const TROUBLESHOOT = LEARN + 'troubleshoot/exchange/';
/** Microsoft's NDR code table (the seed page; later rows were added to the same table). */
const NDR_TABLE = LEARN + 'exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const EXS_NDR_TABLE = LEARN + 'exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages';
const IPV6_URL = LEARN + 'microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6';
const SMTP_AUTH_DEVICES_URL = TROUBLESHOOT + 'email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off';
const SMTP_SUBMISSION_URL = TROUBLESHOOT + 'send-emails/smtp-submission-improvements';

/** Exchange Online and Exchange Server codes and reply variants beyond the seed's table. */
export const MICROSOFT_MORE_ENTRIES: readonly KbEntry[] = [
  // Rows added to Microsoft's NDR table after the seed's version.
  {
    id: 'exo-4.4.317-untrusted-root',
    source: 'exchange-online',
    codes: ['4.4.317'],
    basic: ['450'],
    replies: ['Cannot connect to remote server [Message=UntrustedRoot]', 'Message=UntrustedRoot'],
    title: 'Remote server sends an incomplete certificate chain',
    cause:
      'During the TLS handshake the other mail server sent only its own certificate, without the intermediate certificates. Exchange Online does not fetch missing intermediates, so it cannot chain the certificate to a trusted root and stops. It happens on outbound mail (the NDR comes from Exchange Online) and inbound (the remote server reports it).',
    fix: {
      sender: 'Forward the NDR to your email admin; the fix is on the other mail server.',
      senderAdmin: 'Tell the operator of the remote server which host failed and that its certificate chain is incomplete.',
      recipientAdmin: 'Configure the mail server (or the gateway in front of it) to send the full certificate chain: the server certificate plus every intermediate.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [NDR_TABLE],
  },
  {
    id: 'exo-5.1.20-multiple-from',
    source: 'exchange-online',
    codes: ['5.1.20'],
    basic: ['550'],
    replies: ['Multiple From addresses are not allowed without Sender address'],
    title: 'Several From addresses but no Sender',
    cause: 'The From header lists more than one address, and RFC 5322 (section 3.6.2) then requires a Sender header naming the one actual sender. The message had none.',
    fix: {
      sender: 'Put a single address in From. If several authors are really needed, have the program add a Sender header with exactly one address.',
      senderAdmin: 'Fix the application or script that builds these messages.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'notcompliantrfc',
    references: [NDR_TABLE],
  },
  {
    id: 'exo-5.7.232-trial-tenant-external-limit',
    source: 'exchange-online',
    codes: ['5.7.232'],
    replies: [
      "Your message can't be sent because your trial tenant has exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)",
      'your trial tenant has exceeded its daily limit for sending email to external recipients',
    ],
    title: 'Trial tenant reached its daily external recipient limit',
    cause: 'Your trial Microsoft 365 organization sent to more external recipients over the last 24 hours than a trial tenant may (the tenant external recipient rate limit).',
    fix: {
      sender: 'Wait; sending resumes when the organization\'s count for the last 24 hours falls below the limit.',
      senderAdmin: 'Wait for the rolling 24-hour window, check for compromised accounts sending spam, and buy licences if the tenant needs more; Get-LimitsEnforcementStatus shows the current count and threshold.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [NDR_TABLE],
  },
  {
    id: 'exo-5.7.233-tenant-external-limit',
    source: 'exchange-online',
    codes: ['5.7.233'],
    basic: ['550'],
    replies: [
      "Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)",
      'tenant external recipient rate limit',
    ],
    title: 'Organization reached its daily external recipient limit',
    cause:
      'Your Microsoft 365 organization as a whole sent to more external recipients over the last 24 hours than its tenant external recipient rate limit allows, so outbound mail to external recipients is paused.',
    fix: {
      sender: 'Wait; sending resumes when the organization\'s count for the last 24 hours falls below the limit.',
      senderAdmin:
        'Find who sends the volume (compromised accounts, bulk mail from user mailboxes), move bulk sending to a suitable service, and wait for the rolling window. Get-LimitsEnforcementStatus shows the observed value and threshold.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [NDR_TABLE],
  },
  {
    id: 'exo-5.7.800-banned-sender-domain',
    source: 'exchange-online',
    codes: ['5.7.800'],
    replies: ['Access denied, banned sender'],
    title: 'Sending domain banned for spam',
    cause: 'The sender domain (in EHLO, the envelope sender or the From header) was banned by Microsoft because of spam from it.',
    fix: {
      senderAdmin: 'Stop the spam at its source (compromised accounts or servers), then contact Microsoft support to have the domain reviewed.',
      service: 'Microsoft support reviews and lifts the ban.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'rejected',
    references: [NDR_TABLE],
  },

  // Exchange Online replies that reuse a code of the table with another meaning, or add a code.
  {
    id: 'exo-4.3.2-mailbox-busy',
    source: 'exchange-online',
    codes: ['4.3.2'],
    basic: ['554'],
    replies: [
      'mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded',
      'MapiExceptionMaxObjsExceeded',
    ],
    title: 'A folder in the recipient mailbox is full (item limit)',
    cause:
      'A folder in the recipient\'s mailbox reached the limit of 1,000,000 items per folder, so nothing more can be delivered into it. Despite the 4.x.x code, Exchange Online treats it as permanent (554).',
    fix: {
      sender: 'Tell the recipient by another channel; resending will fail until they clean up.',
      recipientAdmin:
        'Find the folder with Get-MailboxFolderStatistics (sort by item count) and move or archive items out of it, or turn on archiving and a retention policy.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'mailboxfull',
    references: [TROUBLESHOOT + 'email-delivery/ndr/remote-server-returned-mailbox-busy'],
  },
  {
    id: 'exo-4.3.2-sender-thread-limit',
    source: 'exchange-online',
    codes: ['4.3.2'],
    basic: ['432'],
    replies: ['STOREDRV.ClientSubmit; sender thread limit exceeded'],
    title: 'Too many simultaneous SMTP submissions for one mailbox',
    cause:
      'An application or device opened more than 3 SMTP AUTH submission connections at once for the same mailbox on smtp.office365.com. The extra connections are refused until the others finish.',
    fix: {
      senderAdmin:
        'Make the application retry, and limit it to 3 concurrent connections per mailbox; give each device or app its own mailbox, batch recipients, or send to a distribution group instead of one message per person.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'toomanyconn',
    references: [SMTP_SUBMISSION_URL],
  },
  {
    id: 'exo-5.2.2-mailbox-full',
    source: 'exchange-online',
    codes: ['5.2.2'],
    basic: ['554'],
    replies: [
      'mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded',
      'STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded',
      "The recipient's mailbox is full and can't accept messages now.",
    ],
    title: 'Recipient mailbox or public folder is full',
    cause:
      'The recipient\'s storage quota is used up. With mail-enabled public folders it is the folder\'s post quota, or the quota of the public folder mailbox that holds it. (In the Exchange Online code table 5.2.2 also means "Submission quota exceeded", a sender limit; the reply text tells the two apart.)',
    fix: {
      sender: 'Try again later or contact the recipient by another channel.',
      recipientAdmin:
        'Free space or raise the quota. For a public folder, raise ProhibitPostQuota on the folder (or DefaultPublicFolderProhibitPostQuota for the organization) and let the public folder mailbox split when it is near its limit.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'mailboxfull',
    references: [TROUBLESHOOT + 'email-delivery/ndr/cannot-send-mail-mepf'],
  },
  {
    id: 'exo-5.2.2-sender-mailbox-full',
    source: 'exchange-online',
    codes: ['5.2.2'],
    basic: ['554'],
    replies: [
      'mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
      'STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ],
    title: 'The sending mailbox is full',
    cause:
      'The message was submitted with SMTP AUTH, and the sending mailbox itself is over its quota, typically because every sent message is saved in Sent Items until the mailbox fills up.',
    fix: {
      sender: 'Empty Sent Items and Deleted Items of the sending mailbox.',
      senderAdmin: 'Clean up the mailbox used by the application and add a retention policy that purges its Sent Items regularly.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'mailboxfull',
    references: [SMTP_SUBMISSION_URL],
  },
  {
    id: 'exo-aggregate-group-mailbox-full',
    source: 'exchange-online',
    codes: [],
    replies: ['AggregateGroupMailbox.A.', "The recipient's mailbox is full and can't accept messages now."],
    title: 'A Microsoft 365 Groups system mailbox is full',
    cause:
      'The NDR names an AggregateGroupMailbox.A.<date>@<tenant>.onmicrosoft.com address: a hidden system (arbitration) mailbox in which Exchange Online used to keep copies of messages sent to Microsoft 365 Groups. When one of its folders reaches the 1,000,000-item limit, mail to groups bounces as if the recipient mailbox were full, although the group itself is fine.',
    fix: {
      sender: 'Forward the NDR to your email admin; the group itself is not full.',
      recipientAdmin:
        'Create a mail flow rule that deletes messages sent to the AggregateGroupMailbox address shown in the NDR (New-TransportRule -SentTo <address> -DeleteMessage $true), or open a case with Microsoft support.',
      service: 'Microsoft support can clean up the system mailbox.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'mailboxfull',
    references: [TROUBLESHOOT + 'email-delivery/ndr/ndr-received-send-emails-microsoft365-groups'],
  },
  {
    id: 'exo-5.1.11-legacy-dn-not-found',
    source: 'exchange-online',
    codes: ['5.1.11'],
    basic: ['550'],
    replies: [
      'RESOLVER.ADR.ExRecipNotFound; Recipient not found by Exchange Legacy encapsulated email address lookup',
      'Recipient not found by Exchange Legacy encapsulated email address lookup',
    ],
    title: 'Internal legacy address of the recipient not found',
    cause:
      'The message was addressed by an internal Exchange legacy address (an IMCEAEX-... address), and no recipient has it. A common case: an on-premises delegate updates a meeting for a manager whose mailbox moved to Microsoft 365, and the attendees\' legacyExchangeDN values were never written back on-premises.',
    fix: {
      sender: 'Remove the attendee and add them again from the address book, then send the update.',
      senderAdmin:
        'Enable Exchange hybrid writeback in Microsoft Entra Connect so legacy addresses sync back on-premises; for a single user, add the old legacy address as an X500 proxy address.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'userunknown',
    references: [TROUBLESHOOT + 'calendars/550-5111-ndr-delegate-sends-update-meeting'],
  },
  {
    id: 'exo-5.2.0-bad-primary',
    source: 'exchange-online',
    codes: ['5.2.0'],
    basic: ['550'],
    replies: ['RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid'],
    title: 'Recipient entry has no valid primary address',
    cause:
      'The recipient picked from the address book is a contact (or mail user) whose primary SMTP address is missing from its proxy addresses or points to an old value, so Exchange cannot route to it.',
    fix: {
      sender: 'Delete the recipient from Auto-Complete and type the full address.',
      senderAdmin:
        'Correct the contact\'s external email address (for example SMTP:adam@contoso.com) in the admin center; in hybrid setups fix the on-premises contact and let it sync.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'systemerror',
    references: [TROUBLESHOOT + 'email-delivery/ndr/badprimary-ndr'],
  },
  {
    id: 'exo-5.2.0-delegate-validation',
    source: 'exchange-online',
    codes: ['5.2.0'],
    basic: ['554'],
    replies: [
      'STOREDRV.Deliver.Exception:DelegateUserValidationException',
      'Delegate user validation failed for user:',
    ],
    title: 'Meeting request fails on a stale delegate',
    cause:
      'The recipient (a manager) has a delegate recorded with an old legacyExchangeDN, often after a mailbox migration, and delivering the meeting message to the delegate fails validation.',
    fix: {
      sender: 'Nothing to do; the recipient has to fix their delegate list.',
      recipientAdmin:
        'Have the manager remove the delegate in Outlook and add them again; clear the stale Auto-Complete entry and download a fresh offline address book.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'systemerror',
    references: [TROUBLESHOOT + 'email-delivery/ndr-5-2-0-when-sending-meeting-invites'],
  },
  {
    id: 'exo-5.2.0-no-federated-proxy-address',
    source: 'exchange-online',
    codes: ['5.2.0'],
    basic: ['554'],
    replies: [
      'STOREDRV.Deliver.Exception:UserWithoutFederatedProxyAddressException',
      "User doesn't have any SMTP proxy address from a domain that is federated.",
    ],
    title: 'Cloud archive delivery fails: no federated address',
    cause:
      'In a hybrid setup with cloud-based archives, the arbitration mailbox that handles the delivery has a default address in a domain that is not federated, so Exchange cannot deliver to the archive.',
    fix: {
      senderAdmin: 'Federate the domain, or change the arbitration mailbox\'s primary address to one in a federated domain.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'systemerror',
    references: [LEARN + 'microsoft-365/troubleshoot/archive-mailboxes/mail-access-issues'],
  },
  {
    id: 'exo-5.2.0-clutter-folder-missing',
    source: 'exchange-online',
    codes: ['5.2.0'],
    basic: ['554'],
    replies: [
      'STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name',
      'MapiExceptionNotFound',
    ],
    title: 'Recipient mailbox is missing its Clutter folder',
    cause: 'Clutter is turned on for the recipient mailbox, but the Clutter folder does not exist, so delivery fails.',
    fix: {
      sender: 'Tell the recipient by another channel; the fix is on their mailbox.',
      recipientAdmin: 'Turn Clutter off for the mailbox: Set-Clutter -Identity <mailbox> -Enable $false.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'systemerror',
    references: [TROUBLESHOOT + 'email-delivery/ndr/mapiexceptionnotfound-ndr'],
  },
  {
    id: 'exo-5.2.0-smtp-auth-recipient-limit',
    source: 'exchange-online',
    codes: ['5.2.0'],
    basic: ['554'],
    replies: ['STOREDRV.Submission.Exception:SubmissionQuotaExceededException'],
    title: 'SMTP AUTH mailbox reached its daily recipient limit',
    cause: 'The mailbox used for SMTP AUTH submission sent to more than 10,000 recipients in 24 hours.',
    fix: {
      senderAdmin: 'Wait for the rolling 24-hour window. Move high-volume application mail to a bulk email service or spread it across mailboxes allowed to send it; check the account is not compromised.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [SMTP_SUBMISSION_URL],
  },
  {
    id: 'exo-5.6.0-approval-invalid-expiry',
    source: 'exchange-online',
    codes: ['5.6.0'],
    basic: ['550'],
    replies: ['APPROVAL.InvalidExpiry; Cannot read expiry policy.'],
    title: 'Moderated message fails: no moderation retention tag',
    cause:
      'The message went to a moderated recipient, and the organization has no retention tag marked as the default for moderated recipients, so the approval agent cannot set the message\'s expiry.',
    fix: {
      recipientAdmin:
        'Run Enable-OrganizationCustomization if needed, then create the tag: New-RetentionPolicyTag -Name TagforModeration -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'systemerror',
    references: [TROUBLESHOOT + 'email-delivery/ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error'],
  },
  {
    id: 'exo-5.6.0-invalid-message-content',
    source: 'exchange-online',
    codes: ['5.6.0'],
    basic: ['554'],
    replies: ['554 5.6.0 Invalid message content', 'Invalid message content'],
    title: 'Mail flow rule could not finish scanning an attachment',
    cause:
      'A mail flow rule is set to "Defer the message if rule processing doesn\'t complete", and extracting the text of an attachment (usually a Word or Excel file) timed out, so the message was refused.',
    fix: {
      sender: 'Send the attachment in another form (for example compressed or password-protected) or ask your admin.',
      senderAdmin: 'Turn off the defer option on the rule, or exclude the attachment types that time out.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [TROUBLESHOOT + 'email-delivery/ndr/invalid-message-ndr'],
  },

  // Hybrid and connector problems.
  {
    id: 'exo-4.4.101-proxy-starttls-required',
    source: 'exchange-online',
    codes: ['4.4.101'],
    basic: ['450'],
    replies: [
      'Proxy session setup failed on Frontend with \'451 4.4.0 Primary target IP address responded with "451 5.7.3 STARTTLS is required to send mail."',
      'STARTTLS is required to send mail',
    ],
    title: 'Hybrid server stopped offering STARTTLS after a certificate change',
    cause:
      'Exchange Online could not deliver to the on-premises hybrid server because that server no longer offers STARTTLS. After a new certificate was installed and the old one removed, the Receive connector\'s TlsCertificateName still names the old certificate.',
    fix: {
      recipientAdmin:
        'On the hybrid server, enable the new certificate for SMTP, clear or correct TlsCertificateName on the Receive connector, and rerun the Hybrid Configuration Wizard so the connectors use the new certificate.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [TROUBLESHOOT + 'email-delivery/cannot-receive-mail-with-new-certificate'],
  },
  {
    id: 'exo-4.4.62-wrong-region',
    source: 'exchange-online',
    codes: ['4.4.62'],
    basic: ['451'],
    replies: ['Mail sent to the wrong Office 365 region. ATTR35.', 'Mail sent to the wrong Office 365 region'],
    title: 'Mail sent to the wrong Microsoft 365 region',
    cause:
      'The sending server hands mail to Microsoft 365 through an outdated endpoint (mail.messaging.microsoft.com, mail.global.frontbridge.com or fixed Microsoft IP addresses) instead of the tenant\'s own endpoint, so it lands in a region that does not host the domain.',
    fix: {
      senderAdmin:
        'Point the smart host or MX at <domain>.mail.protection.outlook.com (the endpoint shown for your domain in the admin center). If you relay through Microsoft 365 from outside, set up an inbound connector for it.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'networkerror',
    references: [TROUBLESHOOT + 'email-delivery/wrong-office-365-region-exo', SMTP_AUTH_DEVICES_URL],
  },
  {
    id: 'exo-4.4.2-tls-socket-error',
    source: 'exchange-online',
    codes: ['4.4.2', '5.7.3'],
    basic: ['421', '451'],
    replies: [
      'Connection dropped due to SocketError',
      'TLS negotiation failed with error SocketError',
      'Must issue a STARTTLS command first',
    ],
    title: 'TLS with Microsoft 365 fails: old TLS version',
    cause:
      'The on-premises server only offers TLS 1.0 or 1.1, which Microsoft 365 no longer accepts, so the TLS handshake breaks (SocketError) and the session cannot continue without STARTTLS.',
    fix: {
      senderAdmin: 'Enable TLS 1.2 on the Exchange or mail server (Windows SCHANNEL and .NET settings), restart it, and retry the queue.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [TROUBLESHOOT + 'email-delivery/send-receive-emails-socketerror'],
  },
  {
    id: 'exo-4.7.0-hybrid-tls-certificate',
    source: 'exchange-online',
    codes: ['4.7.0', '4.7.5'],
    basic: ['451', '454'],
    replies: [
      'Temporary server error. Please try again later. PRX5',
      'The certificate specified in the tlscertificatename of the send connector could not be found.',
    ],
    title: 'Hybrid mail deferred: connector certificate not found',
    cause:
      'Mail between an Exchange 2013 hybrid server and Microsoft 365 is deferred because the connectors reference a TLS certificate that Microsoft 365 or the local server no longer accepts or cannot find (typical after Microsoft\'s certificate change of April 2016, or after replacing a certificate).',
    fix: {
      senderAdmin: 'Rerun the Hybrid Configuration Wizard (Exchange 2013 CU9 or later) so the send and receive connectors use the current certificates.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'failedstarttls',
    references: [TROUBLESHOOT + 'email-delivery/mails-issues-occur-after-april-15-2016'],
  },
  {
    id: 'exo-5.7.64-attr36',
    source: 'exchange-online',
    codes: ['5.7.64'],
    basic: ['550'],
    replies: ['Relay Access Denied ATTR36'],
    title: 'Relay refused: sender domain or certificate not in your tenant',
    cause:
      'Microsoft 365 only relays mail from your on-premises servers when it can tie the mail to your organization: the sender domain must be one of your accepted domains, or the certificate the server presents must name one. Neither was true (common for NDRs, forwarded mail, or mail from other domains relayed by on-premises).',
    fix: {
      senderAdmin:
        'Add the certificate\'s domain (for example contoso.com for *.contoso.com) as an accepted domain, or reissue the certificate for an accepted domain, and make the inbound connector identify your servers by that certificate (rerun the Hybrid Configuration Wizard).',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'norelaying',
    references: [TROUBLESHOOT + 'hybrid-configuration-wizard-errors/relay-access-denied-attr36-ndr'],
  },
  {
    id: 'exo-5.7.367-relay-pool',
    source: 'exchange-online',
    codes: ['5.7.367'],
    basic: ['550'],
    replies: [
      'Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied',
      'Remote server returned not permitted to relay',
    ],
    title: 'Forwarded mail refused by a downstream gateway',
    cause:
      'Exchange Online relayed or forwarded a message whose sender failed authentication on the way in. Such mail leaves from a separate relay IP pool that is not in SPF records, and the next server (often a third-party gateway) refused to relay it.',
    fix: {
      senderAdmin:
        'If mail reaches Microsoft 365 through another gateway first, turn on Enhanced Filtering for Connectors so the real sender is checked. Make forwarded senders pass SPF or DKIM, add sender domains you own as accepted domains, and remove unneeded forwarding hops.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'norelaying',
    references: [TROUBLESHOOT + 'email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr'],
  },
  {
    id: 'exo-5.7.520-external-forwarding-blocked',
    source: 'exchange-online',
    codes: ['5.7.520'],
    replies: [
      'Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
      'Your organization does not allow external forwarding',
    ],
    title: 'Automatic forwarding to outside addresses is blocked',
    cause:
      'A mailbox tried to forward mail automatically to an external address, and the outbound spam policy blocks that (its automatic forwarding setting is Automatic, the default, or Off).',
    fix: {
      sender: 'Ask your admin to allow forwarding for your mailbox, or stop forwarding outside the organization.',
      senderAdmin:
        'Create a custom outbound spam policy with automatic forwarding set to On for the users who need it. Remote domain settings and mail flow rules can block forwarding independently, so check those too.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [LEARN + 'microsoft-365/security/office-365-security/external-email-forwarding'],
  },

  // Recipient restrictions: groups, public folders, hybrid accounts.
  {
    id: 'exo-5.7.193-group-external-senders',
    source: 'exchange-online',
    codes: ['5.7.193'],
    basic: ['550'],
    replies: [
      "UnifiedGroupAgent; Delivery failed because the sender isn't a group member",
      "or external senders aren't permitted to send to this group.",
    ],
    title: 'Microsoft 365 group does not accept mail from you',
    cause: 'The Microsoft 365 group only accepts mail from its members, or does not let people outside the organization send to it.',
    fix: {
      sender: 'Ask the group owner to let people outside the organization email the group, or to add you as a member.',
      recipientAdmin:
        'In the Exchange admin center turn on "Allow external senders to email this group", or run Set-UnifiedGroup -Identity <group> -RequireSenderAuthenticationEnabled $false (takes up to an hour).',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [TROUBLESHOOT + 'email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group'],
  },
  {
    id: 'exo-5.7.129-restricted-recipient',
    source: 'exchange-online',
    codes: ['5.7.129'],
    replies: [
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it.",
      "Ask the recipient's email admin to add you to the accept list for the recipient.",
    ],
    title: 'Recipient only accepts mail from an accept list',
    cause:
      'The recipient accepts mail only from listed senders. In hybrid setups it often follows from disabling a user\'s on-premises account: the synced cloud mailbox is then restricted while it still exists.',
    fix: {
      sender: 'Ask the recipient\'s admin, by another channel, to add you to the recipient\'s accepted senders.',
      recipientAdmin:
        'Add the sender to the accept list. For a leaver disabled on-premises, delete the account instead of disabling it, or remove the licence and block mail with a mail flow rule; otherwise mail keeps arriving for about 30 days.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [TROUBLESHOOT + 'email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online'],
  },
  {
    id: 'exo-5.7.13-public-folder-permissions',
    source: 'exchange-online',
    codes: ['5.7.13'],
    basic: ['550'],
    replies: ['STOREDRV.AuthenticationRequiredForPublicFolder'],
    title: 'Public folder does not let this sender post',
    cause:
      'The mail-enabled public folder does not grant the sender the right to create items: Anonymous (external senders) or Default (internal senders, including Send As or Send on Behalf through a shared mailbox) lacks CreateItems.',
    fix: {
      sender: 'Ask the recipient\'s admin to allow you to post to the public folder.',
      recipientAdmin:
        'Grant the permission: Add-PublicFolderClientPermission -Identity "\\<folder>" -User Anonymous -AccessRights CreateItems (or -User Default for internal senders).',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [TROUBLESHOOT + 'public-folders/cannot-send-emails-to-mail-enabled-public-folder'],
  },
  {
    id: 'exo-5.7.1-public-folder-auth-required',
    source: 'exchange-online',
    codes: ['5.7.1'],
    basic: ['550'],
    replies: ['RESOLVER.RST.AuthRequired; authentication required'],
    title: 'Public folder requires authenticated senders',
    cause: 'The mail-enabled public folder only accepts mail from authenticated (internal) senders, so outside mail is refused.',
    fix: {
      sender: 'Ask the recipient\'s admin to accept outside mail for the public folder.',
      recipientAdmin:
        'In the public folder\'s mail flow settings clear "Require that all senders are authenticated" and allow all senders, or grant Anonymous the CreateItems right (Add-PublicFolderClientPermission).',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [TROUBLESHOOT + 'email-delivery/ndr/authrequired-ndr'],
  },
  {
    id: 'exo-5.7.1-blocklist',
    source: 'exchange-online',
    codes: ['5.7.1'],
    replies: [
      'Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using Blocklist 1; To request removal from this list please forward this message to delist@microsoft.com',
      'blocked using Blocklist 1',
    ],
    title: 'Sending IP address on Microsoft\'s block list',
    cause: 'The IP address of the sending server is on a block list Microsoft uses for incoming mail.',
    fix: {
      senderAdmin: 'Stop any spam from the IP, then forward the NDR to delist@microsoft.com (or use the self-service delist portal) to ask for removal.',
      service: 'Microsoft reviews the delist request.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [TROUBLESHOOT + 'email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online'],
  },
  {
    id: 'exo-5.7.1-customer-allow-list',
    source: 'exchange-online',
    codes: ['5.7.1'],
    replies: ['Unable To Relay: Blocked by Customer Allow list'],
    title: 'Connector IP is also on the IP Allow list and a block list',
    cause:
      'The connecting IP address is both in an inbound connector and in the connection filter\'s IP Allow list, and it is also listed on a real-time block list. The NDR hides which block list.',
    fix: {
      recipientAdmin:
        'Remove the IP address from the connection filter IP Allow list (keep only the connector); the next NDR then names the block list, which you can deal with. Only put your own on-premises IP addresses in connectors.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'blocked',
    references: [TROUBLESHOOT + 'email-delivery/ndr/unable-to-relay-blocked-by-allow-list'],
  },
  {
    id: 'exo-5.7.900-999-mail-flow-rule',
    source: 'exchange-online',
    codes: ['5.7.900-999'],
    replies: ['Delivery not authorized, message refused'],
    title: 'Rejected by a mail flow rule',
    cause:
      'A mail flow (transport) rule rejected the message with a custom status code from 5.7.900 to 5.7.999 (without a custom code such rules use 5.7.1). The text that follows is usually the rule\'s own explanation.',
    fix: {
      sender: 'Read the explanation in the NDR; if the block seems wrong, ask the admins of the organization that rejected it.',
      recipientAdmin: 'Find the rule by its status code (Get-TransportRule | where RejectMessageEnhancedStatusCode) and adjust its conditions or exceptions.',
      senderAdmin: 'If the NDR came from your own organization, the rule is yours: review it the same way.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [EXS_NDR_TABLE],
  },

  // SMTP AUTH client submission (printers, scanners, applications).
  {
    id: 'exo-5.7.60-send-as',
    source: 'exchange-online',
    codes: ['5.7.60'],
    replies: ['Client does not have permissions to send as this sender'],
    title: 'Login account may not send as that From address',
    cause: 'The device or application logs in to smtp.office365.com with one account but sends with another From address, and the login account has no Send As permission for it.',
    fix: {
      senderAdmin: 'Give the login account Send As permission on the address used in From, make the From address match the login account, or send through an SMTP relay connector instead.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'securityerror',
    references: [SMTP_AUTH_DEVICES_URL],
  },
  {
    id: 'exo-5.7.3-authentication-unsuccessful',
    source: 'exchange-online',
    codes: ['5.7.3'],
    basic: ['535'],
    replies: ['535 5.7.3 Authentication unsuccessful', 'Authentication unsuccessful'],
    title: 'SMTP login to Microsoft 365 failed',
    cause:
      'The device or application could not log in to smtp.office365.com: wrong user name or password, SMTP AUTH turned off for the mailbox or organization, or the login blocked by MFA, security defaults or a Conditional Access policy against legacy authentication.',
    fix: {
      senderAdmin:
        'Check the credentials; enable SMTP AUTH for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false); exclude the account from policies that block basic authentication, or switch the device to direct send or an SMTP relay connector.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'securityerror',
    references: [SMTP_AUTH_DEVICES_URL],
  },
  {
    id: 'exo-5.7.139-federated-sts',
    source: 'exchange-online',
    codes: ['5.7.139'],
    basic: ['535'],
    replies: [
      'Authentication unsuccessful, federated STS service was unreachable.',
      'Authentication unsuccessful, the federated STS URL does not support HTTPS.',
    ],
    title: 'SMTP login failed: federation server unreachable',
    cause: 'The account is federated, and Microsoft 365 could not reach the on-premises federation service (AD FS) to verify the password, or that service does not support HTTPS with TLS 1.2.',
    fix: {
      senderAdmin: 'Make the federation service reachable from the internet over HTTPS with TLS 1.2, or use an account that authenticates in the cloud for the device.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'securityerror',
    references: [SMTP_AUTH_DEVICES_URL],
  },

  // IPv6 replies as worded on Microsoft's IPv6 page (the code table words them differently).
  {
    id: 'exo-4.7.25-ipv6-reverse-dns',
    source: 'exchange-online',
    codes: ['4.7.25'],
    basic: ['450'],
    replies: [
      'Service unavailable, sending IPv6 address [2a01:111:f200:2004::240] must have reverse DNS record.',
      'must have reverse DNS record',
    ],
    title: 'Sending IPv6 address has no reverse DNS',
    cause: 'Microsoft 365 only takes mail over IPv6 from addresses with a reverse DNS (PTR) record; the sending address has none, so the message is deferred.',
    fix: {
      senderAdmin: 'Publish a PTR record for the sending IPv6 address (through whoever runs the range), or send over IPv4.',
    },
    owner: 'sender-admin',
    permanent: false,
    reason: 'requireptr',
    references: [IPV6_URL],
  },
  {
    id: 'exo-5.2.1-ipv6-not-accepted',
    source: 'exchange-online',
    codes: ['5.2.1'],
    basic: ['550'],
    replies: ['Service unavailable, [contoso.com] does not accept email over IPv6.'],
    title: 'Recipient does not accept mail over IPv6',
    cause: 'The message came over IPv6 to a Microsoft 365 organization that has not turned on anonymous inbound mail over IPv6.',
    fix: {
      senderAdmin: 'Send to this domain over IPv4.',
      recipientAdmin: 'Ask Microsoft support to enable anonymous inbound IPv6 mail for your organization if you want it.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'blocked',
    references: [IPV6_URL],
  },

  // Message trace entries that are not failures of the original message.
  {
    id: 'exo-2.1.5-oof-internal-to-external',
    source: 'exchange-online',
    codes: ['2.1.5'],
    basic: ['250'],
    replies: ['RESOLVER.OOF.IntToExt; handled internal OOF addressed to external recipient'],
    title: 'Internal out-of-office reply not sent outside',
    cause:
      'Message trace shows a dropped automatic reply: the mailbox\'s internal out-of-office message was addressed to an external sender, and Exchange Online does not send the internal text outside the organization.',
    fix: {
      sender: 'Nothing failed: set an external out-of-office message too if outside senders should get one.',
      senderAdmin: 'Check the remote domain settings if external automatic replies should be allowed.',
    },
    owner: 'none',
    permanent: false,
    reason: 'vacation',
    references: [TROUBLESHOOT + 'email-delivery/understand-troubleshoot-oof-replies'],
  },

  {
    id: 'exo-5.1.0-spf-permanent-error',
    source: 'exchange-online',
    codes: ['5.1.0'],
    basic: ['550'],
    replies: [
      'Recipient address rejected: SPF Permanent Error.',
      'Address Rejected. A problem occurred during the delivery of this message to this email address.',
    ],
    title: 'Rejected because the sender\'s SPF record is broken',
    cause:
      'The destination evaluated the sending domain\'s SPF record and got a permanent error: the record is malformed, there are two SPF records, or it needs more than 10 DNS lookups. The destination then refuses the message.',
    fix: {
      sender: 'Forward the NDR to your email admin.',
      senderAdmin: 'Check the domain\'s SPF record with an SPF checker: keep exactly one v=spf1 record, fix syntax errors, include Exchange Online (include:spf.protection.outlook.com) and stay within 10 DNS lookups.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'authfailure',
    references: [TROUBLESHOOT + 'email-delivery/ndr/fix-error-code-550-5-1-0-in-exchange-online'],
  },

  // On-premises Exchange Server (seen on hybrid and on-premises hops).
  {
    id: 'exs-4.3.1-insufficient-resources',
    source: 'exchange-server',
    codes: ['4.3.1'],
    replies: ['Insufficient system resources'],
    title: 'Exchange server is short of disk space or memory',
    cause: 'The Exchange server applies back pressure: free disk space for the queue database or available memory is too low, so it accepts no more mail for now.',
    fix: {
      sender: 'Nothing to do; the sending server retries.',
      recipientAdmin: 'Free disk space on the queue database volume (or move the queue database), and give the server enough static memory.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'systemfull',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-4.3.2-service-not-available',
    source: 'exchange-server',
    codes: ['4.3.2'],
    replies: ['Service not available', 'Service not active'],
    title: 'Exchange transport service is not available',
    cause:
      'An Exchange component that handles mail is inactive or misconfigured: components left offline after maintenance, a custom Receive connector on port 25 in the wrong transport service, or an incompatible transport agent.',
    fix: {
      sender: 'Nothing to do; the sending server retries.',
      recipientAdmin:
        'Check Get-ServerComponentState and bring components back (Set-ServerComponentState -Component ServerWideOffline -State Active -Requester Maintenance), move custom port-25 Receive connectors to the Front End Transport service, and disable transport agents that fail.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'systemerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-4.4.1-connection-timed-out',
    source: 'exchange-server',
    codes: ['4.4.1'],
    replies: ['Connection timed out'],
    title: 'Connection to the next server timed out',
    cause: 'Exchange could not reach the destination server in time: a network problem, a firewall, or an internet provider blocking port 25. Exchange keeps retrying until the message expires.',
    fix: {
      sender: 'Nothing to do yet; delivery is still being retried.',
      senderAdmin: 'Check that outbound port 25 is open and the destination resolves and answers; review the retry and expiry intervals.',
      recipientAdmin: 'Make sure your mail servers accept connections on port 25.',
    },
    owner: 'none',
    permanent: false,
    reason: 'networkerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-4.4.2-connection-dropped',
    source: 'exchange-server',
    codes: ['4.4.2'],
    replies: ['Connection dropped'],
    title: 'Connection to the next server dropped',
    cause:
      'The connection broke during the SMTP session: a transient network problem, a size or rate limit on the connection, or an anti-spam appliance, SMTP proxy or firewall cutting it.',
    fix: {
      sender: 'Nothing to do yet; delivery is still being retried.',
      senderAdmin: 'If it persists, look at firewalls or SMTP proxies between the servers and at the Send connector protocol log.',
    },
    owner: 'none',
    permanent: false,
    reason: 'networkerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-4.4.7-message-delayed',
    source: 'exchange-server',
    codes: ['4.4.7'],
    replies: ['Message delayed'],
    title: 'Message delayed, still being retried',
    cause:
      'Exchange has not been able to deliver the message yet and keeps trying. Typical causes: the Send connector uses DNS where it needs a smart host (or the reverse), its HELO name does not match the MX host, the destination has trouble with Rich Text (TNEF) messages, or SPF fails at the destination.',
    fix: {
      sender: 'Nothing to do yet; you get an NDR if delivery finally fails.',
      senderAdmin: 'Check the queue\'s last error, the Send connector routing and FQDN, and the domain\'s SPF record.',
    },
    owner: 'none',
    permanent: false,
    reason: 'expired',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-4.4.7-queue-expired',
    source: 'exchange-server',
    codes: ['4.4.7'],
    replies: ['Queue expired; Message expired'],
    title: 'Message expired in the Exchange queue',
    cause: 'Exchange retried until the message\'s expiry time and gave up: the destination stayed unreachable or kept answering with temporary errors.',
    fix: {
      sender: 'Send again later; if one domain keeps failing, tell the recipient by another channel.',
      senderAdmin: 'Look at the queue\'s last error for that domain and check routing (smart host or DNS), the connector\'s HELO name and SPF.',
      recipientAdmin: 'Make sure your servers accept mail from the sender\'s servers.',
    },
    owner: 'recipient-admin',
    permanent: false,
    reason: 'expired',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.1-user-unknown',
    source: 'exchange-server',
    codes: ['5.1.1'],
    basic: ['550'],
    replies: ['User unknown'],
    title: 'Recipient does not exist',
    cause:
      'The recipient does not exist in the destination organization. Inside one organization, a recreated mailbox addressed through an old Auto-Complete entry (different X.500 address) fails the same way.',
    fix: {
      sender: 'Check the address; delete the recipient from Auto-Complete and pick them again from the address book.',
      recipientAdmin: 'If the mailbox was recreated, add the old legacyExchangeDN as an X500 proxy address.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.3-invalid-recipient',
    source: 'exchange-server',
    codes: ['5.1.3'],
    replies: ['STOREDRV.Submit; invalid recipient address'],
    title: 'Recipient address is malformed',
    cause: 'The recipient address has unsupported characters or is not formatted as an email address.',
    fix: {
      sender: 'Correct the address and send again.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'userunknown',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.4-5.1.5-reserved-domain',
    source: 'exchange-server',
    codes: ['5.1.4', '5.1.5'],
    replies: ['Recipient address reserved by RFC 2606'],
    title: 'Recipient domain is reserved for testing',
    cause:
      'The recipient domain ends in a name reserved by RFC 2606 (.test, .example, .invalid, .localhost), which Exchange Receive connectors refuse by default (5.1.4 for the top-level names, 5.1.5 for the second-level example domains).',
    fix: {
      sender: 'Use a real address.',
      recipientAdmin: 'If such domains are used on purpose internally, change RejectReservedTopLevelRecipientDomains (or the second-level setting) on the Receive connector.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'hostunknown',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.6-single-label-domain',
    source: 'exchange-server',
    codes: ['5.1.6'],
    replies: ['Recipient addresses in single label domains not accepted'],
    title: 'Recipient domain has no dot',
    cause: 'The recipient domain is a single label (chris@contoso instead of chris@contoso.com), which Exchange Receive connectors refuse by default.',
    fix: {
      sender: 'Write the full domain name.',
      recipientAdmin: 'If single-label domains are really used, change RejectSingleLabelRecipientDomains on the Receive connector.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'hostunknown',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.7-invalid-sender',
    source: 'exchange-server',
    codes: ['5.1.7'],
    replies: ['Invalid address', 'Unknown sender address'],
    title: 'Sender address is not valid',
    cause: 'The sender\'s own address is missing, malformed or unknown to the receiving server.',
    fix: {
      sender: 'Check the From and reply address your program or device uses.',
      senderAdmin: 'Fix the sender address configured on the application, device or connector.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'rejected',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.1.8-message-rate-limit',
    source: 'exchange-server',
    codes: ['5.1.8'],
    replies: ['Access denied, bad outbound sender'],
    title: 'Sender exceeded a message rate limit (Exchange Server)',
    cause:
      'On an on-premises Exchange server this code means the sender went over a message rate limit, typically an application server relaying a burst of mail. (From Exchange Online the same text means the account is restricted for spam.)',
    fix: {
      senderAdmin: 'Slow the sender down, or raise the rate limit (MessageRateLimit on the Receive connector or throttling policy) for that application.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'speeding',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.2.1-content-filter',
    source: 'exchange-server',
    codes: ['5.2.1'],
    replies: ['Content Filter agent quarantined this message'],
    title: 'Message quarantined as spam',
    cause: 'The Exchange content filter judged the message to be spam and put it in quarantine.',
    fix: {
      sender: 'Ask the recipient to release it, and look at what makes the message look like spam.',
      recipientAdmin: 'Release the message from the quarantine mailbox if it is legitimate, and add a recipient or sender exception to content filtering if needed.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'spamdetected',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.2.2-mailbox-full',
    source: 'exchange-server',
    codes: ['5.2.2'],
    basic: ['550'],
    replies: ['Mailbox full'],
    title: 'Recipient mailbox is full',
    cause: 'The recipient\'s mailbox has reached its storage quota and takes no more mail.',
    fix: {
      sender: 'Try again later or reach the recipient by another channel.',
      recipientAdmin: 'Have the user clean up, or raise the mailbox quota (or enable an archive).',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'mailboxfull',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.2.3-recipient-size-limit',
    source: 'exchange-server',
    codes: ['5.2.3'],
    basic: ['550'],
    replies: ['RESOLVER.RST.RecipSizeLimit; message too large for this recipient'],
    title: 'Message too large for this recipient',
    cause: 'The message is bigger than the largest message this recipient may receive.',
    fix: {
      sender: 'Send it again without the attachments, or share the files through a link.',
      recipientAdmin: 'Raise the recipient\'s maximum receive size if larger messages are expected.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'exceedlimit',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.3.0-too-many-related-errors',
    source: 'exchange-server',
    codes: ['5.3.0'],
    replies: ['Too many related errors'],
    title: 'Message moved to the poison queue',
    cause: 'The message repeatedly crashed or failed processing on the Exchange server, which judged it malformed and moved it to the poison message queue.',
    fix: {
      sender: 'Try sending the content again in a simpler form (without unusual attachments or formatting).',
      recipientAdmin: 'Look at the poison message queue and the transport event logs to find which agent or component fails on it.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'contenterror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.3.2-abp-routing',
    source: 'exchange-server',
    codes: ['5.3.2'],
    replies: ['STOREDRV.Deliver: Missing or bad StoreDriver MDB properties'],
    title: 'Recipient outside the sender\'s address book policy',
    cause: 'The Address Book Policy routing agent is on, and the recipient is not in the global address list of the sender\'s address book policy.',
    fix: {
      recipientAdmin: 'Review the address book policies and the ABP routing agent; add the recipient to the right address list if they should be reachable.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'policyviolation',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.3.3-unrecognized-command',
    source: 'exchange-server',
    codes: ['5.3.3'],
    replies: ['Unrecognized command'],
    title: 'Receive connector lacks Exchange Server authentication',
    cause: 'A Receive connector used for internal mail flow does not offer the Exchange Server authentication mechanism, so the commands the other Exchange server sends are refused.',
    fix: {
      recipientAdmin: 'Enable Exchange Server authentication on the Receive connectors used between your Exchange servers.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'syntaxerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.3.4-message-too-big',
    source: 'exchange-server',
    codes: ['5.3.4'],
    replies: ['Message size exceeds fixed maximum message size'],
    title: 'Message larger than the server allows',
    cause: 'The message exceeds a message size limit of the sending or receiving organization (organization, connector or user limit).',
    fix: {
      sender: 'Send it again without large attachments, or share the files through a link.',
      recipientAdmin: 'Raise the limit (organization transport config, Receive connector or mailbox) if bigger messages must get through.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'mesgtoobig',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.3.5-system-incorrectly-configured',
    source: 'exchange-server',
    codes: ['5.3.5'],
    replies: ['System incorrectly configured'],
    title: 'Mail loop through a Receive connector name',
    cause: 'Exchange detected a loop: a Receive connector presents the same FQDN as another server, service or device in the mail flow.',
    fix: {
      recipientAdmin: 'Give each Receive connector an FQDN that no other server or device in the mail path uses.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'systemerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.4.4-nonexistent-domain',
    source: 'exchange-server',
    codes: ['5.4.4'],
    replies: ['SMTPSEND.DNS.NonExistentDomain; nonexistent domain'],
    title: 'Recipient domain not found in DNS',
    cause: 'The DNS lookup for the recipient domain said it does not exist. Either the domain is mistyped or gone, or the Exchange server\'s own DNS settings are wrong.',
    fix: {
      sender: 'Check the spelling of the domain.',
      senderAdmin:
        'If the domain does exist, check the Exchange server\'s external DNS settings (Get-TransportService | fl *DNS*) and the network adapter order.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'hostunknown',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.5.2-send-hello-first',
    source: 'exchange-server',
    codes: ['5.5.2'],
    replies: ['Send hello first'],
    title: 'SMTP client skipped EHLO',
    cause: 'The connecting client sent commands such as MAIL FROM or AUTH before greeting the server with EHLO or HELO.',
    fix: {
      senderAdmin: 'Fix the application or device so it starts every SMTP session with EHLO.',
    },
    owner: 'sender-admin',
    permanent: true,
    reason: 'syntaxerror',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.5.3-too-many-recipients',
    source: 'exchange-server',
    codes: ['5.5.3'],
    basic: ['550'],
    replies: ['RESOLVER.ADR.RecipLimit; too many recipients', 'Too many recipients'],
    title: 'Too many recipients in one message',
    cause: 'The To, Cc and Bcc recipients together exceed the recipient limit per message of the organization, the Receive connector or the sender.',
    fix: {
      sender: 'Split the recipients over several messages, or send to a distribution group.',
      senderAdmin: 'Raise the sender\'s or the organization\'s recipient limit if larger messages are needed.',
    },
    owner: 'sender',
    permanent: true,
    reason: 'exceedlimit',
    references: [EXS_NDR_TABLE],
  },
  {
    id: 'exs-5.7.3-not-authorized',
    source: 'exchange-server',
    codes: ['5.7.3'],
    replies: ['Cannot achieve Exchange Server authentication', 'Not Authorized'],
    title: 'Exchange servers cannot authenticate to each other',
    cause: 'Internal mail between Exchange servers needs Exchange Server authentication (X-EXPS), and a firewall or device blocks that SMTP extension, or the mail passes connectors not set up for it.',
    fix: {
      recipientAdmin: 'Let the X-EXPS extension through firewalls or SMTP inspection between servers, and check the remote IP ranges and authentication of custom Receive connectors.',
    },
    owner: 'recipient-admin',
    permanent: true,
    reason: 'securityerror',
    references: [EXS_NDR_TABLE],
  },
];
