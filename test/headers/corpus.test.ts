// Contract over every corpus message and documentation sample, both header blocks (the message's
// own and, for NDRs, the original's): no throw, hops numbered from the bottom, delays consistent
// with dates, evidence quoting text that is in the input, trusted results from one place, and the
// same answer for CRLF and LF line ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeHeaders } from '../../src/index.js';
import type { HeaderAnalysis } from '../../src/index.js';

const root = new URL('../fixtures/', import.meta.url);
const files = [
  ...readdirSync(new URL('sisimai/eml/', root)).filter((f) => f.endsWith('.eml')).map((f) => `sisimai/eml/${f}`),
  ...readdirSync(new URL('msdocs/', root)).filter((f) => f.endsWith('.txt')).map((f) => `msdocs/${f}`),
];

const squash = (s: string): string => s.replace(/\s+/g, '');

function checkContract(name: string, _input: string, a: HeaderAnalysis): void {
  a.hops.forEach((h, i) => {
    assert.equal(h.hop, i + 1, `${name}: hop numbering`);
    if (h.clockSkew) assert.ok((h.delaySeconds ?? 0) < 0, `${name}: skew without a negative delay`);
    if (h.date !== '') assert.ok(!Number.isNaN(Date.parse(h.date)), `${name}: bad ISO date`);
  });
  // Hop 1 is the bottom-most Received field: field indexes fall as hops rise.
  for (let i = 1; i < a.hops.length; i++) assert.ok((a.hops[i] as { fieldIndex: number }).fieldIndex < (a.hops[i - 1] as { fieldIndex: number }).fieldIndex, `${name}: hop order`);
  const trusted = a.auth.records.filter((r) => r.trusted);
  if (trusted.length > 0) assert.equal(new Set(trusted.map((r) => r.authservId)).size, 1, `${name}: trusted records from two authserv-ids`);
  // Evidence quotes a field of the analysed block: "<name>: <value>", whitespace collapsed, maybe cut.
  const quoted = new Set((a.fields ?? []).map((f) => squash(`${f.name}:${f.value}`)));
  for (const f of a.findings) {
    assert.ok(f.title !== '' && f.detail !== '' && f.fix !== '', `${name}: ${f.id} has empty text`);
    for (const e of f.evidence) {
      const q = squash(e.text.replace(/…$/, ''));
      assert.ok([...quoted].some((x) => x.startsWith(q)), `${name}: ${f.id} evidence "${e.text.slice(0, 60)}" quotes no field`);
    }
  }
  for (const h of a.antispam.headers) for (const f of h.fields) if (f.known) assert.notEqual(f.meaning, '', `${name}: known field ${f.key} without meaning`);
}

test(`corpus contract over ${files.length} fixtures, both header blocks`, () => {
  let blocks = 0;
  for (const file of files) {
    const raw = readFileSync(new URL(file, root), 'latin1');
    for (const part of ['outer', 'original'] as const) {
      const a = analyzeHeaders(raw, { part, includeFields: true });
      if (part === 'original' && a.summary.source === 'header-block') continue;
      blocks++;
      checkContract(`${file}:${part}`, raw, a);
      // CRLF and LF inputs give the same analysis.
      const crlf = analyzeHeaders(raw.replace(/\r?\n/g, '\r\n'), { part, includeFields: true });
      assert.deepEqual(crlf, a, `${file}:${part}: CRLF differs from LF`);
      // Deterministic.
      assert.deepEqual(analyzeHeaders(raw, { part, includeFields: true }), a, `${file}:${part}: not deterministic`);
    }
  }
  assert.ok(blocks > files.length, `only ${blocks} header blocks read`);
});

test('truncated corpus messages never throw and keep the contract', () => {
  for (const file of files.slice(0, 120)) {
    const raw = readFileSync(new URL(file, root), 'latin1');
    for (const cut of [1, 7, 0.33, 0.5, 0.9]) {
      const n = cut < 1 ? Math.floor(raw.length * cut) : cut;
      const t = raw.slice(0, n);
      checkContract(`${file}@${n}`, t, analyzeHeaders(t, { includeFields: true }));
    }
  }
});
