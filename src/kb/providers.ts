/**
 * Replies of the big consumer and business mailbox providers that are not Exchange Online:
 * Gmail / Google Workspace, Outlook.com (Hotmail, Live) and Yahoo / AOL. Literal reply texts are
 * quoted exactly as the providers send them (a reply may be quoted up to a placeholder or an
 * ellipsis); everything else is in the project's words. Some providers give a registry code a
 * meaning of their own (Gmail's 4.7.27 / 5.7.27, 4.7.29 / 5.7.29, 4.7.30 / 5.7.30, Yahoo's 5.7.9
 * and 5.7.2): there the reply text, not the code, decides.
 */
import type { KbEntry } from './types.js';

const GOOGLE_ERRORS = 'https://support.google.com/a/answer/3726730';
const GOOGLE_SENDER_GUIDE = 'https://support.google.com/mail/answer/81126';
const OUTLOOK_SENDER_SUPPORT = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const YAHOO_ERRORS = 'https://senders.yahooinc.com/smtp-error-codes';
const YAHOO_POSTMASTER = 'https://postmaster.yahooinc.com/error-codes';

const AUTH_FIX_SENDER_ADMIN = 'Publish an SPF record that lists every server sending for the domain, sign outgoing mail with DKIM, and publish a DMARC record; the From domain must align with SPF or DKIM.';

/** Gmail's documented SMTP errors. */
export const GMAIL_ENTRIES: readonly KbEntry[] = [
  {
    id: 'gmail-4.3.0-temporary-problem', source: 'gmail', codes: ['4.3.0'], basic: ['421', '451'],
    replies: ['Temporary System Problem. Try again later', 'Mail server temporarily rejected message.'],
    title: 'Gmail had a temporary problem', cause: 'A passing fault on Google\'s side stopped delivery for now.',
    fix: { sender: 'Nothing to do: the sending server retries on its own.' }, owner: 'none', permanent: false, reason: 'systemerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.4.5-server-busy', source: 'gmail', codes: ['4.4.5'], basic: ['421'],
    replies: ['Server busy, try again later.'],
    title: 'Gmail is busy', cause: 'Google\'s server was too busy to take the message at that moment.',
    fix: { sender: 'Nothing to do: the sending server retries on its own.' }, owner: 'none', permanent: false, reason: 'systemerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.0-ip-not-allowed-for-domain', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['IP not in whitelist for RCPT domain, closing connection.'],
    title: 'The recipient\'s Google Workspace domain accepts mail only from listed IPs', cause: 'The receiving domain restricts inbound mail to a list of IP addresses, and the sending IP is not on it.',
    fix: { sender: 'Tell the recipient, by another channel, that their domain refuses your server.', recipientAdmin: 'Add the sending IP to the domain\'s inbound gateway or allowed IP list in the Google Admin console.' },
    owner: 'recipient-admin', permanent: false, reason: 'blocked', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.0-unusual-rate-deferred', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.'],
    title: 'Gmail is holding back mail from the sending IP', cause: 'The sending IP sent a volume of mail that looks like spam, so Google refuses it for a while.',
    fix: { senderAdmin: 'Slow the sending rate, send only to people who asked for the mail, remove addresses that bounce, and authenticate with SPF and DKIM. Check the IP in Google Postmaster Tools.' },
    owner: 'sender-admin', permanent: false, reason: 'badreputation', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.0-tls-required', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['TLS required for RCPT domain, closing connection.'],
    title: 'The recipient\'s domain requires TLS', cause: 'The receiving Google Workspace domain accepts mail only over encrypted (TLS) connections, and the sender did not use TLS.',
    fix: { senderAdmin: 'Turn on STARTTLS for outgoing mail on the sending server.' }, owner: 'sender-admin', permanent: false, reason: 'failedstarttls', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.0-helo-dos', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage.'],
    title: 'Gmail cut the connection at HELO', cause: 'Google saw too many connections or commands from the sender and closed the connection to protect its relay.',
    fix: { senderAdmin: 'Open fewer connections at once and retry more slowly.' }, owner: 'sender-admin', permanent: false, reason: 'toomanyconn', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.0-low-reputation', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['This message is suspicious due to the very low reputation of the sending IP address/domain. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.'],
    title: 'Gmail rate-limits the sender for low reputation', cause: 'The sending IP or domain has a very low reputation with Google.',
    fix: { senderAdmin: 'Improve the sending reputation: authenticate with SPF, DKIM and DMARC, stop sending to old or purchased lists, and watch Google Postmaster Tools.' },
    owner: 'sender-admin', permanent: false, reason: 'badreputation', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.0-suspicious-content', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['This message is suspicious due to the nature of the content or the links within.'],
    title: 'Gmail distrusts the content or links', cause: 'The words or the links in the message look like spam to Google.',
    fix: { sender: 'Remove or replace links with a poor reputation (URL shorteners, unknown domains) and send again.' }, owner: 'sender', permanent: false, reason: 'spamdetected', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.23-ptr-deferred', source: 'gmail', codes: ['4.7.0', '4.7.23'], basic: ['421'],
    replies: [
      'The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP.',
      'The sending IP address for this message doesn\'t have a PTR record, or the PTR record\'s forward DNS entry doesn\'t match the sending IP address. To protect users from spam, your email has been temporarily rate limited.',
    ],
    title: 'The sending IP has no matching reverse DNS (Gmail, temporary)', cause: 'Google wants the sending IP to have a PTR record whose name resolves back to the same IP.',
    fix: { senderAdmin: 'Ask whoever runs the IP (hosting or network provider) to set a PTR record, and make the name\'s A/AAAA record point back to that IP.' },
    owner: 'sender-admin', permanent: false, reason: 'requireptr', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.0-connection-expired', source: 'gmail', codes: ['4.7.0'], basic: ['421'],
    replies: ['Connection expired, try reconnecting.'],
    title: 'The Gmail session timed out', cause: 'The SMTP session stayed open too long and Google closed it.',
    fix: { sender: 'Nothing to do: the sending server reconnects and retries.' }, owner: 'none', permanent: false, reason: 'networkerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.26-unauthenticated-deferred', source: 'gmail', codes: ['4.7.26'], basic: ['421'],
    replies: ['This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.'],
    title: 'Gmail defers unauthenticated mail', cause: 'Neither SPF nor DKIM passed for the message, and Google requires at least one.',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.26-dmarc-dns-failure', source: 'gmail', codes: ['4.7.26'], basic: ['451'],
    replies: ['is not accepted due to domain\'s DMARC policy, but temporary DNS failures prevent authentication.'],
    title: 'DMARC could not be checked because of a DNS failure', cause: 'The sender\'s domain enforces DMARC, but a temporary DNS failure kept Google from checking SPF or DKIM.',
    fix: { sender: 'Nothing to do if it clears: the sending server retries.', senderAdmin: 'If it persists, check that the domain\'s DNS servers answer SPF, DKIM and DMARC queries reliably.' },
    owner: 'none', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.27-spf-did-not-pass', source: 'gmail', codes: ['4.7.27', '5.7.27'], basic: ['421', '550'],
    replies: ['Your email has been rate limited because SPF authentication didn\'t pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF.'],
    title: 'SPF did not pass (Gmail bulk-sender rule)', cause: 'Google requires bulk senders to pass SPF, and this message did not. Gmail uses 4.7.27 / 5.7.27 for this, not for the registry meaning "sender address has null MX".',
    fix: { senderAdmin: 'Add the sending servers to the SPF record of the envelope-sender domain, and check it passes with a test message.' },
    owner: 'sender-admin', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.28-unusual-rate', source: 'gmail', codes: ['4.7.28', '5.7.28'], basic: ['421', '550'],
    replies: [
      'Gmail has detected an unusual rate of mail',
      'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
    ],
    title: 'Gmail sees an unusual rate of mail from the sender', cause: 'Google saw a sudden or unusually high volume from the sending IP, netblock, DKIM or SPF domain, or a URL in the mail.',
    fix: { senderAdmin: 'Send more slowly and steadily, only to people who asked for the mail, and authenticate with SPF and DKIM.' },
    owner: 'sender-admin', permanent: false, reason: 'speeding', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.28-duplicate-message-id', source: 'gmail', codes: ['4.7.28'], basic: ['421'],
    replies: ['Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:.'],
    title: 'Too many messages with the same Message-ID', cause: 'The sender sent many messages that share one Message-ID.',
    fix: { senderAdmin: 'Give every message its own Message-ID; check the sending software.' }, owner: 'sender-admin', permanent: false, reason: 'speeding', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.29-tls-required', source: 'gmail', codes: ['4.7.29', '5.7.29'], basic: ['421', '550'],
    replies: ['Your email has been rate limited because this message wasn\'t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.'],
    title: 'Not sent over TLS (Gmail bulk-sender rule)', cause: 'Google requires bulk senders to use TLS, and this message came over a plain connection. Gmail uses 4.7.29 / 5.7.29 for this, not for the registry meaning "ARC validation failure".',
    fix: { senderAdmin: 'Turn on STARTTLS for outgoing mail on the sending server.' }, owner: 'sender-admin', permanent: false, reason: 'failedstarttls', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.30-dkim-did-not-pass', source: 'gmail', codes: ['4.7.30'], basic: ['421'],
    replies: ['Your email has been rate limited because DKIM authentication didn\'t pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM.'],
    title: 'DKIM did not pass (Gmail bulk-sender rule, temporary)', cause: 'Google requires bulk senders to pass DKIM, and this message did not. Gmail uses 4.7.30 for this, not for the registry meaning "REQUIRETLS support required".',
    fix: { senderAdmin: 'Sign outgoing mail with DKIM, publish the public key in DNS, and check that the signature verifies.' }, owner: 'sender-admin', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.7.30-dkim-did-not-pass', source: 'gmail', codes: ['5.7.30'], basic: ['550'],
    replies: ['This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM.'],
    title: 'DKIM did not pass (Gmail bulk-sender rule)', cause: 'Google blocks mail from large senders that does not pass DKIM. Gmail uses 5.7.30 for this, not for the registry meaning "REQUIRETLS support required".',
    fix: { senderAdmin: 'Sign outgoing mail with DKIM, publish the public key in DNS, and check that the signature verifies.' }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.7.32-from-not-aligned', source: 'gmail', codes: ['4.7.32'], basic: ['421'],
    replies: ['Your email has been rate limited because the From: header (RFC5322) in this message isn\'t aligned with either the authenticated SPF or DKIM organizational domain.'],
    title: 'The From domain is not aligned with SPF or DKIM', cause: 'The domain in the From header matches neither the SPF-authenticated nor the DKIM-signing domain.',
    fix: { senderAdmin: 'Sign with DKIM for the From domain, or send with an envelope sender in the From domain that passes SPF.' }, owner: 'sender-admin', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-4.2.1-receiving-too-fast', source: 'gmail', codes: ['4.2.1', '5.2.1'], basic: ['450', '550'],
    replies: [
      'The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.',
      'The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    ],
    title: 'The Gmail recipient is receiving mail too fast', cause: 'The recipient is getting more mail than Google lets one mailbox receive in a short time.',
    fix: { sender: 'Wait and send again later; send fewer messages to this recipient.' }, owner: 'none', permanent: false, reason: 'speeding', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.2.1-relay-peak-limit', source: 'gmail', codes: ['4.2.1'], basic: ['450'],
    replies: ['Peak SMTP relay limit exceeded for customer. This is a temporary error.'],
    title: 'Google Workspace SMTP relay burst limit reached', cause: 'The organisation sent more mail through the Workspace SMTP relay in a short time than allowed.',
    fix: { senderAdmin: 'Spread the sending over time; check for a compromised account or a runaway application.' }, owner: 'sender-admin', permanent: false, reason: 'speeding', references: [GOOGLE_ERRORS, 'https://support.google.com/a/answer/6140680'],
  },
  {
    id: 'gmail-4.3.0-multiple-domains', source: 'gmail', codes: ['4.3.0'], basic: ['451'],
    replies: ['Multiple destination domains per transaction is unsupported. Please try again.'],
    title: 'One domain per transaction', cause: 'The sending server put recipients of several domains in one SMTP transaction.',
    fix: { senderAdmin: 'Configure the sending server to send one transaction per recipient domain.' }, owner: 'sender-admin', permanent: false, reason: 'exceedlimit', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.4.2-timeout', source: 'gmail', codes: ['4.4.2'], basic: ['451'],
    replies: ['Timeout - closing connection.'],
    title: 'The Gmail connection timed out', cause: 'The connection was idle or slow for too long.',
    fix: { sender: 'Nothing to do: the sending server retries.' }, owner: 'none', permanent: false, reason: 'networkerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.24-suspicious-spf', source: 'gmail', codes: ['4.7.24', '5.7.24'], basic: ['451', '550'],
    replies: ['The SPF record of the sending domain has one or more suspicious entries.'],
    title: 'Suspicious entries in the sender\'s SPF record', cause: 'Google found entries in the sending domain\'s SPF record that it does not trust (for example very broad IP ranges).',
    fix: { senderAdmin: 'Clean up the SPF record: list only the servers that really send for the domain.' }, owner: 'sender-admin', permanent: false, reason: 'authfailure', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-2.2-over-quota', source: 'gmail', codes: ['4.2.2', '5.2.2'], basic: ['452', '552'],
    replies: ['The email account that you tried to reach is over quota.', 'The recipient\'s inbox is out of storage space.'],
    title: 'The Gmail recipient\'s mailbox is full', cause: 'The recipient has used up their storage.',
    fix: { sender: 'Send again later, or tell the recipient by another channel.', recipientAdmin: 'Free space or add storage for the account.' }, owner: 'recipient-admin', permanent: false, reason: 'mailboxfull', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.5.3-too-many-recipients', source: 'gmail', codes: ['4.5.3'], basic: ['452'],
    replies: ['Domain policy size per transaction exceeded, please try this recipient in a separate transaction.', 'Your message has too many recipients.'],
    title: 'Too many recipients in one transaction', cause: 'The message named more recipients than Google takes in one SMTP transaction.',
    fix: { sender: 'Send to fewer recipients per message.', senderAdmin: 'Let the sending server split the recipients over several transactions.' }, owner: 'sender-admin', permanent: false, reason: 'exceedlimit', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.5.0-pipelining-after-starttls', source: 'gmail', codes: ['4.5.0'], basic: ['454'],
    replies: ['SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.'],
    title: 'The client pipelined commands after STARTTLS', cause: 'The sending software sent more commands right after STARTTLS, which the standard forbids.',
    fix: { senderAdmin: 'Update or fix the sending software\'s SMTP client.' }, owner: 'sender-admin', permanent: false, reason: 'syntaxerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-4.7.0-login-temporary', source: 'gmail', codes: ['4.7.0'], basic: ['454'],
    replies: ['Cannot authenticate due to temporary system problem. Try again later.', 'Too many login attempts, please try again later.'],
    title: 'Gmail login temporarily refused', cause: 'Google could not check the login for now, or too many logins were tried.',
    fix: { sender: 'Wait a while and try again; check the password if it keeps failing.' }, owner: 'none', permanent: false, reason: 'securityerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.5.x-protocol-error', source: 'gmail', codes: ['5.5.1', '5.5.2', '5.5.4', '5.7.0', '5.7.4'], basic: ['454', '501', '502', '503', '504'],
    replies: [
      'STARTTLS may not be repeated.', 'Cannot Decode response.', 'HELO/EHLO argument is invalid', 'Unrecognized command.', 'Unimplemented command.',
      'Too many unrecognized commands, goodbye.', 'EHLO/HELO first.', 'MAIL first.', 'RCPT first.', 'No identity changes permitted.', 'Unrecognized Authentication Type.',
    ],
    title: 'The sending software broke the SMTP dialogue', cause: 'The client sent a command Google does not know, in the wrong order, or with a bad argument.',
    fix: { senderAdmin: 'Fix or update the sending software; check its HELO name and SMTP settings.' }, owner: 'sender-admin', permanent: true, reason: 'syntaxerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.5.2-syntax-error', source: 'gmail', codes: ['5.5.2'], basic: ['555'],
    replies: ['Syntax error.'],
    title: 'SMTP syntax error', cause: 'A command from the sending software could not be parsed.',
    fix: { senderAdmin: 'Fix or update the sending software.' }, owner: 'sender-admin', permanent: true, reason: 'syntaxerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.0-authentication-required', source: 'gmail', codes: ['5.5.1', '5.7.0'], basic: ['530'],
    replies: ['Authentication Required.'],
    title: 'Gmail needs a login before sending', cause: 'The client tried to submit mail through Google\'s submission server without logging in.',
    fix: { sender: 'Turn on "my server requires authentication" in the mail client.', senderAdmin: 'Configure the device or application to use SMTP authentication.' },
    owner: 'sender-admin', permanent: true, reason: 'securityerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.0-starttls-required', source: 'gmail', codes: ['5.7.0'], basic: ['530'],
    replies: ['Must issue a STARTTLS command first.'],
    title: 'Gmail needs TLS before anything else', cause: 'The client sent mail commands on a connection it had not switched to TLS with STARTTLS.',
    fix: { sender: 'Turn on TLS (STARTTLS) in the mail client.', senderAdmin: 'Configure the device or application to issue STARTTLS before logging in and sending.' },
    owner: 'sender-admin', permanent: true, reason: 'failedstarttls', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.8-bad-credentials', source: 'gmail', codes: ['5.7.1', '5.7.8', '5.7.9'], basic: ['535'],
    replies: ['Application-specific password required.', 'Please log in with your web browser and then try again.', 'Username and Password not accepted.'],
    title: 'Gmail refused the login', cause: 'The user name or password is wrong, or the account needs an app password or a browser sign-in first.',
    fix: { sender: 'Check the password; with 2-step verification use an app password; sign in once in a browser.', senderAdmin: 'Check that the account may use SMTP with this sign-in method.' },
    owner: 'sender', permanent: true, reason: 'securityerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.1.1-no-such-user', source: 'gmail', codes: ['5.1.1'], basic: ['550'],
    replies: ['The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.'],
    title: 'The Gmail address does not exist', cause: 'There is no Google account with that address.',
    fix: { sender: 'Check the address for typing mistakes; remove it from your lists if it is right and still fails.' }, owner: 'sender', permanent: true, reason: 'userunknown', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.2.1-account-disabled', source: 'gmail', codes: ['5.2.1'], basic: ['550'],
    replies: ['The email account that you tried to reach is disabled.', 'The email account that you tried to reach is inactive.'],
    title: 'The Gmail account is disabled', cause: 'The recipient\'s Google account is disabled or inactive.',
    fix: { sender: 'Reach the recipient another way and stop sending to this address.' }, owner: 'sender', permanent: true, reason: 'suspend', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.4.5-sending-limit', source: 'gmail', codes: ['5.4.5'], basic: ['550'],
    replies: ['Daily sending quota exceeded.', 'Daily SMTP relay limit exceeded for user.'],
    title: 'Daily Gmail / Workspace sending limit reached', cause: 'The account or the organisation sent more mail today than Google allows.',
    fix: { sender: 'Wait about a day before sending more.', senderAdmin: 'Check for a compromised account; spread bulk mail over time or use a bulk mail service.' }, owner: 'sender-admin', permanent: true, reason: 'speeding', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.0-relay-denied', source: 'gmail', codes: ['5.7.0'], basic: ['550'],
    replies: ['Mail relay denied.', 'Mail Sending denied. This error occurs if the sender account is disabled or not registered within your G Suite domain.'],
    title: 'Google Workspace SMTP relay refused the sender', cause: 'The relay service does not accept mail from this sender: the account is disabled or unknown, or the relay settings do not allow it.',
    fix: { senderAdmin: 'Check the SMTP relay settings in the Google Admin console (allowed IPs, authentication, allowed senders).' }, owner: 'sender-admin', permanent: true, reason: 'norelaying', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-relay-quota-or-credentials', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: ['Email quota exceeded.', 'Invalid credentials for relay.', 'Daily SMTP relay limit exceeded for customer.'],
    title: 'Google Workspace relay: quota or credentials', cause: 'The organisation hit its relay limit, or the relay login is wrong.',
    fix: { senderAdmin: 'Check the relay credentials and the organisation\'s sending volume.' }, owner: 'sender-admin', permanent: true, reason: 'securityerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-unusual-rate-blocked', source: 'gmail', codes: ['5.7.1', '5.7.28'], basic: ['550'],
    replies: ['Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.'],
    title: 'Gmail blocked the sending IP for spam volume', cause: 'The sending IP sent mail at a rate and of a kind that Google treats as spam.',
    fix: { senderAdmin: 'Find and stop the source of the mail (compromised account, bad list), authenticate with SPF and DKIM, and watch Google Postmaster Tools.' },
    owner: 'sender-admin', permanent: true, reason: 'badreputation', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.7.1-likely-spam', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: ['Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.'],
    title: 'Gmail judged the message to be spam', cause: 'Google\'s filters classified this message as spam.',
    fix: { sender: 'Check the content and links; send only to people who asked for the mail.', senderAdmin: 'Authenticate with SPF, DKIM and DMARC and check the domain\'s reputation.' }, owner: 'sender', permanent: true, reason: 'spamdetected', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-ip-not-authorized', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: ['The IP you\'re using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.'],
    title: 'The sending IP may not send to Gmail directly', cause: 'The IP looks like a home or dynamic address, which Google does not accept mail from directly.',
    fix: { senderAdmin: 'Send through your provider\'s or a hosted mail service\'s SMTP relay.' }, owner: 'sender-admin', permanent: true, reason: 'blocked', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-recipient-policy', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: ['The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.'],
    title: 'A Google Workspace admin policy refused the message', cause: 'A rule set by a Workspace administrator (often marked "gcdp" in the reply) blocked the message.',
    fix: { sender: 'Ask the recipient\'s organisation (or your own, if it is yours) which rule blocks you.', recipientAdmin: 'Check the Workspace compliance and routing rules.' }, owner: 'recipient-admin', permanent: true, reason: 'policyviolation', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-unauthenticated-domain', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: ['Unauthenticated email is not accepted from this domain.'],
    title: 'Gmail requires this domain\'s mail to be authenticated', cause: 'The sender domain\'s mail must pass authentication, and this message did not.',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.1-not-rfc5322', source: 'gmail', codes: ['5.7.1'], basic: ['550'],
    replies: [
      'Messages missing a valid address in the From: header, or having no From: header, are not accepted.',
      'This message is not RFC 5322 compliant because it has duplicate headers.',
      'This message is not RFC 5322 compliant.',
      'Messages missing a valid Message-ID: header are not accepted.',
      'Encoded-word syntax is not permitted in message header',
    ],
    title: 'The message breaks the message format standard (RFC 5322)', cause: 'A required header is missing or malformed (From, Message-ID), a header appears twice, or a header is wrongly encoded.',
    fix: { senderAdmin: 'Fix the sending software so every message has one valid From and Message-ID and correctly encoded headers.' }, owner: 'sender-admin', permanent: true, reason: 'notcompliantrfc', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.25-no-ptr', source: 'gmail', codes: ['5.7.25'], basic: ['550'],
    replies: ['The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.'],
    title: 'The sending IP has no matching reverse DNS (Gmail)', cause: 'Google refuses mail from IPs without a PTR record that resolves back to the same IP.',
    fix: { senderAdmin: 'Ask whoever runs the IP to set a PTR record, and make the name resolve back to the IP.' }, owner: 'sender-admin', permanent: true, reason: 'requireptr', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.7.26-unauthenticated', source: 'gmail', codes: ['5.7.26'], basic: ['550'],
    replies: [
      'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
      'This email has been blocked because the sender is unauthenticated.',
    ],
    title: 'Gmail blocked unauthenticated mail', cause: 'Neither SPF nor DKIM passed for the message, and Google requires at least one.',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.7.26-dmarc-reject', source: 'gmail', codes: ['5.7.26'], basic: ['550'],
    replies: ['is not accepted due to domain\'s DMARC policy. Please contact the administrator of'],
    title: 'Rejected by the sender domain\'s DMARC policy', cause: 'The message failed DMARC and the From domain asks receivers to reject such mail.',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.7.26-spf-hard-fail', source: 'gmail', codes: ['5.7.26'], basic: ['550'],
    replies: [
      'has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip:',
      'This message fails to pass SPF checks for an SPF record with a hard fail policy (-all).',
      'This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).',
    ],
    title: 'SPF hard fail (Gmail)', cause: 'The sending IP is not in the sender domain\'s SPF record, which ends in -all, or the message has no passing authentication.',
    fix: { senderAdmin: 'Add the sending IP or service to the SPF record, and sign with DKIM.' }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [GOOGLE_ERRORS, GOOGLE_SENDER_GUIDE],
  },
  {
    id: 'gmail-5.3.4-size-limits', source: 'gmail', codes: ['5.2.3', '5.3.4'], basic: ['552'],
    replies: [
      'Your message exceeded Google\'s message size limits. Please review our size guidelines.',
      'Your message exceeded Google\'s message size limits.',
      'exceeds Google\'s limit of',
    ],
    title: 'Too big for Gmail', cause: 'The message, the number of attachments or a header is over Google\'s size limits.',
    fix: { sender: 'Send a smaller message: share large files as links, send fewer attachments.' }, owner: 'sender', permanent: true, reason: 'mesgtoobig', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.0-blocked-attachment', source: 'gmail', codes: ['5.7.0'], basic: ['552'],
    replies: ['Our system detected an illegal attachment on your message.', 'This message was blocked because its content presents a potential security issue.'],
    title: 'Gmail blocked an attachment or content', cause: 'An attachment type Google refuses (for example executables) or content it considers dangerous.',
    fix: { sender: 'Remove the attachment, or share the file another way.' }, owner: 'sender', permanent: true, reason: 'virusdetected', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.1.2-no-such-domain', source: 'gmail', codes: ['5.1.2'], basic: ['553'],
    replies: ['We weren\'t able to find the recipient domain. Please check for any spelling errors, and make sure you didn\'t enter any spaces, periods, or other punctuation after the recipient\'s email address.'],
    title: 'The recipient domain does not exist', cause: 'The part of the address after the @ could not be found.',
    fix: { sender: 'Check the domain for typing mistakes and stray characters.' }, owner: 'sender', permanent: true, reason: 'hostunknown', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.1.3-bad-address-syntax', source: 'gmail', codes: ['5.1.3'], basic: ['553'],
    replies: ['The recipient address <address> is not a valid RFC 5321 address.'],
    title: 'The recipient address is not valid', cause: 'The recipient address is not written as a valid address, so no mailbox can have it.',
    fix: { sender: 'Correct the address; as written it can never be delivered.' }, owner: 'sender', permanent: true, reason: 'userunknown', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.1.7-bad-sender-syntax', source: 'gmail', codes: ['5.1.7'], basic: ['553'],
    replies: ['The sender address <address> is not a valid RFC 5321 address.'],
    title: 'The sender address is not valid', cause: 'The envelope sender (MAIL FROM) is not written as a valid address.',
    fix: { senderAdmin: 'Fix the envelope sender the sending software writes.' }, owner: 'sender-admin', permanent: true, reason: 'rejected', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.4.6-mail-loop', source: 'gmail', codes: ['5.4.6', '5.6.0'], basic: ['554'],
    replies: ['Message exceeded 50 hops, this may indicate a mail loop.'],
    title: 'Mail loop (more than 50 hops)', cause: 'The message passed through too many servers, usually because forwarding sends it round in a circle.',
    fix: { senderAdmin: 'Check forwarding rules on the sending side.', recipientAdmin: 'Check forwarding and routing for the recipient address.' }, owner: 'recipient-admin', permanent: true, reason: 'networkerror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.6.0-malformed', source: 'gmail', codes: ['5.6.0'], basic: ['554'],
    replies: ['Mail message is malformed. Not accepted.'],
    title: 'The message is malformed', cause: 'Google could not parse the message structure (MIME).',
    fix: { senderAdmin: 'Fix the software that builds the message.' }, owner: 'sender-admin', permanent: true, reason: 'contenterror', references: [GOOGLE_ERRORS],
  },
  {
    id: 'gmail-5.7.0-unauthenticated-commands', source: 'gmail', codes: ['5.7.0'], basic: ['554'],
    replies: ['Too Many Unauthenticated commands.'],
    title: 'Too many commands before logging in', cause: 'The client sent too many commands without authenticating.',
    fix: { senderAdmin: 'Configure the client to authenticate first.' }, owner: 'sender-admin', permanent: true, reason: 'securityerror', references: [GOOGLE_ERRORS],
  },
];

/** Outlook.com's (consumer Microsoft mail) documented errors. */
export const OUTLOOK_COM_ENTRIES: readonly KbEntry[] = [
  {
    id: 'outlookcom-5.7.1-block-list', source: 'outlook-com', codes: ['5.7.1'], basic: ['550'],
    replies: [
      'Unfortunately, messages from [x.x.x.x] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).',
      'Unfortunately, messages from [11.22.33.44] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140).',
      'Please contact your Internet service provider since part of their network is on our block list (OU-002).',
      'Please contact your Internet service provider since part of their network is on our block list.',
    ],
    title: 'The sending IP is on Outlook.com\'s block list', cause: 'Microsoft\'s consumer mail service (Outlook.com, Hotmail, Live) blocks the sending IP or its network. "Internet service provider" means whoever runs the sending mail server.',
    fix: { senderAdmin: 'Request delisting through Microsoft\'s sender support form, find out why the IP was listed (compromise, bad lists), and watch the IP in SNDS.' },
    owner: 'sender-admin', permanent: true, reason: 'blocked', references: [OUTLOOK_SENDER_SUPPORT, 'https://sender.office.com/'],
  },
  {
    id: 'outlookcom-4.7.650-rate-limited', source: 'outlook-com', codes: ['4.7.650'], basic: ['451'],
    replies: ['The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation.'],
    title: 'Outlook.com rate-limits the sending IP for its reputation', cause: 'The sending IP\'s reputation with Microsoft\'s consumer service is poor, so its mail is slowed down for now.',
    fix: { senderAdmin: 'Lower the volume, clean the lists, authenticate with SPF, DKIM and DMARC, and check the IP in SNDS.' }, owner: 'sender-admin', permanent: false, reason: 'badreputation', references: ['https://postmaster.live.com', OUTLOOK_SENDER_SUPPORT],
  },
  {
    id: 'outlookcom-5.7.1-spamhaus', source: 'outlook-com', codes: ['5.7.1'], basic: ['550'],
    replies: ['Service unavailable, Client host [1.92.158.23] blocked using Spamhaus.', 'Service unavailable, Client host [81.169.146.1] blocked using Spamhaus'],
    title: 'The sending IP is listed by Spamhaus', cause: 'Microsoft refused the connection because the sending IP is on a Spamhaus list (often the PBL for home and dynamic addresses).',
    fix: { senderAdmin: 'Look the IP up at spamhaus.org and follow its removal steps, or send through a proper mail relay.' }, owner: 'sender-admin', permanent: true, reason: 'blocked', references: ['https://www.spamhaus.org/'],
  },
  {
    id: 'outlookcom-5.7.515-authentication-level', source: 'outlook-com', codes: ['5.7.515'], basic: ['550'],
    replies: ['does not meet the required authentication level.'],
    title: 'The sending domain does not meet Outlook.com\'s authentication bar', cause: 'Since May 2025 Outlook.com refuses high-volume senders (5,000 or more messages a day to its consumer domains) unless SPF and DKIM pass, DMARC is published (at least p=none) and one of them aligns with the From domain.',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [OUTLOOK_SENDER_SUPPORT],
  },
];

/** Yahoo's and AOL's documented SMTP errors. */
export const YAHOO_ENTRIES: readonly KbEntry[] = [
  {
    id: 'yahoo-4.7.0-deferred-volume-complaints', source: 'yahoo', codes: ['4.7.0'], basic: ['421'],
    replies: ['temporarily deferred due to unexpected volume or user complaints', '[TS02] Temporarily deferred'],
    title: 'Yahoo defers mail for volume or complaints', cause: 'Yahoo saw unusual volume, complaints or poor reputation from the sender, or unauthenticated mail.',
    fix: { senderAdmin: 'Slow down, authenticate with SPF, DKIM and DMARC, remove addresses that bounce or complain. If it lasts more than 48 hours, review your sending practices.' },
    owner: 'sender-admin', permanent: false, reason: 'badreputation', references: [YAHOO_POSTMASTER, YAHOO_ERRORS],
  },
  {
    id: 'yahoo-4.7.1-ts03-deferred', source: 'yahoo', codes: ['4.7.1'], basic: ['421'],
    replies: ['[TS03] All messages from'],
    title: 'Yahoo defers all mail from the IP', cause: 'The IP sends a volume that looks like unsolicited bulk mail.',
    fix: { senderAdmin: 'Do not simply resend: change the sending practices first; contact Yahoo if it lasts more than 48 hours.' }, owner: 'sender-admin', permanent: false, reason: 'badreputation', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-5.7.2-permanently-deferred', source: 'yahoo', codes: ['5.7.2'], basic: ['553'],
    replies: ['will be permanently deferred; Retrying will NOT succeed.'],
    title: 'Yahoo blocks the IP permanently', cause: 'Yahoo refuses all mail from the sending IP ([TSS09] / [TSS11]). Yahoo uses 5.7.2 here, not for the registry meaning "mailing list expansion prohibited".',
    fix: { senderAdmin: 'Stop the source of the bad mail and follow Yahoo\'s postmaster instructions before trying again.' }, owner: 'sender-admin', permanent: true, reason: 'blocked', references: [YAHOO_POSTMASTER],
  },
  {
    id: 'yahoo-5.7.9-unauthenticated', source: 'yahoo', codes: ['5.7.9'], basic: ['550'],
    replies: ['This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.'],
    title: 'Yahoo blocked unauthenticated mail', cause: 'Neither SPF nor DKIM passed, and Yahoo requires at least one. Yahoo uses 5.7.9 here, not for the registry meaning "authentication mechanism is too weak".',
    fix: { senderAdmin: AUTH_FIX_SENDER_ADMIN }, owner: 'sender-admin', permanent: true, reason: 'authfailure', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-5.7.9-policy', source: 'yahoo', codes: ['5.7.9'], basic: ['554'],
    replies: ['Message not accepted for policy reasons.', '[PH01] Email not accepted for policy reasons.'],
    title: 'Yahoo refused the message for policy reasons', cause: 'Yahoo\'s policy or content checks refused the message.',
    fix: { sender: 'Review the content and links.', senderAdmin: 'Check authentication and reputation; see Yahoo\'s error code page.' }, owner: 'sender', permanent: true, reason: 'policyviolation', references: [YAHOO_POSTMASTER],
  },
  {
    id: 'yahoo-5.7.1-spamhaus', source: 'yahoo', codes: ['5.7.1'], basic: ['553'],
    replies: ['because the ip is in Spamhaus\'s list', '[BL23] Connections not accepted from IP addresses on Spamhaus XBL'],
    title: 'Yahoo refuses the IP: it is on a Spamhaus list', cause: 'The sending IP is listed by Spamhaus ([BL21] / [BL23]).',
    fix: { senderAdmin: 'Find why the IP is listed (often malware or an open proxy), fix it, and request removal at spamhaus.org.' }, owner: 'sender-admin', permanent: true, reason: 'blocked', references: ['https://www.spamhaus.org/', YAHOO_ERRORS],
  },
  {
    id: 'yahoo-unresolvable-from-domain', source: 'yahoo', codes: [], basic: ['451'],
    replies: ['Message temporarily deferred due to unresolvable RFC.5321 from domain.'],
    title: 'Yahoo cannot resolve the envelope sender\'s domain', cause: 'The domain in MAIL FROM does not resolve in DNS.',
    fix: { senderAdmin: 'Send with an envelope sender whose domain exists in DNS (MX or A record).' }, owner: 'sender-admin', permanent: false, reason: 'rejected', references: ['https://senders.yahooinc.com/error-codes#unresolvable-from-domain'],
  },
  {
    id: 'yahoo-receiving-too-fast', source: 'yahoo', codes: [], basic: ['450'],
    replies: ['User is receiving mail too quickly'],
    title: 'The Yahoo recipient is receiving mail too fast', cause: 'The recipient is getting more mail than Yahoo accepts for one mailbox in a short time.',
    fix: { sender: 'Nothing to do: the sending server retries later.' }, owner: 'none', permanent: false, reason: 'speeding', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-max-messages-per-connection', source: 'yahoo', codes: [], basic: ['421'],
    replies: ['Max message per connection reached, closing transmission channel'],
    title: 'Yahoo\'s per-connection message cap', cause: 'The sender sent the most messages Yahoo takes on one connection.',
    fix: { senderAdmin: 'Nothing needed: the sending server opens a new connection; lower the messages per connection if it causes delays.' }, owner: 'none', permanent: false, reason: 'toomanyconn', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-no-such-user', source: 'yahoo', codes: [], basic: ['554', '552'],
    replies: ['This user doesn\'t have a yahoo.com account', 'Requested mail action aborted, mailbox not found'],
    title: 'The Yahoo address does not exist', cause: 'There is no Yahoo mailbox with that address.',
    fix: { sender: 'Check the address; remove it from your lists if it is right and still fails.' }, owner: 'sender', permanent: true, reason: 'userunknown', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-mailbox-disabled', source: 'yahoo', codes: [], basic: ['554'],
    replies: ['This mailbox is disabled (554.30)'],
    title: 'The Yahoo / AOL mailbox is disabled', cause: 'The recipient\'s mailbox is closed or disabled.',
    fix: { sender: 'Reach the recipient another way and stop sending to this address.' }, owner: 'sender', permanent: true, reason: 'suspend', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-relaying-denied', source: 'yahoo', codes: [], basic: ['550'],
    replies: ['relaying denied for'],
    title: 'Yahoo will not relay this mail', cause: 'The server was asked to pass mail on to a domain it does not handle.',
    fix: { senderAdmin: 'Check that mail for this domain goes to the domain\'s own MX servers.' }, owner: 'sender-admin', permanent: true, reason: 'norelaying', references: [YAHOO_ERRORS],
  },
  {
    id: 'yahoo-headers-not-rfc-compliant', source: 'yahoo', codes: [], basic: ['554'],
    replies: ['headers are not rfc compliant'],
    title: 'The headers break the message format standard', cause: 'Yahoo found headers that do not follow RFC 5322.',
    fix: { senderAdmin: 'Fix the software that writes the message headers.' }, owner: 'sender-admin', permanent: true, reason: 'notcompliantrfc', references: [YAHOO_ERRORS],
  },
];

/** Every provider entry: Gmail, then Outlook.com, then Yahoo. */
export const PROVIDER_ENTRIES: readonly KbEntry[] = [...GMAIL_ENTRIES, ...OUTLOOK_COM_ENTRIES, ...YAHOO_ENTRIES];
