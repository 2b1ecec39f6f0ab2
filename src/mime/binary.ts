/**
 * Bytes <-> "binary strings" (one char per byte, code 0-255) and line-end normalisation.
 * The MIME parser works on binary strings: V8's indexOf / slice on them is far faster than
 * byte loops over a Uint8Array, and every byte survives until a part's charset is known.
 * Runtime-neutral: uses Node's Buffer when present (a global, not an import), a chunked
 * String.fromCharCode otherwise (browsers).
 */

interface BufferLike {
  from(data: ArrayBufferLike, offset?: number, length?: number): { latin1Slice?: (s: number, e: number) => string; toString(enc: string): string };
  from(data: string, enc: string): Uint8Array;
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

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
