/**
 * A pool of worker threads for `ndr parse --jobs N`. Messages are handed out round-robin to the
 * least busy worker; results are emitted in input order. At most `jobs * IN_FLIGHT_PER_WORKER`
 * messages are in flight, so memory stays bounded on huge mbox files.
 */
import { Worker } from 'node:worker_threads';
import type { InputItem } from '../io/read-inputs.js';
import type { MessageRecords } from './records-for-message.js';

/** Messages queued per worker before reading more input waits. */
const IN_FLIGHT_PER_WORKER = 32;

interface Reply extends MessageRecords {
  readonly seq: number;
  readonly fatal?: string;
}

export interface ParsePool {
  /** Parses every item of `source`; calls `onResult` in input order (errors pass through). */
  run(source: AsyncIterable<InputItem>, onResult: (item: InputItem, result: MessageRecords) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

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

/** Starts `jobs` worker threads. */
export function createParsePool(jobs: number): ParsePool {
  const workers = Array.from({ length: jobs }, spawn);
  const busy = new Array<number>(jobs).fill(0);
  return {
    async run(source, onResult) {
      const pending = new Map<number, { item: InputItem; result?: MessageRecords }>();
      let nextSeq = 0;
      let nextOut = 0;
      let failure: Error | null = null;
      let wake: (() => void) | null = null;
      const signal = (): void => {
        const w = wake;
        wake = null;
        w?.();
      };
      workers.forEach((w, i) => {
        w.on('message', (m: Reply) => {
          busy[i] = (busy[i] as number) - 1;
          const slot = pending.get(m.seq);
          if (m.fatal) failure = new Error(`worker failed: ${m.fatal}`);
          if (slot) slot.result = { records: m.records, ...(m.error ? { error: m.error } : {}) };
          signal();
        });
        w.on('error', (err) => {
          failure = err;
          signal();
        });
      });
      const drain = async (): Promise<void> => {
        for (;;) {
          const slot = pending.get(nextOut);
          if (!slot || (slot.item.kind === 'message' && !slot.result)) return;
          pending.delete(nextOut);
          nextOut++;
          await onResult(slot.item, slot.result ?? { records: [] });
        }
      };
      const waitForProgress = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
      for await (const item of source) {
        if (failure) throw failure;
        const seq = nextSeq++;
        pending.set(seq, { item });
        if (item.kind === 'message') {
          let best = 0;
          for (let i = 1; i < jobs; i++) if ((busy[i] as number) < (busy[best] as number)) best = i;
          busy[best] = (busy[best] as number) + 1;
          (workers[best] as Worker).postMessage({ seq, file: item.file, bytes: item.bytes });
        }
        await drain();
        while (pending.size >= jobs * IN_FLIGHT_PER_WORKER && !failure) {
          await waitForProgress();
          await drain();
        }
      }
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
