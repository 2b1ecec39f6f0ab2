// The rule tables' pair-signature filter: it may let a phrase through that is not there (the
// substring search then says no), but it never turns away a phrase that is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayContain, probeOf, signatureOf } from '../../src/classify/phrase-filter.js';
import { RULE_TABLES } from '../../src/classify/rules/index.js';

test('a phrase that occurs in a text always passes the filter', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
      const from = text.length === 0 ? 0 : a % text.length;
      const phrase = text.slice(from, from + 1 + (b % 40));
      assert.equal(mayContain(signatureOf(text), probeOf(phrase)), true);
    }),
    { numRuns: 2000 },
  );
});

test('every rule phrase passes the filter for a text that holds it, with other words around', () => {
  for (const t of RULE_TABLES) {
    for (const r of t.rules) {
      for (const p of [...(r.text ?? []), ...(r.words ?? []), ...(r.notText ?? [])]) {
        assert.equal(mayContain(signatureOf(`550 5.7.1 <x@example.org>: ${p} (see https://example.org/)`), probeOf(p)), true, p);
      }
    }
  }
});

test('the filter turns away phrases whose pairs are missing', () => {
  const sig = signatureOf('550 5.1.1 user unknown');
  assert.equal(mayContain(sig, probeOf('mailbox full')), false);
  assert.equal(mayContain(sig, probeOf('user unknown')), true);
  // a single character has no pair: the substring search alone decides
  assert.equal(mayContain(sig, probeOf('z')), true);
  assert.equal(mayContain(signatureOf(''), probeOf('ab')), false);
});
