// The Sisimai corpus score, as a ratchet: each threshold is the level the parser has reached,
// so a change that makes any field worse fails here. Raise the numbers as the parser improves;
// never lower them to make a change pass. Expected values are Sisimai's verdicts, not ground
// truth. Known disagreements, each with its evidence:
// - status: 106 of the 466 expected records carry Sisimai's pseudo-codes (5.0.910 filtered,
//   5.0.911 userunknown, 5.0.947 expired, ...): Sisimai's own table, not codes the reports state
//   (the IANA registry in /work/shared/reference/rfc-enhanced-codes.tsv has no x.0.9xx entry, and
//   the corpus README defines status as "" when the bounce carries none). ndrkit reports ""; the
//   `status-stated` rate below measures status on the other records.
// - recipient: arf-11/22/23/24 expect "undisclosed-recipient-in-headers@libsisimai.org.invalid",
//   an address Sisimai invents when a feedback report names none (.invalid is reserved, RFC 2606);
//   ndrkit never invents one: arf-11 names no recipient (null), arf-22/23/24 name the
//   complained-of recipient in X-HmXmrOriginalRecipient (kijitora@example.com), which ndrkit reports.
// - recipient: lhost-apachejames-01 expects 00000000000@vtext.example.com (11 zeros); the only
//   place the message names the recipient is line 37, "  RCPT TO: 000000000000@vtext.example.com"
//   (12 zeros, `grep -o '[0-9]*@vtext' lhost-apachejames-01.eml`): expected.json is wrong there.
// - recipient: lhost-googleworkspace-01 expects nekochan@example.co.jp, the returned message's To:
//   header; the report's delivery-status part is empty and Gmail's own X-Failed-Recipients header
//   names neko-nyaan-cat-meeting@google-groups.example.com, the envelope recipient that failed
//   (To: is what the author wrote, not where the message was sent). ndrkit reports Gmail's header.
// - rfc3464-01 (1 record of 2): the delivery-status part says "550 5.1.1 ... User Unknown" for
//   userunknown@bouncehammer.jp; Sisimai calls it mailboxfull and adds a second, address-less
//   record from the text part's "Your message to <nekochan> was automatically rejected: Not
//   enough disk space" (a local name, no domain, that the DSN does not list). ndrkit keeps the
//   DSN: one record, userunknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { looksLikeMbox, splitMbox } from '../../src/io/mbox.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { scoreCorpus } from '../../scripts/corpus-score.mjs';
import { corpusBytes, corpusFiles, EXPECTED_PATH } from '../helpers/corpus.js';

/**
 * Agreement reached (fraction of paired records), per field. `status` was lowered from 0.81 when
 * new detectors paired records whose expected status is one of Sisimai's own pseudo-codes
 * (x.0.9xx, e.g. 5.0.947 for "expired"): ndrkit reports the status a report states, or "", and
 * does not invent codes, so each newly read record of that kind lowers the rate without any
 * record getting worse.
 */
const RATCHET = {
  status: 0.765, // 356/465
  'status-stated': 0.99, // 356/359
  replycode: 0.995, // 463/465
  // 411: lhost-sendmail-21 "Connection refused by <host>" (a TCP connection refused) is read as
  // networkerror, as reasons.md defines it; Sisimai says blocked (disagreements.test.ts).
  reason: 0.883, // 411/465
  hardbounce: 0.967, // 450/465
  recipient: 0.986, // 455/461
} as const;

/** The messages of a corpus file: one, or each message of an mbox (as `ndr parse` reads it). */
async function messagesOf(bytes: Uint8Array): Promise<Uint8Array[]> {
  if (!looksLikeMbox(bytes)) return [bytes];
  const out: Uint8Array[] = [];
  async function* one(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  for await (const m of splitMbox(one())) out.push(m);
  return out;
}

test('corpus agreement does not fall below the ratchet, and no non-bounce is reported', async () => {
  const results: Record<string, unknown>[] = [];
  for (const f of corpusFiles()) {
    const records = [];
    for (const m of await messagesOf(corpusBytes(f))) records.push(...parseBounceSync(m, { file: f }).records);
    if (records.length === 0) results.push({ file: f, recipient: null, kind: 'not-bounce' });
    for (const rec of records) results.push(rec as unknown as Record<string, unknown>);
  }
  const s = scoreCorpus(JSON.parse(readFileSync(EXPECTED_PATH, 'utf8')), results);
  assert.equal(s.falsePositives, 0, 'a message that is not a bounce was reported as one');
  for (const [field, min] of Object.entries(RATCHET)) {
    const got = s.rate[field] as number;
    assert.ok(got >= min, `${field}: ${(got * 100).toFixed(1)}% < ratchet ${(min * 100).toFixed(1)}%`);
  }
});
