// The literal matcher on a small table: fragments at placeholders and sentence ends, and the
// marking of fragments that lie wholly inside a generic (RFC 5321 standard) phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiteralMatcher } from '../../src/explain/literal-matcher.js';
import { normalizeForMatch, stripReplyCodes } from '../../src/explain/normalize.js';

const GENERIC = ['<domain> Service not available, closing transmission channel', 'Requested action not taken: mailbox unavailable'];
const matcher = new LiteralMatcher(
  [
    ['Service not available'], // 0: wholly inside the 421 phrase
    ['550 5.5.0 Requested action not taken: mailbox unavailable. Contact the help desk of <domain>.'], // 1: one generic sentence, one not
    ['Max message per connection reached, closing transmission channel'], // 2: contains a generic tail, is not one
    ['ice not available'], // 3: inside the phrase, but not as whole words
  ],
  GENERIC,
);
const search = (text: string) => new Map(matcher.search(stripReplyCodes(normalizeForMatch(text))).map((h) => [h.entry, h]));

test('a literal that is only a standard phrase is found, with no distinctive characters', () => {
  const h = search('421 mx.example.org Service not available, closing transmission channel').get(0);
  assert.equal(h?.strength, 1);
  assert.equal(h?.distinctiveChars, 0);
});

test('distinctive characters count only the fragments outside the generic phrases', () => {
  const generic = search('550 Requested action not taken: mailbox unavailable').get(1);
  assert.ok(generic && generic.strength < 1 && generic.matchedChars > 0);
  assert.equal(generic.distinctiveChars, 0);
  const both = search('550 5.5.0 Requested action not taken: mailbox unavailable. Contact the help desk of example.org.').get(1);
  assert.equal(both?.strength, 1);
  assert.equal(both?.distinctiveChars, 'contact the help desk of'.length);
});

test('a vendor sentence around a standard phrase is distinctive; a piece inside a word is not generic', () => {
  const yahoo = search('421 Max message per connection reached, closing transmission channel').get(2);
  assert.equal(yahoo?.distinctiveChars, yahoo?.matchedChars);
  const partWord = search('the slice not available').get(3);
  assert.equal(partWord?.distinctiveChars, 'ice not available'.length);
});

test('without generic phrases every found character is distinctive', () => {
  const plain = new LiteralMatcher([['Service not available']]);
  const [h] = plain.search('service not available');
  assert.equal(h?.distinctiveChars, h?.matchedChars);
});
