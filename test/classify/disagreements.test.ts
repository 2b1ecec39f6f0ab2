// The corpus records whose REASON still differs from Sisimai's expected.json, each with why we keep
// ours. The test pins our verdict, so a change that moves one of them is noticed (and this table
// updated with the new reason, or the row dropped when we now agree).
//
// Groups (see also the tables in remote-hosts, smtp-stage, mail-servers and providers tests):
// - TAXONOMY: reasons.md defines the reason differently from Sisimai's use of it (x.2.3 "message
//   length exceeds administrative limit" is a size limit = mesgtoobig; a domain with no mail host
//   is hostunknown, notaccept is kept for a null MX the reply names).
// - INCONSISTENT: expected.json gives other records with the same evidence (words, status, stage)
//   the reason we give; no general rule can follow both.
// - NO-EVIDENCE: nothing in the record says what Sisimai says (a provider code table we cannot
//   verify, words that are not in the report, a reason read from the recipient's name).
// - PARSE: the record's fields (stage, status comment, reply) are not read yet; the parser's job.
// - KB: the knowledge base decides (Exchange codes and literal replies it documents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReasonId } from '../../src/kb/reasons.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes } from '../helpers/corpus.js';

/** [file, Sisimai's reason, ours, group, why]. */
const TABLE: readonly [string, ReasonId, ReasonId, string, string][] = [
  ['lhost-dragonfly-08.eml', 'exceedlimit', 'mesgtoobig', 'TAXONOMY', '552 5.2.3 "Message length exceeds administrative limit": a size limit'],
  ['lhost-receivingses-08.eml', 'exceedlimit', 'mesgtoobig', 'TAXONOMY', '552 5.2.3 "Message length exceeds limit set by recipient"'],
  ['lhost-sendmail-05.eml', 'exceedlimit', 'mesgtoobig', 'TAXONOMY', '552 5.2.3 "Message size exceeds fixed maximum message size"'],
  ['lhost-qmail-11.eml', 'notaccept', 'hostunknown', 'TAXONOMY', '"couldn\'t find a mail exchanger or IP address (#5.4.4)": no mail host'],
  ['lhost-qmail-12.eml', 'notaccept', 'hostunknown', 'TAXONOMY', 'same words as qmail-11'],
  ['lhost-yahoo-09.eml', 'notaccept', 'hostunknown', 'TAXONOMY', '"No mx record found for domain=": no mail host; a null MX is not named'],
  ['lhost-opensmtpd-12.eml', 'notaccept', 'hostunknown', 'TAXONOMY', '"No MX found for domain"'],
  ['rhost-aol-06.eml', 'notaccept', 'networkerror', 'INCONSISTENT', '"Malformed or unexpected name server reply" is a DNS failure; lhost-postfix-17 has the same words and Sisimai says networkerror'],
  ['lhost-exim-46.eml', 'blocked', 'requireptr', 'NO-EVIDENCE', '"554 5.7.1 [C14] Missing reverse DNS": the reply names the missing PTR'],
  ['lhost-dragonfly-18.eml', 'securityerror', 'policyviolation', 'NO-EVIDENCE', '"550 5.7.0 Recipient address rejected: Policy violation"'],
  ['lhost-exchange2007-04.eml', 'securityerror', 'policyviolation', 'KB', 'RESOLVER.RST.AuthRequired: the recipient (group) takes only authenticated senders, a permission (Exchange reference)'],
  ['lhost-office365-08.eml', 'expired', 'networkerror', 'KB', '5.4.316 "Message expired, connection refused": Exchange Online documents it as connection refused'],
  ['lhost-postfix-48.eml', 'toomanyconn', 'exceedlimit', 'NO-EVIDENCE', '"552 Too many recipients" names a recipient limit, not connections'],
  ['lhost-postfix-74.eml', 'rejected', 'badreputation', 'KB', 'Yahoo TSS04 "deferred due to unexpected volume or user complaints" (Yahoo\'s documented code); qmail-19 has it and Sisimai says badreputation there'],
  ['rfc3464-43.eml', 'onhold', 'systemerror', 'KB', 'Gmail 451 4.3.0 "temporary problem": a remote system error'],
  ['lhost-exchange2003-04.eml', 'filtered', 'userunknown', 'INCONSISTENT', 'Exchange 2003 "Recipient Not Found" (its own lookup, no SMTP reply); exchange2003-01/02/05 are userunknown'],
  ['lhost-x1-01.eml', 'filtered', 'userunknown', 'INCONSISTENT', 'bare "User unknown", no reply code: imailserver-01 "Unknown user" is userunknown'],
  ['lhost-x1-02.eml', 'filtered', 'userunknown', 'INCONSISTENT', 'same as x1-01'],
  ['lhost-x2-01.eml', 'filtered', 'userunknown', 'INCONSISTENT', '"This user doesn\'t have a ... account", no reply code; powermta-02 (same words) is userunknown'],
  ['lhost-x2-02.eml', 'filtered', 'userunknown', 'INCONSISTENT', 'same as x2-01 (two records)'],
  ['rfc3464-42.eml', 'filtered', 'userunknown', 'INCONSISTENT', 'Gmail "account ... does not exist", 5.0.0, no reply code; rfc3464-65 (Gmail, 5.0.0, no code) is userunknown'],
  ['lhost-verizon-02.eml', 'userunknown', 'filtered', 'INCONSISTENT', '"550 ... no such user here", no stage: word for word apachejames-01, which Sisimai calls filtered'],
  ['lhost-powermta-03.eml', 'suspend', 'filtered', 'INCONSISTENT', '"550 5.2.1 ... User Unknown", no stage: sendmail-02 and zoho-02 (same reply) are filtered'],
  ['lhost-receivingses-06.eml', 'spamdetected', 'filtered', 'NO-EVIDENCE', '"500 5.6.1 Message content rejected": a content filter, nothing says spam'],
  ['lhost-sendmail-38.eml', 'spamdetected', 'filtered', 'NO-EVIDENCE', '"550 5.7.1 message content rejected"'],
  ['rhost-mimecast-02.eml', 'virusdetected', 'spamdetected', 'NO-EVIDENCE', '"MCSpamSignature" is a spam signature'],
  ['rhost-franceptt-12.eml', 'policyviolation', 'blocked', 'NO-EVIDENCE', '"Client host rejected: #216 ... LPN000_630": a client-host refusal; the code list Sisimai keeps files 630 under policyviolation, but its words refuse the host (reasons.md blocked)'],
  ['lhost-gmail-03.eml', 'filtered', 'policyviolation', 'INCONSISTENT', '"554 5.7.0 Header error": exim-03 and sendmail-09 carry it and are policyviolation'],
  ['lhost-googleworkspace-01.eml', 'rejected', 'securityerror', 'NO-EVIDENCE', '"Smtp server does not advertise AUTH capability": the relay could not authenticate'],
  ['lhost-mfilter-04.eml', 'rejected', 'blocked', 'NO-EVIDENCE', '"550 5.4.1 All recipient addresses rejected : Access denied" from Exchange Online protection (directory-based edge blocking)'],
  ['lhost-exim-57.eml', 'rejected', 'blocked', 'NO-EVIDENCE', '"sending to/from an address that has been blacklisted": which address, is not said'],
  ['lhost-exim-31.eml', 'hostunknown', 'blocked', 'NO-EVIDENCE', '"account or domain may not exist, they may be blacklisted, or missing dns entries": no one cause'],
  ['lhost-exim-52.eml', 'syntaxerror', 'contenterror', 'NO-EVIDENCE', '"malformed address: ... may not follow ...": a malformed header address, content'],
  ['lhost-sendmail-21.eml', 'blocked', 'networkerror', 'NO-EVIDENCE', '"Deferred: Connection refused by mx.example.ne.jp.": Sendmail\'s words for a TCP connection the host refused (no SMTP reply, no block list or policy named); Postfix writes the same failure as "connect to host[ip]:25: Connection refused"'],
  ['lhost-yahoo-13.eml', 'systemerror', 'expired', 'NO-EVIDENCE', '"Unable to deliver message after multiple retries, giving up."'],
  ['lhost-sendmail-13.eml', 'systemerror', 'mailboxfull', 'NO-EVIDENCE', '"maildrop: maildir over quota"'],
  ['lhost-postfix-01.eml', 'mailererror', 'userunknown', 'NO-EVIDENCE', '"procmail: ... No such user": the user does not exist on that host (x.1.1)'],
  ['lhost-sendmail-55.eml', 'mailererror', 'systemerror', 'NO-EVIDENCE', '"451 4.0.0 Operating system error"'],
  ['lhost-sendmail-29.eml', 'expired', 'systemerror', 'NO-EVIDENCE', 'a delay notice (still retried, not expired) with a bare "421" at connection and sendmail\'s 4.5.0: RFC 5321\'s "service not available", as the registry reads x.5.0'],
  ['rfc3464-01.eml', 'mailboxfull', 'userunknown', 'NO-EVIDENCE', '"550 5.1.1 <userunknown@...>... User Unknown"'],
  ['rhost-nttdocomo-02.eml', 'rejected', 'filtered', 'NO-EVIDENCE', 'docomo "550 Unknown user" after DATA: its reception filter'],
  ['lhost-postfix-41.eml', 'policyviolation', 'syntaxerror', 'TAXONOMY', '"550 Protocol violation" after DATA: the sender broke the SMTP dialogue (RFC 3463 subject 5, protocol; Gmail writes "SMTP protocol violation" for pipelining after STARTTLS); no site policy is named'],
  ['lhost-exim-38.eml', 'requireptr', 'onhold', 'NO-EVIDENCE', '"450 service permits 2 unverifyable sending IPs - <domain> is not <ip>": the sender domain does not resolve to the IP; no PTR (reverse) lookup is named, and SPF-like and forward-DNS checks read the same'],
  ['lhost-exim-41.eml', 'requireptr', 'onhold', 'NO-EVIDENCE', 'same as exim-38'],
  ['lhost-exim-58.eml', 'mesgtoobig', 'syntaxerror', 'NO-EVIDENCE', '"500 Line limit exceeded": a line, not the message; RFC 5321 gives 500 for a line too long (rfc5321-reply-codes.tsv:15)'],
  ['lhost-v5sendmail-05.eml', 'blocked', 'onhold', 'NO-EVIDENCE', '"Your E-Mail is redundant. You cannot send E-Mail to yourself"'],
  ['lhost-fml-03.eml', 'systemerror', 'onhold', 'NO-EVIDENCE', '"Duplicated Message-ID"'],
  ['lhost-ezweb-01.eml', 'filtered', 'onhold', 'NO-EVIDENCE', '"rejected by a remote mail server", no reply'],
  ['lhost-trendmicro-03.eml', 'userunknown', 'onhold', 'NO-EVIDENCE', 'InterScan says only "Unable to deliver message to <...>"; the "550 5.1.1 ... Invalid recipient" is in the returned message\'s own body text, not the report'],
  ['rhost-messagelabs-03.eml', 'userunknown', 'onhold', 'NO-EVIDENCE', '"542 ... Rejected" names no cause'],
  ['rfc3464-35.eml', 'rejected', 'onhold', 'NO-EVIDENCE', '"550 \'<recipient>\' is not a registered gateway user" (first record): whose registration (the gateway\'s users or senders) is not said'],
];

test('the records that still disagree with expected.json keep the verdict this table explains', () => {
  for (const [file, sisimai, ours, group, why] of TABLE) {
    const { records } = parseBounceSync(corpusBytes(file), { file });
    const reasons = records.map((r) => r.reason);
    assert.ok(reasons.includes(ours), `${file}: expected a record with ${ours} (${group}: ${why}); got ${reasons.join(', ')}`);
    assert.notEqual(ours, sisimai, file);
  }
});
