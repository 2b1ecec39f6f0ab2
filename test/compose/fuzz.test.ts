// Seeded fuzz of composeNdr: arbitrary option values either throw an NdrkitError naming a field or
// give a well-formed report with exactly the expected top-level headers; arbitrary original bytes
// never make it throw or produce a malformed report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeNdr, NdrkitError } from '../../src/index.js';
import type { ComposeNdrOptions, NdrRecipient } from '../../src/index.js';
import { assertWellFormed, fixedOptions, SEED_ORIGINAL } from './helpers.js';

const SEED = 20261127;
const HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'auto-submitted', 'mime-version', 'content-type'];

function topHeaderNames(raw: string): string[] {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return head.split('\r\n').filter((l) => !/^[ \t]/.test(l)).map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
}

/** Strings that mix plain text with what breaks mail: CR, LF, NUL, non-ASCII, markup, separators. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('ronald@contoso.com', '5.1.1', '4.4.7', '2.0.0', 'smtp; 550 5.1.1 User unknown', 'mx.contoso.com', 'a@b\r\nBcc: x@y', '<script>', '=?UTF-8?B?w6A=?=', 'é@ü.example', ''),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\r\n', '\n', '\r', '\u0000', ';', '<', '"', '\u2028'), fc.string({ maxLength: 10 })).map(([a, b, c]) => a + b + c),
);

test('arbitrary option values: a field-naming NdrkitError or a well-formed report, never an injected header', () => {
  fc.assert(
    fc.property(nasty, nasty, nasty, nasty, nasty, nasty, fc.constantFrom('failed', 'delayed', 'delivered', 'bounced'), (recipient, status, diagnosticCode, remoteMta, subject, reportingMta, action) => {
      const base = fixedOptions();
      const options = {
        ...base,
        reportingMta: reportingMta === '' ? base.reportingMta : reportingMta,
        subject,
        recipients: [{ recipient, action, status, diagnosticCode, remoteMta } as unknown as NdrRecipient],
      } as ComposeNdrOptions;
      let raw: string;
      try {
        raw = composeNdr(options);
      } catch (err) {
        assert.ok(err instanceof NdrkitError, `not an NdrkitError: ${String(err)}`);
        assert.ok(typeof err.field === 'string' && err.field !== '', 'names a field');
        return;
      }
      assertWellFormed(raw);
      assert.deepEqual(topHeaderNames(raw), HEADERS);
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('arbitrary original bytes and mutated originals never break the report', () => {
  const seedBytes = new TextEncoder().encode(SEED_ORIGINAL);
  const mutated = fc
    .tuple(fc.nat({ max: seedBytes.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat({ max: 64 }))
    .map(([at, insert, drop]) => {
      const out = new Uint8Array(seedBytes.length - Math.min(drop, seedBytes.length - at) + insert.length);
      out.set(seedBytes.subarray(0, at), 0);
      out.set(insert, at);
      out.set(seedBytes.subarray(Math.min(seedBytes.length, at + drop)), at + insert.length);
      return out;
    });
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 4096 }), mutated), fc.constantFrom('headers', 'full'), (original, returnContent) => {
      const raw = composeNdr(fixedOptions({ originalMessage: original, returnContent: returnContent as 'headers' | 'full', to: 'sam@alpineskihouse.com' }));
      assertWellFormed(raw, { allow8bit: returnContent === 'full' });
      const names = topHeaderNames(raw);
      const eight = /^[\x00-\x7f]*$/.test(raw) ? [] : ['content-transfer-encoding'];
      assert.deepEqual(names.filter((h) => h !== 'in-reply-to' && h !== 'references'), [...HEADERS.filter((h) => h !== 'in-reply-to' && h !== 'references'), ...eight]);
    }),
    { seed: SEED, numRuns: 300 },
  );
});
