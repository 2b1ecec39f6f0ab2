/**
 * Worker thread of `ndr parse --jobs N`: parses the messages it is sent and posts their records
 * back, tagged with the sequence number so the main thread can keep input order.
 */
import { parentPort } from 'node:worker_threads';
import { recordsForMessage } from './records-for-message.js';

interface Job {
  readonly seq: number;
  readonly file: string;
  readonly bytes: Uint8Array;
}

parentPort?.on('message', (job: Job) => {
  try {
    const r = recordsForMessage(job.file, job.bytes);
    parentPort?.postMessage({ seq: job.seq, records: r.records, error: r.error });
  } catch (err) {
    parentPort?.postMessage({ seq: job.seq, records: [], fatal: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
