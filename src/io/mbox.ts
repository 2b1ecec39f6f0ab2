/**
 * Streaming mbox splitter: yields one message at a time from a byte stream, so memory stays flat
 * on a multi-gigabyte mbox. A message starts at a line beginning with "From " at the start of the
 * stream or after a blank line (mboxo / mboxrd; ">From " quoting is left as it is: it does not
 * change what a bounce says).
 */

/** Largest message held while splitting; a longer one is cut at this size (its rest is skipped). */
export const MAX_MBOX_MESSAGE = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

function isFromLineAt(buf: Uint8Array, i: number): boolean {
  return buf[i] === 0x46 && buf[i + 1] === 0x72 && buf[i + 2] === 0x6f && buf[i + 3] === 0x6d && buf[i + 4] === 0x20;
}

/** True when the bytes start like an mbox (a "From " envelope line). */
export function looksLikeMbox(head: Uint8Array): boolean {
  return head.length >= 5 && isFromLineAt(head, 0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Splits an mbox byte stream into messages (each still starting with its "From " line).
 * @example for await (const msg of splitMbox(fs.createReadStream('inbox.mbox'))) parse(msg);
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array = new Uint8Array(0); // bytes of the current message not yet complete
  let parts: Uint8Array[] = []; // completed lines of the current message
  let size = 0;
  let prevBlank = true; // at stream start a From line opens a message
  let started = false;
  const flush = (): Uint8Array | null => {
    if (!started || size === 0) return null;
    const out = new Uint8Array(Math.min(size, MAX_MBOX_MESSAGE));
    let o = 0;
    for (const p of parts) {
      const n = Math.min(p.length, out.length - o);
      out.set(p.subarray(0, n), o);
      o += n;
      if (o >= out.length) break;
    }
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    const buf = concat(pending, chunk);
    let lineStart = 0;
    for (;;) {
      const nl = buf.indexOf(LF, lineStart);
      if (nl < 0) break;
      const lineEnd = nl + 1;
      if (prevBlank && isFromLineAt(buf, lineStart)) {
        const m = flush();
        if (m) yield m;
        started = true;
      }
      const isBlank = nl === lineStart || (nl === lineStart + 1 && buf[lineStart] === CR);
      prevBlank = isBlank;
      if (!started) started = true; // no leading From line: treat as one message
      if (size < MAX_MBOX_MESSAGE) {
        parts.push(buf.subarray(lineStart, lineEnd));
        size += lineEnd - lineStart;
      }
      lineStart = lineEnd;
    }
    pending = buf.slice(lineStart);
    if (pending.length > MAX_MBOX_MESSAGE) {
      // a line longer than the limit: keep what fits, drop the rest
      if (size < MAX_MBOX_MESSAGE) {
        parts.push(pending.subarray(0, MAX_MBOX_MESSAGE - size));
        size = MAX_MBOX_MESSAGE;
      }
      pending = new Uint8Array(0);
    }
  }
  if (pending.length > 0) {
    if (prevBlank && isFromLineAt(pending, 0)) {
      const m = flush();
      if (m) yield m;
    }
    started = true;
    parts.push(pending);
    size += pending.length;
  }
  const last = flush();
  if (last) yield last;
}
