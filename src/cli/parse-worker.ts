/**
 * Worker thread of `ndr parse --jobs N`: parses the batches of messages it is sent, formats each
 * message's records (JSON or CSV) and encodes the whole batch's output as UTF-8 into one buffer,
 * which it transfers (moves, not copies) to the main thread with each message's byte length.
 * The main thread then only splits the input, hands out batches and writes bytes in order: when
 * it also encoded every record, it competed with the workers for the CPU and `--jobs 2` was no
 * faster than one job on two cores. Batches are tagged with sequence numbers so the main thread
 * keeps input order.
 */
import { parentPort } from 'node:worker_threads';
import { formatRecords, type OutputFormat } from './record-format.js';
import { recordsForMessage } from './records-for-message.js';

/** A batch of messages to parse. */
export interface WorkerBatch {
  readonly format: OutputFormat;
  readonly jobs: readonly { readonly seq: number; readonly file: string; readonly message?: number; readonly bytes: Uint8Array }[];
}

/** What the worker found in one message; its output is the next `length` bytes of the batch buffer. */
export interface WorkerResult {
  readonly seq: number;
  readonly length: number;
  readonly count: number;
  readonly bounce: boolean;
  readonly error?: { readonly code: string; readonly message: string };
  /** The worker failed on this message (a bug, not bad mail): the run stops with this stack. */
  readonly fatal?: string;
}

/** The answer to one batch: the results in the batch's order, and their output back to back. */
export interface WorkerReply {
  readonly results: readonly WorkerResult[];
  readonly output: ArrayBuffer;
}

/** Parses and encodes one batch. */
export function parseBatch(batch: WorkerBatch): WorkerReply {
  const texts: string[] = [];
  const results: WorkerResult[] = [];
  let total = 0;
  for (const job of batch.jobs) {
    let text = '';
    let result: Omit<WorkerResult, 'length'>;
    try {
      const r = recordsForMessage(job.file, job.bytes, job.message);
      text = formatRecords(r.records, batch.format);
      result = { seq: job.seq, count: r.records.length, bounce: r.records.some((x) => x.kind !== 'not-bounce'), ...(r.error ? { error: r.error } : {}) };
    } catch (err) {
      result = { seq: job.seq, count: 0, bounce: false, fatal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    const length = Buffer.byteLength(text, 'utf8');
    total += length;
    texts.push(text);
    results.push({ ...result, length });
  }
  // its own memory (not Node's shared pool), so it can be transferred
  const out = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const text of texts) at += out.write(text, at, 'utf8');
  return { results, output: out.buffer as ArrayBuffer };
}

parentPort?.on('message', (batch: WorkerBatch) => {
  const reply = parseBatch(batch);
  parentPort?.postMessage(reply, [reply.output]);
});
