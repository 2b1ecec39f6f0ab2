// squeezeWhiteSpace is a faster spelling of `text.replace(/\s+/g, ' ')`: it must give the same
// string for any text, including every white-space character JavaScript's `\s` knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { squeezeWhiteSpace } from '../../src/dsn/white-space.js';

/** Every character `\s` matches, found by testing the whole BMP (so the list cannot go stale). */
const WHITE: readonly string[] = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));

test('squeezes like /\\s+/g for any text mixing white space and other characters', () => {
  const piece = fc.oneof(fc.constantFrom(...WHITE), fc.string({ maxLength: 4, unit: 'grapheme' }), fc.constant(' '));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(squeezeWhiteSpace(text), text.replace(/\s+/g, ' '));
    }),
    { numRuns: 3000 },
  );
});

test('each white-space character alone, doubled and next to a space becomes one space', () => {
  assert.ok(WHITE.length >= 20, 'the BMP has at least 20 white-space characters');
  for (const ch of WHITE) {
    for (const t of [ch, ch + ch, ` ${ch}`, `${ch} `, `a${ch}b`]) assert.equal(squeezeWhiteSpace(t), t.replace(/\s+/g, ' '), JSON.stringify(t));
  }
  assert.equal(squeezeWhiteSpace('no  white\tspace\r\n here'), 'no white space here');
});
