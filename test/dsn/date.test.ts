// toIsoDate reads the plain RFC 5322 form itself (Date.parse on it was slow): for every such
// date it must give what Date.parse gives, and the unusual forms still go to Date.parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toIsoDate } from '../../src/dsn/date.js';

/** What toIsoDate gave before the shortcut: Date.parse on the cleaned value. */
function viaDateParse(v: string): string {
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return '';
  const d = new Date(t);
  return d.getUTCFullYear() < 1980 || d.getUTCFullYear() > 2200 ? '' : d.toISOString();
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

test('RFC 5322 dates give what Date.parse gives, out-of-range fields included', () => {
  fc.assert(
    fc.property(
      fc.option(fc.constantFrom(...DAYS)),
      fc.boolean(),
      fc.integer({ min: 0, max: 35 }),
      fc.constantFrom(...MONTHS),
      fc.integer({ min: 1900, max: 2300 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.option(fc.integer({ min: 0, max: 61 })),
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      (day, padDay, d, mon, y, h, mi, s, sign, zh, zm) => {
        const v = `${day ? `${day}, ` : ''}${padDay ? two(d) : d} ${mon} ${y} ${two(h)}:${two(mi)}${s === null ? '' : `:${two(s)}`} ${sign}${two(zh)}${two(zm)}`;
        assert.equal(toIsoDate(v), viaDateParse(v), v);
      },
    ),
    { numRuns: 5000 },
  );
});

test('other forms still read through Date.parse', () => {
  assert.equal(toIsoDate('Fri, 21 Nov 2014 14:17:34 -0800 (PST)'), '2014-11-21T22:17:34.000Z');
  assert.equal(toIsoDate('Thu, 29 Apr 2010 23:34:45 +0900 JST'), '2010-04-29T14:34:45.000Z');
  assert.equal(toIsoDate('31 Jan 2015 12:00:00 GMT'), '2015-01-31T12:00:00.000Z');
  assert.equal(toIsoDate('2015-01-31T12:00:00Z'), '2015-01-31T12:00:00.000Z');
  assert.equal(toIsoDate('Wed, 30 Feb 2011 10:00:00 +0000'), viaDateParse('Wed, 30 Feb 2011 10:00:00 +0000'));
  assert.equal(toIsoDate('not a date'), '');
  assert.equal(toIsoDate('Mon, 1 Jan 1970 00:00:00 +0000'), '');
});

test('the ISO form is what Date#toISOString writes, across the accepted years and at their edges', () => {
  const first = Date.UTC(1980, 0, 1);
  const afterLast = Date.UTC(2201, 0, 1);
  fc.assert(
    fc.property(fc.integer({ min: first - 10 * 86_400_000, max: afterLast + 10 * 86_400_000 }), (t) => {
      const iso = new Date(t).toISOString();
      assert.equal(toIsoDate(iso), t >= first && t < afterLast ? iso : '', iso);
    }),
    { numRuns: 20000 },
  );
  for (const t of [first, first - 1, afterLast - 1, afterLast, Date.UTC(2000, 1, 29, 12), Date.UTC(2100, 1, 28, 23, 59, 59, 5)]) {
    const iso = new Date(t).toISOString();
    assert.equal(toIsoDate(iso), t >= first && t < afterLast ? iso : '', iso);
  }
});
