/**
 * What servers write, as reasons: lower-case substrings of the diagnostic text, tried in order
 * (more specific phrases first). Literal reply fragments are facts; the lists are the project's
 * own, built from real reports. Data only.
 */
import type { RuleTable } from '../types.js';

/** English wordings of servers, as reasons, for generic or misused codes. */
export const TEXT_RULES: RuleTable = {
  id: 'text-phrases',
  description: 'Reply wording, for generic or misused codes',
  rules: [
    // Greylisting: the receiver defers mail from a sender it has not seen before and takes it on
    // a later try. A refusal of the sending host by policy (soft: it comes with a 4xx), whatever
    // the status (Postgrey answers 450 4.2.0 "Recipient address rejected: Greylisted").
    { id: 'greylisted', reason: 'blocked', words: ['greylist', 'graylist', 'grey-list', 'gray-list', 'grey list'] },
    // The sending service did not try: the address is on its own suppression list (SES, Mailgun,
    // Postmark "marked as inactive", SparkPost "recipient address suppressed"). Before the
    // mailbox and spam rows: those words ("bounced", "marked your messages as spam") describe
    // why the address was listed, not this message's fate.
    { id: 'suppression-list', reason: 'suppressed', text: ['suppression list', 'has suppressed sending', 'address suppressed', 'previously bounced address', 'not delivering to unsubscribed', 'not delivering to a user who marked', 'recipient that has been marked as inactive'] },
    // The receiving server refused the name the sending host gave in HELO/EHLO (Postfix "Helo
    // command rejected: need fully-qualified hostname" / "...: Host not found", qmail-remote's "my
    // name was rejected"): the sending host is refused, whatever status comes with it (Postfix
    // sends 504 5.5.2, a syntax code) and whatever the refusal adds ("Host not found" is about the
    // HELO name, not the recipient's domain).
    { id: 'helo-refused', reason: 'blocked', text: ['helo command rejected', 'ehlo command rejected', 'my name was rejected'] },
    // A count of what the SENDER sent (Postfix anvil "too much mail from <ip>", "too many recipients
    // from <ip>"; SES "Throttling failure: ..."; a daily sending quota): a rate limit, before the
    // mailbox-quota and per-message recipient-limit rows whose words it shares.
    { id: 'sending-rate', reason: 'speeding', text: ['too much mail from', 'too many recipients from', 'throttling failure', 'sending quota', 'max emails per hour', 'daily message quota'] },
    { id: 'auth-spf-dkim-dmarc', reason: 'authfailure', text: ['dmarc policy', 'authentication checks failed', 'fails to pass authentication checks', 'does not have authentication information', 'spf check failed', 'spf fail', 'dkim', 'sender policy framework', 'spf validation', 'dmarc', 'sender is unauthenticated', 'bad spf record', "it's spf record", 'its spf record', 'spf settings', 'spf check', 'spf:', 'spf policy', 'spf sender invalid', 'spf (sender policy framework)', 'spf and dkim'] },
    { id: 'ptr', reason: 'requireptr', text: ['reverse dns', 'ip name lookup failed', 'no ptr record', 'ptr record', 'cannot find your hostname', 'cannot resolve your address', 'reverse lookup', 'rdns', 'no reverse', 'does not resolve to your ip', 'client host rejected: cannot find your', 'dns ptr', 'ptr-record', 'relay host name'] },
    // RFC 7505 for the SENDER's domain: its null MX says it receives no mail, so it cannot take a
    // bounce; the envelope sender is refused, the recipient is fine.
    { id: 'sender-null-mx', reason: 'rejected', text: ['sender address has null mx', 'sender domain has null mx', 'sender has null mx'] },
    // Exim's sender callout ("550-Verification failed for <sender> 550-Unrouteable address 550
    // Sender verify failed") quotes why the SENDER failed; those words are not the recipient's.
    // A block list of SENDER addresses ("Sender address has been blacklisted", MessageLabs' "Your
    // email address has been blacklisted", Mimecast's "Envelope blocked - User Entry"): the
    // envelope sender is refused, before the IP block-list words ("blacklist", "blocked").
    { id: 'sender-listed', reason: 'rejected', text: ['sender address has been blacklisted', 'sender is in my black list', 'email address has been blacklisted', 'envelope blocked', 'block policy for envelope from', 'sender email address rejected', 'sender not pre-approved', 'fake sender', 'sender verify failed', 'verification failed for <'] },
    { id: 'system-full', reason: 'systemfull', text: ['insufficient disk space', 'insufficient system storage', 'not enough disk space', 'out of disk space', 'mail system full', 'space shortage'] },
    { id: 'mailbox-full', reason: 'mailboxfull', text: ['mailbox full', 'mailbox is full', 'over quota', 'quota exceeded', 'exceeded storage', 'mailbox size limit', 'exceeds quota', 'user is over', 'disk quota', 'mailbox has exceeded', 'mailbox exceeded', 'mail quota', 'storage quota', 'too much mail data', 'mailfolder is full', 'mailbox would exceed', 'over disk quota', 'full mailbox', 'disc quota', 'quota violation', 'reached disk quota', 'space has been used up', 'too many messages on the server', 'allowed quota', 'does not have enough space', 'exceeding their quota', 'destinataire pleine', 'exhausted allowed storage'] },
    // The SENDER's own account may not send (Mail.ru: "message sending for this account is
    // disabled", after a suspected compromise): before the suspend row, whose "account is
    // disabled" it contains.
    { id: 'sender-account-blocked', reason: 'securityerror', text: ['sending for this account is disabled'] },
    { id: 'suspend', reason: 'suspend', text: ['account disabled', 'account has been disabled', 'mailbox disabled', 'account is disabled', 'mailbox is disabled', 'user is disabled', 'address is disabled', 'recipient is disabled', 'reach is disabled', 'account is inactive', 'inactive user', 'suspended', 'mailbox is inactive', 'account has been suspended', 'mailbox not active', 'account not active', 'user not active', 'address not active', 'recipient not active', 'mailbox is not active', 'account is not active', 'mailbox unavailable: disabled', 'temporarily disabled', 'deactivated', 'temporary locked', 'temporarily locked', 'account is locked', 'mailbox is locked', 'mailbox is frozen', 'account is frozen', 'inactive account', 'user is terminated', 'temporarily inactive', 'suspend the service', 'domain is disabled', 'archived recipient', 'destinataire archivee', 'disabled or discontinued', 'user disabled'] },
    { id: 'has-moved', reason: 'hasmoved', text: ['has moved', 'no longer with', 'address has changed', 'has been replaced by'] },
    // The recipient (or its provider, for it) refuses mail from this sender: its own allow list,
    // rules or challenge-response system. Before the block-list and policy words ("blocked by the
    // recipient", "restricted SMS e-mail").
    { id: 'recipient-own-filter', reason: 'filtered', notText: ['email reputation'], text: ['only accepting mail from specific', 'restricted sms e-mail', 'due to user rules', 'this account is protected by', 'user reject', 'refuse to receive mail', 'blocked by the recipient', 'rejected by recipients', 'content denied', 'content filter rejection'] },
    // Refused in reply to MAIL FROM: the unknown or refused address is the sender's.
    { id: 'sender-refused-at-mail', reason: 'rejected', command: ['MAIL'], notText: ['authenticat', 'relay'], text: ['does not exist', 'user unknown', 'unknown user', 'no such user', 'access denied', 'not allowed', 'not permitted', 'unknown address', 'administrative prohibition', 'failed to verify', 'not owned by user', 'not accepted here', 'invalid address'] },
    // Postfix's "Sender address rejected: <why>" names the sender whatever the words after it.
    // qmail's validrcptto patch refuses an address it does not list with 553 and "#5.7.1".
    { id: 'user-unknown', reason: 'userunknown', notText: ['domain does not exist', 'sender address rejected'], text: ['user unknown', 'unknown user', 'no such user', 'no such mailbox', 'user not found', 'mailbox not found', 'recipient not found', 'does not exist', "doesn't exist", 'unknown recipient', 'invalid recipient', 'no mailbox', 'mailbox unavailable', 'not a valid mailbox', 'unknown address', 'unknown local part', 'no such recipient', 'recipient unknown', 'bad destination mailbox', 'user doesn', 'invalid mailbox', 'no valid recipients', 'address unknown', 'not our customer', 'account does not exist', 'addressee unknown', 'mailbox does not exist', 'no such address', 'unknown or illegal alias', 'user_unknown', 'no account by that name', 'is not a known user', 'not listed in domino directory', 'recipient address rejected: access denied', 'not listed in public name & address book', 'invalid final delivery userid', 'destination addresses were unknown', "address couldn't be found", 'not a valid recipient', 'badrcptto', 'unknown virtual user', 'no such person', 'no one at this address', 'email name is not found', 'unavailable mail user', "don't exists that user", 'does not have an account', 'not user of this server', 'account closed', 'mailbox not present', 'address not present', 'not an active address', 'no mail box', 'mailbox invalid', 'unknown mailbox', 'unknown e-mail address', 'unknown email address', 'address could not be found', "can't accept user", 'rejected recipients', 'wrong or no longer valid', 'recipient not exist', 'user not exist', 'user not known', 'invalid user', 'invalid address', 'not in my validrcptto list'] },
    // sendmail's "host name lookup failure" is its temporary DNS failure (a name that does not
    // exist is "Host unknown"), e.g. in a Status comment.
    { id: 'dns-failure', reason: 'networkerror', text: ['malformed or unexpected name server reply', 'malformed name server reply', 'host not found, try again', 'could not contact dns servers', 'host name lookup failure'] },
    { id: 'null-mx', reason: 'notaccept', notStatus: ['x.7.27'], text: ['null mx', 'nullmx', 'indicated no smtp service', "doesn't receive email according to the administrator"] },
    // A host or domain that takes no mail at all (RFC 7504's "does not accept mail", iCloud's
    // "Host/domain does not accept mail", Mimecast's "Account inbounds disabled"); "does not
    // accept mail from ..." refuses a sender instead.
    { id: 'accepts-no-mail', reason: 'notaccept', notStatus: ['x.7.27'], notText: ['accept mail from'], text: ['does not accept mail', 'inbounds disabled'] },
    // "DNS lookup failure: host mx.example.org not found": the lookup answered that the name does
    // not exist (a lookup that could not be completed says "try again" or "timed out" instead).
    { id: 'dns-name-not-found', reason: 'hostunknown', text: ['dns lookup failure'], words: ['not found'], notText: ['try again', 'timed out', 'temporary'] },
    { id: 'host-unknown', reason: 'hostunknown', text: ['host unknown', 'domain not found', 'host not found', 'name or service not known', 'no mx', 'unknown host', 'domain does not exist', 'nxdomain', 'unrouteable mail domain', 'unrouteable address', 'no such domain', 'illegal host/domain name', 'host or domain name not found', 'domain name not found', 'point to non-existent hosts', 'domain mentioned in email address is unknown', 'nonexistent domain'] },
    { id: 'too-big', reason: 'mesgtoobig', text: ['message too large', 'message is too large', 'too big', 'size limit', 'message size exceeds', 'exceeds the maximum size', 'message length exceeds', 'message size exceeded', 'inbound message size', 'max message size', 'email size exceeded', 'message size exceeds maximum', 'message file too big', 'mailsize'] },
    // A count that names a time window is a rate limit, not a per-message one: Cisco IronPort's
    // "452 4.5.3 Too many recipients received this hour" refuses more mail until the window
    // passes (speeding), while "Too many recipients" alone is one message's recipient list.
    { id: 'rate-window', reason: 'speeding', text: ['per hour', 'this hour', 'per day', 'this day', 'per minute', 'this minute', 'per second', 'this second'], words: ['too many', 'limit', 'exceeded'] },
    // reasons.md: a limit other than the message size (recipients per message, header size).
    { id: 'too-many-recipients', reason: 'exceedlimit', text: ['too many recipients', 'recipient limit', 'header size exceeds'] },
    // Amazon SES's "Message rejected: Email address is not verified. The following identities
    // failed the check": the sending service refuses to relay for an identity it has not verified.
    { id: 'relaying', reason: 'norelaying', text: ['relay access denied', 'no relaying', 'not configured to relay', 'relaying denied', 'not permitted to relay', 'unable to relay', 'relay not permitted', 'we do not relay', 'relaying not allowed', 'relay denied', 'not allowed to relay', 'email address is not verified', 'list of allowed rcpthosts', 'to relay through', 'non-local e-mail address', 'not an open relay', 'open relay not allowed', 'open relay is not allowed', 'relaying mail to', 'relaying to', "don't handle mail for", 'insecure mail relay', 'delivery is not allowed to this address', 'local user only'] },
    // Generic words are looked for outside host names and links ('words'): 'spamfilter.example.net',
    // 'antivirus-gw.example.com' and '/policy.html' say nothing about why the message was refused.
    { id: 'virus', reason: 'virusdetected', words: ['virus', 'malware', 'infected', 'potentially executable'] },
    // An attachment type the receiving site does not take (SES AttachmentRejected, SparkPost and
    // KumoMTA "prohibited attachment", amavisd-new's "Reject, id=... - BANNED: setup.exe" for
    // its banned file names and types): the site's policy, not a verdict on the sender.
    { id: 'attachment-policy', reason: 'policyviolation', text: ['attachment not allowed', ' - banned: ', 'banned name', 'banned contents', 'attachments are not allowed', 'attachment type', 'blocked attachment', 'prohibited attachment', 'forbidden attachment', 'attachment is not permitted', 'attachments are not permitted', 'banned content', 'not accepting mail with attachments', 'images or other attachments'] },
    // A refusal that names the sender's reputation says more than the word "spam", which Gmail's
    // stock sentence ("To best protect our users from spam, ...") adds to every refusal.
    // Looked for outside links: Barracuda's block-list replies link to barracudanetworks.com/reputation.
    { id: 'reputation', reason: 'badreputation', words: ['reputation'], notText: ['barracuda reputation', 'trend micro email reputation'] },
    // The sending IP itself refused, in words that also say "spam" ("Dynamic/zombied/spam IPs
    // blocked") or none of the block-list words: the host, not the content.
    { id: 'ip-refused', reason: 'blocked', words: ['ips blocked', 'bad sender ip', 'sender ip address rejected', 'banned sending ip', 'accepting mail from your ip', 'access forbidden by your ip', 'unwanted messages have been sent from', 'listed as abusive', 'not accepting connections', 'no access from mail server', 'not allowed to connect', 'bounce attack', 'invalid ip', 'ip is rejected'] },
    // "UBE" is amavisd-new's verdict for unsolicited bulk email ("Message content rejected, UBE").
    { id: 'spam', reason: 'spamdetected', words: ['spam', 'junk mail', 'bulk mail', 'unsolicited', 'content rejected, ube', 'mass mailer'], notText: ['spamhaus', 'spamcop', 'blocked for spamming'] },
    // Block lists of links found in the message (SURBL, URIBL): the content, not the sending host.
    { id: 'url-blocklist', reason: 'spamdetected', text: ['surbl', 'uribl', 'blacklisted url', 'bulk.advertising'] },
    // Block list names count wherever they stand, also in a host name (zen.spamhaus.org): MAPS
    // (mail-abuse.org/.com, Trend Micro's RBL+ and Email Reputation Services), and Barracuda's
    // per-recipient verdict "(user@example.org:blocked)", whose word sits inside the address.
    { id: 'blocklist-names', reason: 'blocked', text: ['spamhaus', 'spamcop', 'sorbs', 'barracuda reputation', 'barracudacentral', 'dnsbl', 'mail-abuse', 'trend micro email reputation', ':blocked)'] },
    // A TCP connection the sending MTA could not open ("connect to mx.example.org[192.0.2.1]:25:
    // Connection refused", Sendmail's "Connection refused by"): a network failure, not a server
    // that answered with a refusal ("554 Connection refused" is read by the block-list row).
    { id: 'tcp-connection-refused', reason: 'networkerror', text: [': connection refused', 'connection refused by'] },
    // A named rate or connection limit says more than the 'client host rejected' or 'blocked' around it.
    { id: 'connections', reason: 'toomanyconn', text: ['too many connections', 'too many concurrent', 'connection limit', 'concurrent server connections', 'too many smtp sessions', 'too many open connections', 'connection rate'] },
    // "550 Protocol violation", Gmail's "SMTP protocol violation, no commands allowed to pipeline
    // after STARTTLS": the sending side broke the SMTP dialogue (RFC 3463 x.5.x), whatever
    // command is named.
    { id: 'protocol-violation', reason: 'syntaxerror', text: ['protocol violation'] },
    { id: 'rate', reason: 'speeding', text: ['rate limit', 'receiving mail at a rate', 'too many messages', 'sending rate', 'throttl', 'too fast', 'limits for how many messages', 'try again slower', 'excessive volume'] },
    { id: 'blocklist', reason: 'blocked', words: ['blacklist', 'smtp server of your isp', 'open relay', 'dynamic ip', 'dial-up', 'dialup', 'blocklist', 'block list', 'black list', 'listed at', 'listed on', 'ip blocked', 'ip address blocked', 'access denied', 'connection refused', 'client host rejected', 'blocked', 'invalid ip for sending mail', 'rbl', 'go away', 'connection denied', 'requires confirmation'] },
    { id: 'starttls', reason: 'failedstarttls', text: ['starttls', 'tls required', 'must issue a starttls', 'does not support tls', 'tls is required', 'tls not available', 'encryption required', 'requires encryption', 'requires tls', 'start tls', 'tls session is required', 'offer tls', 'certificate not verified', 'certificate verification failed'] },
    // A receiving server that refuses anonymous (unauthenticated) mail from the Internet is
    // misconfigured for inbound mail: its own admin must fix it (the seed's contoso example).
    { id: 'anonymous-refused', reason: 'securityerror', text: ['client was not authenticated'], owner: 'recipient-admin' },
    { id: 'auth-required', reason: 'securityerror', text: ['authentication required', 'unauthenticated senders not allowed', 'not authenticated', 'authentication failed', 'authentication is required', 'smtp authentication', 'does not advertise auth', 'failed to authenticate', 'not subscribed to ses', 'is not authorized to perform ses'] },
    { id: 'sender-rejected', reason: 'rejected', text: ['sender address rejected', 'sender rejected', 'domain of sender address', 'sender domain', 'sender verify failed', 'invalid sender', 'sender not allowed', 'mail from rejected', 'envelope sender', 'sender email address', 'batv', 'backscatter', 'bogus mail from', 'purported responsible address', 'valid sender domain', 'third-party dsn', 'fully qualified email address required', 'null sender', 'returned mail not accepted', 'does not accept mail from', 'unroutable sender', 'domain name required for sender', 'emetteur invalide'] },
    { id: 'expired', reason: 'expired', text: ['retry timeout exceeded', 'envelope expired', 'in the queue too long', 'have been failing for a long time', 'retry time not reached', 'delivery time expired', 'message expired', 'could not be delivered within', 'giving up', 'queue expired', 'too long in queue', 'has been delayed', 'delivery expired', 'not been collected after', 'sitting in queue', 'message timed out', 'allowed queue period', 'cannot send message for', 'failed to deliver to domain'] },
    { id: 'network', reason: 'networkerror', text: ['connection timed out', 'network error', 'timed out', 'connection refused', 'no route to host', 'network is unreachable', 'loop detected', 'routing loop', 'hop count exceeded', 'mail loop', 'too many hops', 'lost connection', 'connection reset', 'loops back to myself', 'could not connect', 'host is unreachable', 'host unreachable', 'forwarding loop', 'message looping', 'routing loop', 'unable to resolve route', 'points to local host', 'timeout'] },
    { id: 'content', reason: 'contenterror', text: ['header too long', 'headers too large', 'improper use of 8-bit data', 'malformed', 'invalid header', 'invalid mime', 'improperly-formatted', 'unnecessary base64', 'mime complexity'] },
    // How MTAs report that a local delivery program (pipe, procmail, maildrop) failed: Postfix
    // "Command died with status 75", "Command time limit exceeded"; Exim "Child process of
    // address_pipe transport returned 1". Before the policy and filter words: the program is
    // often named "filter" ("/usr/local/bin/filter"). The program's name alone ("procmail") is
    // read later, after the remote system's own words ("Service unavailable").
    { id: 'delivery-program-failed', reason: 'mailererror', text: ['command died', 'command time limit exceeded', 'command failed:', 'transport returned', 'command output:'] },
    { id: 'rfc', reason: 'notcompliantrfc', text: ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'not rfc compliant', 'multiple addresses in from', 'duplicate header'] },
    { id: 'syntax', reason: 'syntaxerror', text: ['syntax error', 'command unrecognized', 'command not recognized', 'bad sequence of commands', 'not implemented', 'unrecognized command', 'synchronization error'] },
    // Exchange's delivery restriction on a recipient or group ("#550 5.7.1 RESOLVER.RST.NotAuthorized;
    // not authorized ##", and RFC 3463's own X.7.1 wording "Delivery not authorized, message
    // refused" that Exchange answers with): the sender may not send to it, a site rule, not a
    // refused host.
    { id: 'delivery-restriction', reason: 'policyviolation', text: ['resolver.rst.notauthorized', 'delivery not authorized'] },
    { id: 'policy', reason: 'policyviolation', words: ['policy', 'policies', 'not authorized to send', 'restricted', 'prohibited', 'header error', 'non-member', 'members-only', 'closed mailing list', 'organizational settings', 'not subscribed to this group', 'posts without solving a captcha'] },
    { id: 'filtered', reason: 'filtered', words: ['content rejected', 'rejected by filter', 'filter', 'message rejected'] },
    // "451 Could not load DRD for domain (...)": the server could not load its own data.
    { id: 'system', reason: 'systemerror', text: ['internal error', 'system error', 'server error', 'local error', 'service unavailable', 'service currently unavailable', 'configuration error', 'could not load', 'configuration problem', 'temporary lookup failure', 'temporary local problem', "can't create user output file", 'error while being processed', 'interrupted system call', 'error reading data', 'no mdb', 'misconfigured', 'queue file write error'] },
    { id: 'mailer', reason: 'mailererror', text: ['command died', 'exit code', 'mailer error', 'procmail', 'pipe to', 'delivery program'] },
    // Postfix's generic prefix "Recipient address rejected: <why>": the words after it decide
    // (rows above); alone, with a mailbox-level or generic code, the address was refused.
    // Refused at the greeting or in reply to HELO/EHLO, with no words that say why: the server
    // refused the sending host itself.
    { id: 'host-refused-at-greeting', reason: 'blocked', command: ['CONN', 'HELO', 'EHLO'], replyCode: ['5xx'] },
    { id: 'recipient-rejected', reason: 'userunknown', text: ['recipient address rejected', 'address rejected'], status: ['5.1.*', '4.1.*', '5.0.0', '4.0.0'] },
    // A Diagnostic-Code of type x-unix holds a local delivery program's own output (Postfix's pipe
    // and local transports, sendmail's prog mailer); with only a generic mail-system status and no
    // words matched above ("temporary failure", "cannot open database"), the program failed.
    { id: 'local-program-output', reason: 'mailererror', diagnosticType: ['x-unix'], status: ['x.3.0', 'x.0.0'] },
  ],
};
