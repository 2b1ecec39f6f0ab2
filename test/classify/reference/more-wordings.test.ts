// Runs the literal replies of more-wordings-rows.ts (real servers' wordings, one per row, with
// their source) through the whole parser, one test per reason, and checks that every reason a
// server's reply can show has rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReplyTable } from '../../helpers/reply-table.js';
import { GROUPS } from './more-wordings-rows.js';

/** The reasons of reasons.md that a server's reply can state (not onhold, undefined, delivered, feedback, vacation). */
const REPLY_REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'mailboxfull', 'systemfull', 'suspend', 'mesgtoobig',
  'exceedlimit', 'blocked', 'badreputation', 'requireptr', 'authfailure', 'rejected', 'norelaying', 'spamdetected',
  'virusdetected', 'filtered', 'policyviolation', 'securityerror', 'contenterror', 'notcompliantrfc', 'speeding',
  'toomanyconn', 'expired', 'networkerror', 'mailererror', 'systemerror', 'syntaxerror', 'failedstarttls', 'suppressed',
] as const;

test('every reason a reply can show has wordings, each with its source and one literal', () => {
  const seen = new Set<string>();
  for (const [, rows] of GROUPS) {
    for (const r of rows) {
      seen.add(r.reason);
      assert.ok(r.source.trim() !== '', `"${r.reply}" names no source`);
      assert.ok(r.reply.trim() !== '', `a row of ${r.source} has no reply`);
    }
  }
  assert.deepEqual(REPLY_REASONS.filter((x) => !seen.has(x)), []);
});

for (const [name, rows] of GROUPS) {
  test(`${name}: ${rows.length} real wordings`, () => assertReplyTable(rows));
}
