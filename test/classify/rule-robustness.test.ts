// The phrase tables must not take a reason from a generic word that only appears inside a
// host name, a link, an address or a file name ('spam' in spamfilter.example.net, 'policy' in
// /policy.html), while the same words in the reply's own wording still decide. Texts written
// for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRecord } from '../../src/classify/classify-record.js';
import type { ReasonId } from '../../src/kb/reasons.js';

function reasonOf(text: string, status: string, replyCode: string): ReasonId {
  return classifyRecord({ status, replyCode, text, remoteMta: '', reportingMta: '', command: '', action: 'failed', detector: 'test' }).reason;
}

const CASES: readonly (readonly [string, string, string, ReasonId])[] = [
  // generic words inside names: the rest of the reply decides
  // a final failure (action failed) after a temporary time-out: the queue expired (queue-outcome)
  ['host spamfilter1.example.net[192.0.2.5] said: 421 4.4.2 Connection timed out', '4.4.2', '421', 'expired'],
  ['host mailfilter.example.org[192.0.2.7] said: 550 5.4.4 Unable to route', '5.4.4', '550', 'hostunknown'],
  ['550 5.1.1 Recipient rejected; see https://example.com/policy.html', '5.1.1', '550', 'userunknown'],
  ['554 5.4.7 delivery expired, last error from mx.blocked-domains.example.com: connection lost', '5.4.7', '554', 'expired'],
  ['554 5.6.0 Message contains invalid header; see http://www.example.com/spam-faq', '5.6.0', '554', 'contenterror'],
  ['552 5.2.3 Message size exceeds limit; message-id <abc@spam.example.com>', '5.2.3', '552', 'mesgtoobig'],
  ['host virusscan.example.net[192.0.2.8] said: 451 4.3.0 Temporary local problem', '4.3.0', '451', 'systemerror'],
  // 'not active' / 'is disabled' are about an account only when they say so
  ['451 4.3.0 Mail server temporarily not active, try again later', '4.3.0', '451', 'systemerror'],
  ['554 5.3.0 Local delivery is disabled on this host', '5.3.0', '554', 'systemerror'],
  ['550 5.2.1 Mailbox not active', '5.2.1', '550', 'suspend'],
  ['550 5.2.1 The email account that you tried to reach is disabled.', '5.0.0', '550', 'suspend'],
  // the same words in the reply's own wording still decide
  ['554 5.7.1 Message rejected as spam by Content Filtering', '5.7.1', '554', 'spamdetected'],
  ['550 5.7.1 Message rejected by filter', '5.7.1', '550', 'filtered'],
  ['554 5.7.1 Rejected due to local policy', '5.7.1', '554', 'policyviolation'],
  ['554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org', '5.7.1', '554', 'blocked'],
  ['550 5.7.1 Rejected: listed at bl.spamcop.net', '5.7.1', '550', 'blocked'],
  ['550 5.7.0 Virus found in message (Eicar-Test-Signature)', '5.7.0', '550', 'virusdetected'],
];

test('generic words inside names do not decide; the same words in the reply still do', () => {
  for (const [text, status, reply, reason] of CASES) assert.equal(reasonOf(text, status, reply), reason, text);
});
