// Seeded property tests: on any text, explain() returns a well-formed result and never throws;
// and a reply's meaning does not change with the white space or letter case around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { explain } from '../../src/explain/explain.js';
import { MAX_CODES } from '../../src/explain/limits.js';
import { OWNERS, REASON_IDS } from '../../src/kb/reasons.js';

const SEED = 20261127;

// Text built from pieces that look like NDRs: codes, reply fragments, separators, noise.
const piece = fc.oneof(
  fc.constantFrom('550', '554 ', '421-', '4.7.512', '5.7.1', '5.7.13 or 135', '4.7.500-699', '5.4.6 or 5.4.14', '2.1.5', '#', '##', 'smtp;', "'", '\n', '\r\n', ' ', '-', '.', '[192.0.2.1]'),
  fc.constantFrom('Unable to relay', 'Access denied, banned sender', 'Generating server: a.example.com', 'Remote Server returned', 'RESOLVER.ADR.RecipNotFound; not found', 'gsmtp', 'x@contoso.com'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const ndrish = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

test('explain never throws and always returns a well-formed result', () => {
  fc.assert(
    fc.property(ndrish, (text) => {
      const r = explain(text);
      assert.equal(typeof r.input, 'string');
      assert.ok(r.codes.length <= MAX_CODES);
      for (let i = 1; i < r.matches.length; i++) assert.ok((r.matches[i - 1]?.score ?? 0) >= (r.matches[i]?.score ?? 0));
      for (const m of r.matches) {
        assert.ok(m.title.length > 0 && m.cause.length > 0, m.id);
        assert.ok((OWNERS as readonly string[]).includes(m.owner), m.owner);
        assert.ok((REASON_IDS as readonly string[]).includes(m.reason), m.reason);
      }
      // A text with a status code always gets an explanation.
      if (r.codes.some((c) => c.enhanced !== '')) assert.ok(r.matches.length > 0, JSON.stringify(text));
      if (r.matches.length === 0) assert.ok(r.warnings.length > 0);
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('white space and letter case around a reply do not change its best match', () => {
  const replies = ['550 5.7.124 Sender not in allowed-senders list', '5.7.1 Unable to relay', '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation.'];
  fc.assert(
    fc.property(fc.constantFrom(...replies), fc.constantFrom(' ', '\n', '\t', '  '), fc.boolean(), (reply, sep, upper) => {
      const varied = (upper ? reply.toUpperCase() : reply).split(' ').join(sep);
      assert.equal(explain(`${sep}${varied}${sep}`).matches[0]?.id, explain(reply).matches[0]?.id);
    }),
    { seed: SEED, numRuns: 60 },
  );
});
