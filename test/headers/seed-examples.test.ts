// The seed's two header examples ("Why does DMARC fail?"): what the "done when" asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeHeaders } from '../../src/index.js';
import { seedHeaderExamples } from './seed-examples.js';

const [first, second] = seedHeaderExamples();

test('seed example 1: spf-none, dkim-none and dmarc-fail, with action=oreject read as "rejected"', () => {
  assert.ok(first);
  const a = analyzeHeaders(first);
  const ids = a.findings.map((f) => f.id);
  for (const id of ['spf-none', 'dkim-none', 'dmarc-fail']) assert.ok(ids.includes(id as never), `missing ${id} in ${ids.join(',')}`);
  assert.equal(a.auth.dmarc?.result, 'fail');
  assert.equal(a.auth.dmarc?.action, 'oreject');
  assert.equal(a.auth.dmarc?.disposition, 'rejected');
  const dm = a.findings.find((f) => f.id === 'dmarc-fail');
  assert.match(dm?.detail ?? '', /oreject — read as "rejected"/);
  assert.equal(a.auth.compauth?.reason, '000');
  assert.equal(a.auth.spf?.domain, 'o365e083.onmicrosoft.com');
  assert.equal(a.auth.spf?.clientIp, '40.95.88.73');
  // The A-R with no authserv-id is the trusted one; the -Original copy is an upstream claim.
  assert.equal(a.auth.trustedFrom?.header, 'Authentication-Results');
  const original = a.auth.records.find((r) => r.header === 'Authentication-Results-Original');
  assert.equal(original?.trusted, false);
  // The stray "Transport; <date>" line before the first field is skipped with a warning.
  assert.ok(a.warnings.some((w) => /before the first header field/.test(w)));
  for (const f of a.findings) assert.ok(f.evidence.length > 0 && f.evidence.every((e) => e.text.length > 0), `${f.id} has no evidence`);
});

test('seed example 2: alignment-mismatch names both onmicrosoft.com tenants and explains strict and relaxed', () => {
  assert.ok(second);
  const a = analyzeHeaders(second);
  const f = a.findings.find((x) => x.id === 'alignment-mismatch');
  assert.ok(f, `no alignment-mismatch in ${a.findings.map((x) => x.id).join(',')}`);
  assert.match(f.detail, /Return-Path and Sender: o365e039\.onmicrosoft\.com against From: o365e083\.onmicrosoft\.com/);
  assert.match(f.detail, /Strict alignment: not aligned/);
  assert.match(f.detail, /Relaxed alignment: aligned, because both names reduce to the organisational domain onmicrosoft\.com/);
  assert.match(f.detail, /onmicrosoft\.com is not a public suffix/);
  assert.equal(a.alignment.from, 'o365e083.onmicrosoft.com');
  assert.equal(a.alignment.mailFrom, 'o365e039.onmicrosoft.com');
  assert.equal(a.alignment.mailFromSource, 'Return-Path');
  assert.equal(a.alignment.sender, 'o365e039.onmicrosoft.com');
  assert.equal(a.alignment.mode, 'relaxed');
  assert.equal(a.summary.dateIso, '2023-04-11T16:20:03.000Z');
  const quoted = f.evidence.map((e) => e.where);
  assert.deepEqual(quoted, ['header:From', 'header:Return-Path', 'header:Sender']);
});
