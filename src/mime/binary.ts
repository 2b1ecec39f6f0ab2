/**
 * Bytes <-> "binary strings" (one char per byte, code 0-255) and line-end normalisation.
 * The MIME parser works on binary strings: V8's indexOf / slice on them is far faster than
 * byte loops over a Uint8Array, and every byte survives until a part's charset is known.
 * Runtime-neutral: uses Node's Buffer when present (a global, not an import), a chunked
 * String.fromCharCode otherwise (browsers).
 */

interface NodeBufferView {
  readonly length: number;
  [index: number]: number;
  toString(enc: string, start?: number, end?: number): string;
  indexOf(value: number, byteOffset?: number): number;
  copy(target: NodeBufferView, targetStart: number, sourceStart: number, sourceEnd: number): number;
}
interface BufferLike {
  from(data: ArrayBufferLike, offset?: number, length?: number): NodeBufferView;
  from(data: string, enc: string): Uint8Array;
  allocUnsafe(size: number): NodeBufferView;
}
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferLike }).Buffer;

/** Chunk size for String.fromCharCode.apply: well under engines' argument limits. */
const CHUNK = 8192;

/** Converts bytes to a binary string (char code = byte value). */
export function bytesToBinary(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(i + CHUNK, bytes.length))));
  }
  return out;
}

/** Converts a binary string back to bytes (char codes above 255 are truncated to their low byte). */
export function binaryToBytes(s: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(s, 'latin1');
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/**
 * Converts bytes to a binary string with CRLF and lone CR line ends turned into LF: the same
 * string as `bytesToBinary(bytes).replace(/\r\n?/g, '\n')`, built without its copies. The line ends
 * are rewritten in a byte buffer, so the string is made once and flat; a regex replace over a string
 * of many megabytes built a rope that the next `indexOf` flattened, two extra copies of the
 * message on the JS heap. Peak extra memory: the buffer and the string, each at most the input's size.
 * @example bytesToBinaryLf(new TextEncoder().encode('a\r\nb\rc')) // 'a\nb\nc'
 */
export function bytesToBinaryLf(bytes: Uint8Array): string {
  if (NodeBuffer) {
    const src = NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let cr = src.indexOf(0x0d);
    if (cr < 0) return src.toString('latin1');
    const n = src.length;
    const out = NodeBuffer.allocUnsafe(n);
    let w = 0;
    let r = 0;
    while (cr >= 0) {
      w += src.copy(out, w, r, cr);
      out[w++] = 0x0a;
      r = cr + 1;
      if (r < n && src[r] === 0x0a) r++;
      cr = r < n ? src.indexOf(0x0d, r) : -1;
    }
    w += src.copy(out, w, r, n);
    return out.toString('latin1', 0, w);
  }
  if (bytes.indexOf(0x0d) < 0) return bytesToBinary(bytes);
  const out = new Uint8Array(bytes.length);
  let w = 0;
  for (let r = 0; r < bytes.length; r++) {
    const c = bytes[r] as number;
    if (c !== 0x0d) out[w++] = c;
    else {
      out[w++] = 0x0a;
      if (bytes[r + 1] === 0x0a) r++;
    }
  }
  return bytesToBinary(out.subarray(0, w));
}

/**
 * Normalises CRLF and lone CR line ends to LF, so the three forms of a message parse alike.
 * @example normalizeLineEnds('a\r\nb\rc') // 'a\nb\nc'
 */
export function normalizeLineEnds(s: string): string {
  if (s.indexOf('\r') < 0) return s;
  return s.replace(/\r\n?/g, '\n');
}

/** Any char code from 0x80 up (one class, no quantifier: linear). */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * True when every char code is below 0x80. A regex scan: about twice as fast as a charCodeAt
 * loop over the corpus messages, and every part and header block is checked.
 */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}
