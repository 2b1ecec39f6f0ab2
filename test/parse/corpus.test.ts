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
//   Sisimai's placeholder; arf-22/23/24 name the complained-of recipient in
//   X-HmXmrOriginalRecipient (kijitora@example.com), which ndrkit reports.
// - rfc3464-01: the delivery-status part says "550 5.1.1 ... User Unknown" for
//   userunknown@bouncehammer.jp; Sisimai calls it mailboxfull from the text part's "Not enough disk
//   space" about a second, domain-less address <nekochan>. ndrkit keeps the DSN's verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  status: 0.75,
  'status-stated': 0.98,
  replycode: 0.985,
  reason: 0.87,
  hardbounce: 0.95,
  recipient: 0.96,
} as const;

test('corpus agreement does not fall below the ratchet, and no non-bounce is reported', () => {
  const results: Record<string, unknown>[] = [];
  for (const f of corpusFiles()) {
    const r = parseBounceSync(corpusBytes(f), { file: f });
    if (r.records.length === 0) results.push({ file: f, recipient: null, kind: 'not-bounce' });
    for (const rec of r.records) results.push(rec as unknown as Record<string, unknown>);
  }
  const s = scoreCorpus(JSON.parse(readFileSync(EXPECTED_PATH, 'utf8')), results);
  assert.equal(s.falsePositives, 0, 'a message that is not a bounce was reported as one');
  for (const [field, min] of Object.entries(RATCHET)) {
    const got = s.rate[field] as number;
    assert.ok(got >= min, `${field}: ${(got * 100).toFixed(1)}% < ratchet ${(min * 100).toFixed(1)}%`);
  }
});
