/**
 * Streaming mbox splitter: yields one message at a time from a byte stream, so memory stays flat
 * on a multi-gigabyte mbox. A message starts at a line beginning with "From " at the start of the
 * stream or after a blank line (mboxo / mboxrd; ">From " quoting is left as it is: it does not
 * change what a bounce says), or at a whole envelope line ("From sender asctime-date") even
 * without the blank line: mail stores often append a message right after the previous one's
 * closing MIME boundary. Split points are found with native indexOf over the bytes, not a loop
 * per line.
 */

import { MAX_MESSAGE_BYTES } from '../mime/limits.js';

/**
 * Largest message kept while splitting (the parser's limit). A longer one is yielded as its first
 * `MAX_MBOX_MESSAGE + 1` bytes, so the parser refuses it as too large, exactly as it would the
 * same message in a file of its own, instead of reading a silently cut copy; its rest is skipped.
 */
export const MAX_MBOX_MESSAGE = MAX_MESSAGE_BYTES;

const FROM_LINE = new Uint8Array([0x0a, 0x46, 0x72, 0x6f, 0x6d, 0x20]); // "\nFrom "

/** Longest envelope line recognised (sender address, date and some slack). */
const MAX_ENVELOPE_LINE = 512;

/**
 * An mbox envelope line: "From ", the envelope sender, then an asctime date
 * ("Thu Jul  2 12:05:05 2020", an optional zone before the year). Body text that merely starts
 * with "From " has no such date. Bounded runs, no nesting.
 */
const ENVELOPE_LINE = /^From \S{1,400} {1,4}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d{1,2}:\d{2}(?::\d{2})?(?: [A-Za-z0-9+-]{1,10})? \d{4}[ \t\r]{0,8}$/;

/**
 * Whether the line starting at `i` is a whole envelope line; null when the line is not complete
 * in `buf` yet (the next chunk decides).
 */
function envelopeAt(buf: Uint8Array, i: number): boolean | null {
  const limit = Math.min(buf.length, i + MAX_ENVELOPE_LINE);
  let eol = i;
  while (eol < limit && buf[eol] !== 0x0a) eol++;
  if (eol === limit) return limit === buf.length && limit < i + MAX_ENVELOPE_LINE ? null : false;
  return ENVELOPE_LINE.test(String.fromCharCode(...buf.subarray(i, eol)));
}

/** True when the bytes start like an mbox (a "From " envelope line). */
export function looksLikeMbox(head: Uint8Array): boolean {
  return head.length >= 5 && head[0] === 0x46 && head[1] === 0x72 && head[2] === 0x6f && head[3] === 0x6d && head[4] === 0x20;
}

interface NativeBytes {
  indexOf(v: Uint8Array, from?: number): number;
}

/** Node's Buffer, when this runs on Node: its indexOf searches bytes natively. */
const NODE_BUFFER = (globalThis as { Buffer?: { from(a: ArrayBufferLike, offset: number, length: number): NativeBytes } }).Buffer;

/**
 * Index of `needle` in `hay` from `from`, or -1: Buffer's native search when available (a joined
 * chunk is a plain Uint8Array: it is searched through a Buffer view of the same memory, no copy).
 */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  if (NODE_BUFFER) {
    const b = typeof (hay as { readUInt8?: unknown }).readUInt8 === 'function' ? (hay as unknown as NativeBytes) : NODE_BUFFER.from(hay.buffer, hay.byteOffset, hay.byteLength);
    return b.indexOf(needle, from);
  }
  const first = needle[0] as number;
  for (let i = hay.indexOf(first, from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** True when the "\nFrom " at `nl` follows a blank line ("\n\n" or "\n\r\n"). */
function afterBlankLine(buf: Uint8Array, nl: number, floor: number): boolean {
  if (nl - 1 >= floor && buf[nl - 1] === 0x0a) return true;
  return nl - 2 >= floor && buf[nl - 1] === 0x0d && buf[nl - 2] === 0x0a;
}

/**
 * The bytes of the message being split that are not emitted yet, in one buffer that grows by
 * doubling: appending a chunk copies only that chunk, so a message spread over many reads costs
 * time linear in its size (joining the whole remainder again for every read made a 64 MiB message
 * cost gigabytes of copying).
 */
class Remainder {
  private bytes = new Uint8Array(0);
  length = 0;

  /** The remainder followed by `chunk`, as one view of the buffer (valid until the next change). */
  append(chunk: Uint8Array): Uint8Array {
    const need = this.length + chunk.length;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length = need;
    return this.bytes.subarray(0, need);
  }

  /** Keeps only `view`'s bytes from `from` on (`view` is the buffer or a chunk outside it). */
  keep(view: Uint8Array, from: number): void {
    const rest = view.length - from;
    if (view.buffer === this.bytes.buffer) this.bytes.copyWithin(0, from, view.length);
    else {
      if (rest > this.bytes.length) this.bytes = new Uint8Array(rest);
      this.bytes.set(view.subarray(from), 0);
    }
    this.length = rest;
    // do not pin a large buffer for a small remainder once a long message has gone
    if (this.bytes.length > 4 * (1 << 20) && this.bytes.length > 4 * rest) this.bytes = this.bytes.slice(0, rest);
  }

  /** Keeps only the last `n` bytes. */
  keepLast(n: number): void {
    this.bytes.copyWithin(0, this.length - n, this.length);
    this.length = n;
  }

  /** A copy of the first `n` bytes. */
  copy(n: number): Uint8Array {
    return this.bytes.slice(0, Math.min(n, this.length));
  }
}

/** A copy of `buf`'s bytes from `start` to `end` (a Buffer's slice would be a view). */
function copyOf(buf: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(buf, start, end);
}

/**
 * Splits an mbox byte stream into messages (each still starting with its "From " line).
 * @example for await (const msg of splitMbox(fs.createReadStream('inbox.mbox'))) parse(msg);
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  // `rest`: bytes of the current message not yet emitted (bounded by MAX_MBOX_MESSAGE + a chunk).
  const rest = new Remainder();
  let dropped = false; // the current message outgrew the limit: skip to the next split point
  let pending = -1; // offset in the remainder of a "\nFrom " whose line the last chunk cut short
  for await (const chunk of chunks) {
    const old = rest.length;
    // a chunk that starts a message is searched as it is, otherwise after the remainder
    const buf = old === 0 ? chunk : rest.append(chunk);
    // search only where a split point can be new: from the end of the old remainder, less the needle
    let from = pending >= 0 ? pending : Math.max(0, old - FROM_LINE.length - 2);
    pending = -1;
    let start = 0;
    for (;;) {
      const nl = indexOfBytes(buf, FROM_LINE, from);
      if (nl < 0) break;
      if (!afterBlankLine(buf, nl, start)) {
        const env = envelopeAt(buf, nl + 1);
        if (env === null) {
          pending = nl;
          break;
        }
        if (!env) {
          from = nl + 1;
          continue;
        }
      }
      from = nl + 1;
      const end = nl + 1;
      if (end > start) {
        if (!dropped) yield copyOf(buf, start, end);
        dropped = false;
      }
      start = end;
    }
    rest.keep(buf, start);
    if (pending >= 0) pending -= start;
    if (rest.length > MAX_MBOX_MESSAGE) {
      if (!dropped) yield rest.copy(MAX_MBOX_MESSAGE + 1);
      dropped = true;
      pending = -1;
      // keep the tail that may hold the start of the next split point
      rest.keepLast(FROM_LINE.length + 2);
    }
  }
  if (rest.length > 0 && !dropped) yield rest.copy(rest.length);
}
