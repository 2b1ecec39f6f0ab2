// Walks every row of the seed's code table (parsed from the fixture itself): the row's code with
// its literal text must rank that row's entry first, and the code alone must return the row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../../src/explain/explain.js';
import { EXCHANGE_ONLINE_ENTRIES } from '../../src/kb/index.js';
import type { KbEntry } from '../../src/kb/types.js';
import { readSeedTable, type SeedRow } from './seed-table.js';

const rows = readSeedTable();
const seedEntries = EXCHANGE_ONLINE_ENTRIES.filter((e) => e.seedRow === true);

/** The codes a literal belongs to: a literal that starts with a code belongs to that code only. */
function codesFor(row: SeedRow, literal: string): readonly string[] {
  const own = row.codes.filter((c) => literal.startsWith(`${c} `));
  return own.length > 0 ? own : row.codes;
}

/** White space as the seed prints it (some rows use U+202F) folded to plain spaces. */
const plain = (s: string): string => s.replace(/\s+/g, ' ');

/** The row's entry for one code and literal: a seed-row entry holding both. */
function entryFor(code: string | null, literal: string): KbEntry | undefined {
  return seedEntries.find((e) => e.replies.some((r) => plain(r) === plain(literal)) && (code === null ? e.codes.length === 0 : e.codes.includes(code)));
}

test('the seed table parses to its 68 rows', () => {
  assert.equal(rows.length, 68);
  assert.equal(rows.filter((r) => r.codes.length === 0).length, 1, 'one n/a row');
});

for (const row of rows) {
  const label = `seed row ${row.row} (${row.cell})`;
  if (row.codes.length === 0) {
    for (const literal of row.literals) {
      test(`${label}: the reply text alone finds the row`, () => {
        const expected = entryFor(null, literal);
        assert.ok(expected, `no code-less seed entry holds the literal ${JSON.stringify(literal)}`);
        const r = explain(literal);
        assert.equal(r.matches[0]?.id, expected.id);
        assert.equal(plain(r.matches[0]?.matchedText ?? ''), plain(literal));
      });
    }
    continue;
  }
  for (const literal of row.literals) {
    for (const code of codesFor(row, literal)) {
      test(`${label}: ${code} with its text ranks the row first`, () => {
        const expected = entryFor(code, literal);
        assert.ok(expected, `no seed entry holds ${code} with ${JSON.stringify(literal)}`);
        const prefix = row.basic ? `${row.basic} ` : '';
        const input = literal.startsWith(`${code} `) ? `${prefix}${literal}` : `${prefix}${code} ${literal}`;
        const r = explain(input);
        assert.equal(r.matches[0]?.id, expected.id, `input ${JSON.stringify(input)} ranked ${r.matches.slice(0, 3).map((m) => m.id).join(', ')}`);
        assert.equal(r.matches[0]?.matchedCode, code);
      });
      test(`${label}: ${code} alone returns the row`, () => {
        const expected = entryFor(code, literal);
        assert.ok(expected);
        const ids = explain(code).matches.map((m) => m.id);
        assert.ok(ids.includes(expected.id), `${code} alone gave ${ids.join(', ')}`);
      });
      const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(code);
      if (range) {
        const inside = `${range[1]}.${Number(range[2]) + 12}`;
        test(`${label}: ${inside}, inside the range, with the text ranks the row first`, () => {
          const expected = entryFor(code, literal);
          assert.ok(expected);
          const r = explain(`${inside} ${literal}`);
          assert.equal(r.matches[0]?.id, expected.id);
          assert.equal(r.matches[0]?.matchedCode, inside);
        });
      }
    }
    if (row.codes.length > 1 && !row.codes.some((c) => literal.startsWith(`${c} `))) {
      test(`${label}: the cell as printed, with the text, ranks the row first`, () => {
        const r = explain(`${row.cell} ${literal}`);
        assert.equal(r.matches[0]?.id, entryFor(row.codes[0] as string, literal)?.id);
        assert.deepEqual(r.codes.map((c) => c.enhanced), row.codes);
      });
    }
  }
}
