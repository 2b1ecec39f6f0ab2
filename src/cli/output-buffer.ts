/**
 * The output of `ndr parse`, gathered into pieces of about 64 KiB before each write: a write per
 * message was a measurable share of a large batch. It takes text (encoded here, in the thread
 * that writes) and bytes already encoded as UTF-8 (by the worker threads of `--jobs`), and writes
 * them in the order given, with back-pressure.
 */
import type { Writable } from 'node:stream';
import { writeOut } from './io.js';

/** Output is handed to the stream in pieces of about this size, not one write a message. */
export const OUTPUT_CHUNK = 64 * 1024;

/** Ordered output waiting to be written. */
export interface OutputBuffer {
  /** Adds text (encoded as UTF-8 when written). */
  text(s: string): Promise<void>;
  /** Adds bytes already encoded as UTF-8; they are copied when written, and must not change before. */
  bytes(b: Uint8Array): Promise<void>;
  /** Writes everything added so far. */
  flush(): Promise<void>;
}

/** An output buffer in front of `stream`. */
export function createOutputBuffer(stream: Writable): OutputBuffer {
  let pieces: (string | Uint8Array)[] = [];
  // what is held, in UTF-16 units of text plus bytes, and an upper bound of its encoded size
  // (UTF-8 needs at most 3 bytes per UTF-16 unit)
  let size = 0;
  let bound = 0;
  const flush = async (): Promise<void> => {
    if (pieces.length === 0) return;
    // Text is encoded straight into one buffer: joining the pieces into one string first and
    // encoding that took twice as long.
    const out = Buffer.allocUnsafe(bound);
    let length = 0;
    for (const piece of pieces) {
      if (typeof piece === 'string') length += out.write(piece, length);
      else {
        out.set(piece, length);
        length += piece.byteLength;
      }
    }
    pieces = [];
    size = 0;
    bound = 0;
    await writeOut(stream, out.subarray(0, length));
  };
  return {
    async text(s) {
      if (s === '') return;
      pieces.push(s);
      size += s.length;
      bound += s.length * 3;
      if (size >= OUTPUT_CHUNK) await flush();
    },
    async bytes(b) {
      if (b.byteLength === 0) return;
      pieces.push(b);
      size += b.byteLength;
      bound += b.byteLength;
      if (size >= OUTPUT_CHUNK) await flush();
    },
    flush,
  };
}
