// The worker of `ndr parse --jobs`: one batch's output comes back as one UTF-8 buffer with each
// message's byte length, and the slices are exactly what the main thread would have printed for
// each message (multi-byte characters included), in the batch's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch, type WorkerBatch } from '../../src/cli/parse-worker.js';
import { formatRecords, type OutputFormat } from '../../src/cli/record-format.js';
import { recordsForMessage } from '../../src/cli/records-for-message.js';
import { buildDsn } from '../helpers/build-bounce.js';
import { PLAIN_MESSAGE } from '../helpers/corpus.js';

const enc = new TextEncoder();

test('parseBatch: each message\'s slice of the buffer is its formatted records, in order, in every format', () => {
  const messages = [
    buildDsn({ reply: '550 5.1.1 Empfänger unbekannt', recipient: 'a@example.org' }),
    PLAIN_MESSAGE,
    '',
    buildDsn({ reply: '552 5.2.2 メールボックスが一杯です 📬', recipient: 'b@example.org' }),
  ];
  for (const format of ['jsonl', 'json', 'csv'] as OutputFormat[]) {
    const batch: WorkerBatch = { format, jobs: messages.map((m, i) => ({ seq: 10 + i, file: `dir/é${i}.eml`, message: i + 1, bytes: enc.encode(m) })) };
    const reply = parseBatch(batch);
    assert.deepEqual(reply.results.map((r) => r.seq), [10, 11, 12, 13]);
    assert.equal(reply.results.reduce((n, r) => n + r.length, 0), reply.output.byteLength);
    let at = 0;
    messages.forEach((m, i) => {
      const r = reply.results[i];
      assert.ok(r);
      const expected = recordsForMessage(`dir/é${i}.eml`, enc.encode(m), i + 1);
      const slice = Buffer.from(reply.output, at, r.length);
      assert.equal(slice.toString('utf8'), formatRecords(expected.records, format), `${format} message ${i}`);
      assert.equal(r.count, expected.records.length);
      assert.equal(r.bounce, expected.records.some((x) => x.kind !== 'not-bounce'));
      assert.equal(r.fatal, undefined);
      at += r.length;
    });
    assert.equal(reply.results[0]?.bounce, true);
    assert.equal(reply.results[1]?.bounce, false);
  }
});
