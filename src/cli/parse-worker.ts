/**
 * Worker thread of `ndr parse --jobs N`: parses the batches of messages it is sent and posts back
 * each message's output already formatted (JSON or CSV text): a string is far cheaper to pass
 * between threads than record objects. Batches are tagged with sequence numbers so the main
 * thread keeps input order.
 */
import { parentPort } from 'node:worker_threads';
import { formatRecords, type OutputFormat } from './record-format.js';
import { recordsForMessage } from './records-for-message.js';

interface Batch {
  readonly format: OutputFormat;
  readonly jobs: readonly { readonly seq: number; readonly file: string; readonly message?: number; readonly bytes: Uint8Array }[];
}

parentPort?.on('message', (batch: Batch) => {
  const results = batch.jobs.map((job) => {
    try {
      const r = recordsForMessage(job.file, job.bytes, job.message);
      return { seq: job.seq, text: formatRecords(r.records, batch.format), count: r.records.length, bounce: r.records.some((x) => x.kind !== 'not-bounce'), error: r.error };
    } catch (err) {
      return { seq: job.seq, text: '', count: 0, bounce: false, fatal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
  });
  parentPort?.postMessage(results);
});
