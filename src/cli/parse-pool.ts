/**
 * A pool of worker threads for `ndr parse --jobs N`. Messages go out in batches (fewer, larger
 * messages between threads), their bytes transferred rather than copied; workers send back each
 * batch's output already encoded as UTF-8, in one transferred buffer. Results are emitted in
 * input order; at most `IN_FLIGHT_PER_WORKER` batches per worker and `IN_FLIGHT_BYTES` of
 * messages are outstanding, a batch is sent once it holds `BATCH_BYTES`, and answers held back
 * for order (a worker ahead of a slower one) are capped too, so memory stays bounded on huge
 * mbox files, of small or of large messages.
 */
import { Worker } from 'node:worker_threads';
import type { InputItem } from '../io/read-inputs.js';
import type { OutputFormat } from './record-format.js';
import type { WorkerBatch, WorkerReply } from './parse-worker.js';

/** Messages per batch sent to a worker. */
const BATCH_SIZE = 64;
/** Batches queued per worker before reading more input waits. */
const IN_FLIGHT_PER_WORKER = 4;
/** Message bytes per batch: a batch is sent when it holds this much, however few messages. */
const BATCH_BYTES = 4 * 1024 * 1024;
/** Message bytes sent to workers and not yet answered before reading more input waits. */
const IN_FLIGHT_BYTES = 32 * 1024 * 1024;
/**
 * Messages read and not yet written, per worker, before reading more input waits: a worker that
 * runs ahead of one stuck on a slow batch would otherwise pile up answers that wait for order.
 */
const PENDING_PER_WORKER = 2 * IN_FLIGHT_PER_WORKER * BATCH_SIZE;

/** What a worker returns for one message. */
export interface PooledResult {
  /** The message's output lines, encoded as UTF-8 (a view of the batch's buffer). */
  readonly bytes: Uint8Array;
  readonly count: number;
  readonly bounce: boolean;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Worker threads that parse a batch of inputs in parallel and hand back results in input order. */
export interface ParsePool {
  /** Parses every item of `source`; calls `onResult` in input order (error items pass through). */
  run(source: AsyncIterable<InputItem>, onResult: (item: InputItem, result: PooledResult) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

const NO_RESULT: PooledResult = { bytes: new Uint8Array(0), count: 0, bounce: false };

function spawn(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Running from source (tests, tsx): register tsx's loader inside the worker, then load it.
    const src = new URL('./parse-worker.ts', here).href;
    const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(src)}); });`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./parse-worker.js', here));
}

/**
 * A pool of up to `jobs` worker threads that format output as `format`. A worker is started when
 * a batch is ready and every started one is busy: each costs about 0.3 s of CPU to start, which
 * `ndr parse --jobs 4 one.eml` need not pay four times.
 */
export function createParsePool(jobs: number, format: OutputFormat): ParsePool {
  const workers: Worker[] = [];
  const busy: number[] = [];
  // bytes of each worker's outstanding batches, oldest first (a worker answers in order)
  const sentBytes: number[][] = [];
  let inFlightBytes = 0;
  // what the run in progress does with a worker's answer or failure
  let onReply: (i: number, reply: WorkerReply) => void = () => {};
  let onError: (err: Error) => void = () => {};
  const start = (): number => {
    const i = workers.length;
    const w = spawn();
    w.on('message', (reply: WorkerReply) => onReply(i, reply));
    w.on('error', (err) => onError(err));
    workers.push(w);
    busy.push(0);
    sentBytes.push([]);
    return i;
  };
  return {
    async run(source, onResult) {
      const pending = new Map<number, { item: InputItem; result?: PooledResult }>();
      let nextSeq = 0;
      let nextOut = 0;
      let failure: Error | null = null;
      let wake: (() => void) | null = null;
      const signal = (): void => {
        const w = wake;
        wake = null;
        w?.();
      };
      onReply = (i, reply) => {
        busy[i] = (busy[i] as number) - 1;
        inFlightBytes -= sentBytes[i]?.shift() ?? 0;
        let at = 0;
        for (const m of reply.results) {
          if (m.fatal) failure = new Error(`worker failed: ${m.fatal}`);
          const slot = pending.get(m.seq);
          if (slot) slot.result = { bytes: new Uint8Array(reply.output, at, m.length), count: m.count, bounce: m.bounce, ...(m.error ? { error: m.error } : {}) };
          at += m.length;
        }
        signal();
      };
      onError = (err) => {
        failure = err;
        signal();
      };
      let batch: WorkerBatch['jobs'][number][] = [];
      let batchBytes = 0;
      const send = (): void => {
        if (batch.length === 0) return;
        let best = -1;
        for (let i = 0; i < workers.length; i++) if (best < 0 || (busy[i] as number) < (busy[best] as number)) best = i;
        if ((best < 0 || (busy[best] as number) > 0) && workers.length < jobs) best = start();
        busy[best] = (busy[best] as number) + 1;
        sentBytes[best]?.push(batchBytes);
        inFlightBytes += batchBytes;
        batchBytes = 0;
        const transfer = batch.map((j) => j.bytes.buffer).filter((b, k, a) => b instanceof ArrayBuffer && a.indexOf(b) === k && b.byteLength < 2 ** 30) as ArrayBuffer[];
        const message: WorkerBatch = { format, jobs: batch };
        (workers[best] as Worker).postMessage(message, transfer);
        batch = [];
      };
      const drain = async (): Promise<void> => {
        for (;;) {
          const slot = pending.get(nextOut);
          if (!slot || (slot.item.kind === 'message' && !slot.result)) return;
          pending.delete(nextOut);
          nextOut++;
          await onResult(slot.item, slot.result ?? NO_RESULT);
        }
      };
      const waitForProgress = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
      const inFlightLimit = jobs * IN_FLIGHT_PER_WORKER;
      const pendingLimit = jobs * PENDING_PER_WORKER;
      for await (const item of source) {
        if (failure) throw failure;
        const seq = nextSeq++;
        pending.set(seq, { item });
        if (item.kind === 'message') {
          // copy out of a shared read buffer so the transfer moves only this message's bytes
          // (Uint8Array's slice copies; a Buffer's own slice() is a view of the same memory, and
          // transferring it would detach the read buffer the mbox splitter is still cutting)
          const own = item.bytes.byteOffset === 0 && item.bytes.byteLength === item.bytes.buffer.byteLength ? item.bytes : Uint8Array.prototype.slice.call(item.bytes);
          batch.push({ seq, file: item.file, ...(item.message === undefined ? {} : { message: item.message }), bytes: own });
          batchBytes += own.byteLength;
          if (batch.length >= BATCH_SIZE || batchBytes >= BATCH_BYTES) send();
        }
        await drain();
        // what the answers wait for must be on its way (a part batch would wait for ever)
        if (pending.size > pendingLimit) send();
        while ((busy.reduce((a, b) => a + b, 0) >= inFlightLimit || inFlightBytes > IN_FLIGHT_BYTES || pending.size > pendingLimit) && !failure) {
          await waitForProgress();
          await drain();
        }
      }
      send();
      while (pending.size > 0) {
        if (failure) throw failure;
        await drain();
        if (pending.size > 0) await waitForProgress();
      }
      if (failure) throw failure;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
