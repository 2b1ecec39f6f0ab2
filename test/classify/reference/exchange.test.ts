// The literal replies of Exchange Online / Microsoft 365 documented in
// reference/exchange-online-codes.md (the seed's code table and its per-code pages), each run
// through the parser as a DSN and as a plain-text report from a Microsoft server.
// Source = exchange-online-codes.md line. For Exchange codes the knowledge base is the authority
// (reasons.md); these rows check that its verdict reaches the record with the right hard/soft.
import { test } from 'node:test';
import { assertReplyTable, type ReplyRow } from '../../helpers/reply-table.js';

const EXO = 'contoso-com.mail.protection.outlook.com';

function exo(line: number, reply: string, reason: ReplyRow['reason'], more: Partial<ReplyRow> = {}): ReplyRow {
  return { reply, reason, remoteMta: EXO, source: `exchange-online-codes.md:${line}`, ...more };
}

const ROWS: readonly ReplyRow[] = [
  exo(24, '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded', 'speeding', { action: 'delayed' }),
  exo(31, '450 4.4.316 Connection refused [Message=Socket error code 10061]', 'networkerror', { action: 'delayed' }),
  exo(37, '550 4.4.7 QUEUE.Expired; message expired', 'expired'),
  exo(46, '451 4.4.8 MX hosts of example.org failed MTA-STS validation', 'failedstarttls'),
  exo(51, '452 4.5.3 Too many recipients', 'exceedlimit'),
  exo(56, '451 4.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateChainErrors', 'failedstarttls'),
  exo(60, '451 4.7.26 Access denied, a message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation, this message is not signed', 'authfailure'),
  exo(61, '450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation.', 'authfailure'),
  exo(66, '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.', 'failedstarttls'),
  exo(70, "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.", 'failedstarttls'),
  exo(74, '550 5.7.323 tlsa-invalid: The domain failed DANE validation.', 'failedstarttls'),
  exo(78, '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records', 'failedstarttls'),
  exo(82, '550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)', 'failedstarttls'),
  exo(86, '451 4.7.500 Access denied, please try again later', 'blocked'),
  exo(94, '451 4.7.850 Access denied, please try again later', 'blocked'),
  exo(98, '550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long.', 'policyviolation'),
  exo(105, '550 5.1.0 Sender denied', 'rejected'),
  exo(113, '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', 'userunknown'),
  exo(113, '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', 'userunknown'),
  exo(125, '550 5.1.8 Access denied, bad outbound sender', 'rejected'),
  exo(134, '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown'),
  exo(143, "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", 'speeding'),
  exo(147, '550 5.2.2 Submission quota exceeded', 'speeding'),
  exo(152, "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded", 'speeding'),
  exo(156, "550 5.2.122 Recipient's per hour message receive limit exceeded", 'speeding'),
  exo(164, '550 5.4.1 Relay Access Denied', 'norelaying'),
  exo(171, '550 5.4.1 Recipient address rejected: Access denied', 'userunknown'),
  exo(176, '554 5.4.6 Hop count exceeded - possible mail loop', 'networkerror'),
  exo(176, '554 5.4.14 Hop count exceeded - possible mail loop ATTR34', 'networkerror'),
  exo(185, '550 5.4.300 Message expired', 'expired'),
  exo(190, '550 5.5.0 Requested action not taken: mailbox unavailable', 'userunknown'),
  exo(194, '550 5.6.11 Invalid characters', 'contenterror'),
  exo(201, '550 5.7.1 Delivery not authorized, message refused', 'policyviolation'),
  exo(209, '550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using Blocklist 1; To request removal from this list please forward this message to delist@microsoft.com', 'blocked'),
  exo(215, '550 5.7.1 Unable to relay', 'norelaying'),
  exo(221, '530 5.7.1 Client was not authenticated', 'securityerror'),
  exo(228, '550 5.7.12 Sender was not authenticated by organization', 'policyviolation'),
  exo(234, '550 5.7.23 The message was rejected because of Sender Policy Framework violation', 'authfailure'),
  exo(240, '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM', 'securityerror'),
  exo(246, '550 5.7.64 TenantAttribution; Relay Access Denied', 'norelaying'),
  exo(252, '550 5.7.124 Sender not in allowed-senders list', 'policyviolation'),
  exo(259, '550 5.7.133 Sender not authenticated for group', 'policyviolation'),
  exo(263, '550 5.7.134 Sender was not authenticated for mailbox', 'policyviolation'),
  exo(267, '550 5.7.135 Sender was not authenticated for public folder', 'policyviolation'),
  exo(277, '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record', 'requireptr'),
  exo(278, '450 4.7.25 Service unavailable, sending IPv6 address [2001:db8::25] must have reverse DNS record.', 'requireptr'),
  exo(282, '550 5.7.501 Access denied, spam abuse detected', 'rejected'),
  exo(286, '550 5.7.502 Access denied, banned sender', 'rejected'),
  exo(289, '550 5.7.504 [user@example.org]: Recipient address rejected: Access denied', 'userunknown'),
  exo(297, '550 5.7.506 Access Denied, Bad HELO', 'blocked'),
  exo(301, '550 5.7.507 Access denied, rejected by recipient', 'blocked'),
  exo(305, '550 5.7.508 Access denied, [192.0.2.25] has exceeded permitted limits within 2001:db8::/48 range', 'speeding'),
  exo(309, '550 5.7.509 Access denied, sending domain [example.net] does not pass DMARC verification and has a DMARC policy of reject.', 'authfailure'),
  exo(315, '550 5.7.510 Access denied, [example.org] does not accept email over IPv6', 'blocked'),
  exo(320, '550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal from this list, forward this message to delist@messaging.microsoft.com.', 'blocked'),
  exo(326, '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant', 'notcompliantrfc'),
  exo(330, '550 5.7.513 Service unavailable, Client host [192.0.2.25] blocked by example.org using Customer Block list (AS16012607)', 'blocked'),
  exo(334, '550 5.7.606 Access denied, banned sending IP [192.0.2.25]', 'blocked'),
  exo(340, "550 5.7.703 Your message can't be delivered because messages to user@example.org are blocked by your organization using Tenant Allow Block List.", 'policyviolation'),
  exo(345, '550 5.7.705 Access denied, tenant has exceeded threshold.', 'badreputation'),
  exo(345, '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'badreputation'),
  exo(350, '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains', 'rejected'),
  exo(365, '450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]', 'failedstarttls', { action: 'delayed' }),
  exo(370, '550 5.1.20 Multiple From addresses are not allowed without Sender address', 'notcompliantrfc'),
  exo(374, "550 5.7.233 Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)", 'speeding'),
  exo(399, '451 5.7.3 Must issue a STARTTLS command first', 'failedstarttls'),
  exo(403, '535 5.7.3 Authentication unsuccessful', 'securityerror'),
  exo(405, '550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied', 'norelaying'),
  exo(406, '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)', 'policyviolation'),
  exo(408, '550 5.7.515 Access denied, sending domain example.net does not meet the required authentication level.', 'authfailure'),
];

test('Exchange Online replies (exchange-online-codes.md)', () => assertReplyTable(ROWS));
