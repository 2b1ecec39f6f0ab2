// Every knowledge-base entry, not only the seed rows: its code (or one of its codes) with each of
// its literal replies ranks it first, unless another entry holds the same code and a literal that
// the same input also contains (then the input cannot tell them apart, and both must be offered).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../../src/explain/explain.js';
import { normalizeForMatch } from '../../src/explain/normalize.js';
import { ALL_ENTRIES } from '../../src/kb/index.js';

const norm = (s: string) => normalizeForMatch(s).replace(/<[^>]*>|\[[^\]]*\]/g, ' ').trim();

test('every entry\'s code with its own reply text ranks it first (or offers it, when the input is ambiguous)', () => {
  let checked = 0;
  let ambiguous = 0;
  const failures: string[] = [];
  for (const e of ALL_ENTRIES) {
    for (const reply of e.replies) {
      for (const code of e.codes.length > 0 ? e.codes : ['']) {
        const input = `${e.basic?.[0] ?? ''} ${code} ${reply}`.trim();
        const text = norm(input);
        const rivals = ALL_ENTRIES.filter(
          (o) => o !== e && (code === '' || o.codes.includes(code)) && o.replies.some((r) => norm(r).split(/\s+/).length >= 2 && text.includes(norm(r))),
        );
        const r = explain(input);
        checked++;
        if (rivals.length > 0) {
          ambiguous++;
          if (!r.matches.some((m) => m.id === e.id)) failures.push(`${e.id}: not offered for ${JSON.stringify(input)}`);
        } else if (r.matches[0]?.id !== e.id) {
          failures.push(`${e.id}: ${JSON.stringify(input)} ranked ${r.matches.slice(0, 2).map((m) => m.id).join(', ')}`);
        }
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 300, `checked ${checked}`);
  assert.ok(ambiguous < checked / 20, `${ambiguous} ambiguous inputs of ${checked}`);
});
