/**
 * The header findings: title, default severity, who usually fixes it, and what to do. DATA ONLY;
 * the rules in ../findings.ts decide when a finding applies and write its detail. The situations
 * follow shared/reference/dmarc-diagnosis.md.
 */
import type { FindingSeverity, HeaderFindingId, Owner } from '../../types.js';

/** The fixed text of one finding. */
export interface FindingText {
  readonly severity: FindingSeverity;
  readonly title: string;
  readonly owner: Owner;
  readonly fix: string;
}

/** The fixed text of every header finding, by id. */
export const FINDING_TEXTS: Readonly<Record<HeaderFindingId, FindingText>> = {
  'spf-none': {
    severity: 'warning',
    title: 'SPF: no record for the envelope sender\'s domain',
    owner: 'sender-admin',
    fix: 'Publish an SPF record (a TXT record starting "v=spf1") for the MailFrom domain that lists every server or service that sends for it. If that domain belongs to an email service (its bounce domain), ask the service to set up a custom MailFrom under your domain.',
  },
  'spf-fail': {
    severity: 'error',
    title: 'SPF failed: the sending IP is not allowed by the domain\'s record (-all)',
    owner: 'sender-admin',
    fix: 'Add the sending server or service to the MailFrom domain\'s SPF record (an ip4:/ip6: or include: entry). If the message was forwarded, the forwarder is the cause, not the sender: see the forwarding finding.',
  },
  'spf-softfail': {
    severity: 'warning',
    title: 'SPF soft-failed: the sending IP is not in the record (~all)',
    owner: 'sender-admin',
    fix: 'Add the sending server or service to the MailFrom domain\'s SPF record; soft fail counts as a failure for DMARC.',
  },
  'spf-neutral': {
    severity: 'warning',
    title: 'SPF neutral: the record neither allows nor denies the sending IP (?all)',
    owner: 'sender-admin',
    fix: 'List the sending servers in the SPF record and end it with ~all or -all; neutral gives DMARC no SPF pass.',
  },
  'spf-error': {
    severity: 'warning',
    title: 'SPF could not be evaluated (temperror or permerror)',
    owner: 'sender-admin',
    fix: 'permerror: repair the MailFrom domain\'s SPF record (one record only, valid syntax, no more than 10 DNS-querying terms). temperror: a DNS failure; check the domain\'s name servers, the next attempt may pass.',
  },
  'spf-not-aligned': {
    severity: 'warning',
    title: 'SPF passed for a domain that does not align with From',
    owner: 'sender-admin',
    fix: 'At the sending service, set a custom MailFrom (Return-Path / bounce domain) under the From domain, so the SPF pass counts for DMARC; or rely on aligned DKIM.',
  },
  'dkim-none': {
    severity: 'warning',
    title: 'DKIM: the message was not signed',
    owner: 'sender-admin',
    fix: 'Turn on DKIM signing for the From domain at the sending service and publish its public key (selector record) in DNS.',
  },
  'dkim-body-hash': {
    severity: 'error',
    title: 'DKIM failed: the body was changed after signing (body hash did not verify)',
    owner: 'service',
    fix: 'Find the hop that changed the body (a disclaimer or footer gateway, a mailing list, an antivirus or link rewriter, a forwarder) and sign after it, exempt the message, or have that hop ARC-seal. The sender\'s DNS is not at fault.',
  },
  'dkim-signature': {
    severity: 'error',
    title: 'DKIM failed: the signature did not verify',
    owner: 'sender-admin',
    fix: 'Usually a signed header was changed in transit (subject tag, re-encoding) or the key in DNS does not match the signing key; check the selector record against the signer\'s key and look for hops that rewrite headers.',
  },
  'dkim-key': {
    severity: 'error',
    title: 'DKIM failed: a problem with the public key',
    owner: 'sender-admin',
    fix: 'Publish (or repair) the DKIM key record <selector>._domainkey.<domain>: it must exist, be well formed, use at least 1024 bits (2048 better) and match the signing key.',
  },
  'dkim-not-aligned': {
    severity: 'warning',
    title: 'DKIM passed only for domains that do not align with From',
    owner: 'sender-admin',
    fix: 'Set up DKIM signing with the From domain (custom-domain DKIM at the sending service), so a DKIM pass counts for DMARC.',
  },
  'dkim-partial-body': {
    severity: 'info',
    title: 'DKIM signature covers only part of the body (l= tag)',
    owner: 'sender-admin',
    fix: 'Stop using the l= tag: content appended after the signed length is not protected.',
  },
  'dmarc-fail': {
    severity: 'error',
    title: 'DMARC failed: neither SPF nor DKIM passed aligned with the From domain',
    owner: 'sender-admin',
    fix: 'Make at least one of them pass aligned: sign with DKIM as the From domain (the sturdier choice, since it survives forwarding), and/or send with a MailFrom under the From domain that SPF allows.',
  },
  'dmarc-none': {
    severity: 'info',
    title: 'No DMARC policy for the From domain',
    owner: 'sender-admin',
    fix: 'Publish a DMARC record (_dmarc.<domain>, starting "v=DMARC1"); large mailbox providers now expect one from bulk senders.',
  },
  'dmarc-not-applied': {
    severity: 'info',
    title: 'DMARC failed but the policy was not applied to this message',
    owner: 'none',
    fix: 'Nothing to do on the receiving side; the sender should still fix authentication before raising pct or the receiver enforcing the policy.',
  },
  'forwarding-broke-spf': {
    severity: 'warning',
    title: 'Forwarding broke SPF: the forwarder\'s IP is not the sender\'s',
    owner: 'recipient-admin',
    fix: 'The forwarder should rewrite the envelope sender (SRS) and ARC-seal; the receiving side can trust the forwarder\'s ARC seals or allow-list it. The original sender cannot fix this with SPF; aligned DKIM survives plain forwarding.',
  },
  'mailing-list-broke-dkim': {
    severity: 'warning',
    title: 'A mailing list changed the message and broke DKIM',
    owner: 'service',
    fix: 'The list operator should ARC-seal, or rewrite From to the list\'s own domain, or stop changing the subject and body.',
  },
  'arc-rescued': {
    severity: 'info',
    title: 'ARC rescued the message: an intermediary\'s seal vouched for the original results',
    owner: 'none',
    fix: 'Nothing urgent: delivery relied on a trusted intermediary\'s ARC seal. The sender should still make DKIM pass aligned end to end.',
  },
  'alignment-mismatch': {
    severity: 'warning',
    title: 'The envelope sender (P1) and the From domain (P2) differ',
    owner: 'sender-admin',
    fix: 'Send with a MailFrom (Return-Path) and Sender under the From domain, or sign with DKIM as the From domain, so DMARC can pass.',
  },
  'intra-org-spoof': {
    severity: 'error',
    title: 'The organisation\'s own domain failed authentication (intra-organisation spoofing)',
    owner: 'recipient-admin',
    fix: 'Either someone is spoofing your domain, or your own relay, application or connector sends as your domain without authenticating; add it to SPF, sign with DKIM, or route it through an authenticated connector.',
  },
  'from-invalid': {
    severity: 'warning',
    title: 'The From header cannot be used for DMARC',
    owner: 'sender',
    fix: 'Send exactly one From address, with a registrable domain.',
  },
  'clock-skew': {
    severity: 'info',
    title: 'A hop is dated before the hop below it (clock skew)',
    owner: 'service',
    fix: 'One of the two servers has a wrong clock or time zone; its admin should sync it with NTP. The order of the hops is kept as written.',
  },
  'slow-hop': {
    severity: 'info',
    title: 'A hop took a long time',
    owner: 'none',
    fix: 'The delay happened at the server that stamped this hop: look at its queue, retries (a 4xx from the next hop) or greylisting.',
  },
  'spam-verdict': {
    severity: 'warning',
    title: 'Microsoft\'s filter judged the message as spam, bulk or phishing',
    owner: 'sender',
    fix: 'Senders: fix authentication, sending reputation and content. Recipient admins: review the verdict in Threat Explorer or message trace and submit a false positive if it is one.',
  },
};
