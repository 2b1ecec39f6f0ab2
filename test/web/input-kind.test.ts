// detectInputKind: the page picks the analysis from what was pasted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { detectInputKind } from '../../src/web/input-kind.js';

const seed = readFileSync(new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url), 'utf8');

/** The fenced block of the seed that follows `marker`. */
function seedBlock(marker: string): string {
  const at = seed.indexOf(marker);
  assert.ok(at >= 0, `seed has ${marker}`);
  const open = seed.indexOf('```', at);
  const start = seed.indexOf('\n', open) + 1;
  return seed.slice(start, seed.indexOf('```', start));
}

test('empty and blank input', () => {
  assert.equal(detectInputKind(''), 'empty');
  assert.equal(detectInputKind(' \n\t\r\n'), 'empty');
});

test('codes and reply lines are explained', () => {
  for (const s of ['5.7.1', '550 5.1.1 User unknown', 'RESOLVER.ADR.RecipNotFound', '  550-5.7.26 Unauthenticated email from example.com is not accepted ']) {
    assert.equal(detectInputKind(s), 'code', s);
  }
});

test("the seed's example NDR (copied text, no headers) is NDR text", () => {
  assert.equal(detectInputKind(seedBlock('Suppose you receive an Exchange NDR')), 'ndr-text');
});

test("the seed's DMARC header example is a header block, despite its stray first line", () => {
  assert.equal(detectInputKind(seedBlock('SPF/DKIM Failures')), 'headers');
  assert.equal(detectInputKind(seedBlock('P1 and P2 Domains')), 'headers');
});

test('a whole message (headers, blank line, body) is a message; CRLF or LF', () => {
  const msg = 'From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system.\n';
  assert.equal(detectInputKind(msg), 'message');
  assert.equal(detectInputKind(msg.replace(/\n/g, '\r\n')), 'message');
  assert.equal(detectInputKind('From: a@b\r\nSubject: x\r\n\r\n'), 'headers');
});

test('every corpus message is read as a message', () => {
  const dir = new URL('../fixtures/sisimai/eml/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  assert.ok(files.length > 400);
  const wrong = files.filter((f) => detectInputKind(readFileSync(new URL(f, dir), 'latin1')) !== 'message');
  assert.deepEqual(wrong, []);
});

test('bounded: a huge single line or a huge header block answers quickly', () => {
  assert.equal(detectInputKind('5'.repeat(5_000_000)), 'code');
  const many = 'X-H: v\n'.repeat(100_000);
  assert.equal(detectInputKind(many), 'message');
});
