// parseBounce end to end: the public API's contract, the seed's pasted Exchange NDR, record
// fields, line-end independence over the whole corpus, and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBounce, NdrkitError, REASON_IDS, OWNERS, RECORD_KINDS } from '../../src/index.js';
import { parseBounceSync } from '../../src/parse/parse-bounce.js';
import { corpusBytes, corpusFiles, lineEndVariants, PLAIN_MESSAGE } from '../helpers/corpus.js';
import { SEED_CONTOSO_NDR } from '../helpers/seed-ndr.js';

const SEED_PASTE = `${SEED_CONTOSO_NDR}Received: from mail.fabrikam.com by alpineskihouse.com; Tue, 3 Mar 2026 10:00:00 +0000
From: Sender <sender@fabrikam.com>
To: Ronald <ronald@contoso.com>
Subject: Quarterly numbers
Message-ID: <q1@fabrikam.com>
Date: Tue, 3 Mar 2026 09:59:58 +0000
`;

test("the seed's pasted Exchange NDR (no MIME at all) yields the rejecting and the reporting server", async () => {
  const r = await parseBounce(SEED_PASTE);
  assert.equal(r.records.length, 1);
  const rec = r.records[0]!;
  assert.equal(rec.recipient, 'ronald@contoso.com');
  assert.equal(rec.status, '5.7.1');
  assert.equal(rec.replyCode, '530');
  assert.equal(rec.remoteMta, 'mail.contoso.com');
  assert.equal(rec.reportingMta, 'alpineskihouse.com');
  assert.equal(rec.diagnosticCode, '530 5.7.1 Client was not authenticated');
  assert.equal(rec.kind, 'bounce');
  assert.equal(rec.file, '');
  assert.equal(rec.original.subject, 'Quarterly numbers');
  assert.equal(rec.original.messageId, 'q1@fabrikam.com');
  assert.match(r.originalHeaders ?? '', /^Received: from mail\.fabrikam\.com/);
  assert.ok(rec.evidence?.some((e) => e.text.includes('#5.7.1 smtp;530')));
});

test('the same NDR as a message with CRLF line ends gives the same record', async () => {
  const msg = 'From: postmaster@alpineskihouse.com\r\nSubject: Undeliverable: Quarterly numbers\r\n\r\n' + SEED_PASTE.replace(/\n/g, '\r\n');
  const a = (await parseBounce(msg)).records[0]!;
  const b = (await parseBounce(SEED_PASTE)).records[0]!;
  assert.deepEqual({ ...a, date: '' }, { ...b, date: '' });
});

test('every record carries every contract field with valid values', async () => {
  for (const f of corpusFiles().slice(0, 120)) {
    const r = await parseBounce(corpusBytes(f), { file: f });
    for (const rec of r.records) {
      for (const k of ['file', 'recipient', 'kind', 'action', 'status', 'replyCode', 'diagnosticCode', 'reason', 'hardBounce', 'owner', 'remoteMta', 'reportingMta', 'command', 'date', 'detector', 'original', 'kbId']) {
        assert.ok(k in rec, `${f}: no ${k}`);
      }
      assert.equal(rec.file, f);
      assert.ok((REASON_IDS as readonly string[]).includes(rec.reason));
      assert.ok((OWNERS as readonly string[]).includes(rec.owner));
      assert.ok((RECORD_KINDS as readonly string[]).includes(rec.kind));
      assert.match(rec.status, /^(?:[245]\.\d{1,3}\.\d{1,3})?$/);
      assert.match(rec.replyCode, /^(?:[245]\d\d)?$/);
      assert.match(rec.date, /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)?$/);
      if (rec.kind !== 'bounce') assert.equal(rec.hardBounce, false);
    }
  }
});

test('CRLF, LF and CR versions of every corpus message give the same records', () => {
  for (const f of corpusFiles()) {
    const v = lineEndVariants(corpusBytes(f));
    const lf = parseBounceSync(v.lf, { file: f });
    assert.deepEqual(parseBounceSync(v.crlf, { file: f }).records, lf.records, `${f}: CRLF`);
    assert.deepEqual(parseBounceSync(v.cr, { file: f }).records, lf.records, `${f}: CR`);
  }
});

test('a plain message and empty input give no record and no error', async () => {
  assert.deepEqual((await parseBounce(PLAIN_MESSAGE)).records, []);
  const empty = await parseBounce(new Uint8Array(0));
  assert.deepEqual(empty.records, []);
  assert.deepEqual(empty.warnings, ['empty input']);
});

test('binary input (an image, an archive, UTF-16 text) gives no record and says it is not text', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...Array.from({ length: 300 }, (_, i) => (i * 91) % 256)]);
  const utf16 = new Uint8Array(Buffer.from('\ufeffSubject: hello\r\n\r\nnot a bounce', 'utf16le'));
  for (const [name, bytes] of [['png', png], ['zip', zip], ['utf-16', utf16]] as const) {
    const r = parseBounceSync(bytes);
    assert.equal(r.records.length, 0, name);
    assert.ok(r.warnings.some((w) => w.includes('binary data')), `${name}: ${r.warnings.join('; ')}`);
  }
  // ordinary text that is not a bounce gets no such warning
  assert.ok(!parseBounceSync(PLAIN_MESSAGE).warnings.some((w) => w.includes('binary data')));
  assert.ok(!parseBounceSync('Grüße aus Köln – 東京 😀\n'.repeat(50)).warnings.some((w) => w.includes('binary data')));
});

test('caller mistakes are NdrkitErrors with a code', async () => {
  await assert.rejects(parseBounce(42 as unknown as string), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_INVALID_INPUT');
  await assert.rejects(parseBounce('x', { file: 3 as unknown as string }), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_INVALID_OPTION');
  await assert.rejects(parseBounce(new Uint8Array(65 * 1024 * 1024)), (e: unknown) => e instanceof NdrkitError && e.code === 'ERR_TOO_LARGE');
});

test('a bounce forwarded inside another message is read from the enclosed message', async () => {
  const inner = Buffer.from(corpusBytes('lhost-postfix-01.eml')).toString('latin1').replace(/^From [^\n]*\n/, '');
  const outer = `From: admin@example.org\nTo: dev@example.org\nSubject: Fwd: look at this bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="F"\n\n--F\nContent-Type: text/plain\n\nSee attached.\n--F\nContent-Type: message/rfc822\n\n${inner}\n--F--\n`;
  const direct = await parseBounce(corpusBytes('lhost-postfix-01.eml'));
  const fwd = await parseBounce(Buffer.from(outer, 'latin1'));
  assert.ok(direct.records.length > 0);
  assert.deepEqual(fwd.records.map((r) => [r.recipient, r.status, r.reason]), direct.records.map((r) => [r.recipient, r.status, r.reason]));
});
