// Seeded fuzzing of the whole parser: mutated corpus messages (byte flips, cuts, duplicated and
// deleted lines, spliced parts, huge lines) must never throw and never hang; adversarial inputs
// aimed at each regex must run in time linear in their size (a quadratic regex would take
// minutes on these sizes, so a generous bound still catches it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes, corpusFiles, prng } from '../helpers/corpus.js';

/** A per-message bound far above normal (~0.1 ms) that only a hang or a blow-up exceeds. */
const MAX_MS_PER_MESSAGE = 3000;

function mutate(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const lines = text.split('\n');
  const op = Math.floor(rnd() * 7);
  switch (op) {
    case 0: {
      const b = Uint8Array.from(bytes);
      for (let k = 0; k < 1 + rnd() * 20; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      return b;
    }
    case 1:
      return bytes.subarray(0, Math.floor(rnd() * bytes.length));
    case 2: {
      const i = Math.floor(rnd() * lines.length);
      lines.splice(i, 0, ...lines.slice(i, i + 1 + Math.floor(rnd() * 30)));
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 3: {
      const i = Math.floor(rnd() * lines.length);
      lines.splice(i, Math.floor(rnd() * 20));
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 4: {
      const i = Math.floor(rnd() * lines.length);
      lines[i] = (lines[i] ?? '') + 'x@y.z 550 5.1.1 '.repeat(2000 + Math.floor(rnd() * 5000));
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 5: {
      // splice a random slice of another position in (breaks MIME structure)
      const a = Math.floor(rnd() * bytes.length);
      const b = Math.floor(rnd() * bytes.length);
      return Buffer.concat([bytes.subarray(0, a), bytes.subarray(b)]);
    }
    default:
      return Buffer.from(text.replace(/\n/g, rnd() < 0.5 ? '\r' : '\r\n').replace(/boundary="?/i, 'boundary="zz'), 'latin1');
  }
}

test('mutated corpus messages never throw and never hang (seeded)', () => {
  const rnd = prng(20260304);
  const files = corpusFiles();
  let runs = 0;
  for (let i = 0; i < 1500; i++) {
    const f = files[Math.floor(rnd() * files.length)] as string;
    const input = mutate(corpusBytes(f), rnd);
    const t0 = performance.now();
    let r;
    try {
      r = parseBounceSync(input, { file: f });
    } catch (err) {
      assert.fail(`mutation ${i} of ${f} threw: ${(err as Error).stack}`);
    }
    const ms = performance.now() - t0;
    assert.ok(ms < MAX_MS_PER_MESSAGE, `mutation ${i} of ${f} took ${ms.toFixed(0)} ms`);
    assert.ok(Array.isArray(r.records) && Array.isArray(r.warnings));
    runs++;
  }
  assert.equal(runs, 1500);
});

const HUGE = 2_000_000;
const ADVERSARIAL: Record<string, string> = {
  'encoded-word starts': 'Subject: ' + '=?utf-8?B?'.repeat(HUGE / 10) + '\n\nx',
  'address-like runs': 'X-Failed-Recipients: ' + 'a.'.repeat(HUGE / 2) + '\n\n' + 'a@b.'.repeat(HUGE / 4),
  'status-like runs': 'Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@b.c\nDiagnostic-Code: smtp; ' + '5.5.5.'.repeat(HUGE / 6),
  'reply-code runs': 'X-Failed-Recipients: a@b.c\n\na@b.c\n ' + '550-550 '.repeat(HUGE / 8),
  'html tags': 'Content-Type: text/html\n\n' + '<a '.repeat(HUGE / 3) + '<script>' + '<'.repeat(HUGE / 2),
  'folded header': 'Subject: x\n' + ' y\n'.repeat(HUGE / 3) + '\nbody',
  'boundary storm': 'Content-Type: multipart/mixed; boundary=b\n\n' + '--b\n'.repeat(HUGE / 4),
  'delivery-status fields': 'Content-Type: message/delivery-status\n\n' + 'Final-Recipient: rfc822; a@b.c\n'.repeat(HUGE / 30),
  'generating server lines': 'Generating server: x\n' + 'a@b.c\n#'.repeat(HUGE / 8),
  'parameters': 'Content-Type: text/plain' + '; a*=b'.repeat(HUGE / 6) + '\n\nx',
  'no line breaks': 'a'.repeat(HUGE),
  'dates': 'Date: ' + '('.repeat(HUGE / 2) + '\n\nx',
};

for (const [name, input] of Object.entries(ADVERSARIAL)) {
  test(`adversarial input runs in linear time: ${name}`, () => {
    const t0 = performance.now();
    parseBounceSync(input);
    const ms = performance.now() - t0;
    assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms on ${input.length} chars`);
  });
}
