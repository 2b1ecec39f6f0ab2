/**
 * RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header values, decoded with TextDecoder so
 * it runs in browsers too. Adjacent words of one charset are joined as bytes before decoding, so
 * a multi-byte character split across two words comes out whole. Unknown charsets and broken
 * encodings leave the word as written and add a warning.
 */
import { MAX_ENCODED_WORDS } from './limits.js';

// Bounded, non-nested quantifiers: linear on any input.
const ENCODED_WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]{0,4096}?)\?=/g;

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string): TextDecoder | null {
  // RFC 2231 language suffix: "utf-8*en".
  const star = charset.indexOf('*');
  const label = (star >= 0 ? charset.slice(0, star) : charset).toLowerCase();
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label === 'us-ascii' || label === 'ascii' ? 'utf-8' : label, { fatal: false });
    } catch {
      d = null;
    }
    if (decoders.size < 64) decoders.set(label, d);
  }
  return d;
}

const B64 = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

function base64Bytes(text: string, out: number[]): boolean {
  let acc = 0;
  let bits = 0;
  let ok = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break; // '=' padding
    const v = c < 128 ? (B64[c] as number) : -1;
    if (v < 0) {
      ok = false;
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return ok;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function qBytes(text: string, out: number[]): boolean {
  let ok = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) out.push(32); // '_' is a space in Q
    else if (c === 61) {
      const h = hexValue(text.charCodeAt(i + 1));
      const l = hexValue(text.charCodeAt(i + 2));
      if (h < 0 || l < 0) {
        ok = false;
        out.push(61);
      } else {
        out.push(h * 16 + l);
        i += 2;
      }
    } else out.push(c & 0xff);
  }
  return ok;
}

/** Result of decoding one value. */
export interface DecodedValue {
  readonly text: string;
  /** Problems met: unknown charset, broken base64 or Q text. */
  readonly problems: readonly string[];
}

/**
 * Decodes the RFC 2047 encoded words of a header value.
 *
 * @example
 * decodeEncodedWords('=?utf-8?B?w6k=?= and =?iso-8859-1?Q?caf=E9?=').text // 'é and café'
 */
export function decodeEncodedWords(value: string): DecodedValue {
  if (value.indexOf('=?') < 0) return { text: value, problems: [] };
  const problems: string[] = [];
  let out = '';
  let last = 0;
  let pendingCharset = '';
  let pendingBytes: number[] = [];
  let pendingRaw = '';
  let count = 0;
  const flush = (): void => {
    if (pendingRaw === '') return;
    const d = decoderFor(pendingCharset);
    if (d === null) {
      problems.push(`unknown charset "${pendingCharset}" in an encoded word; left as written`);
      out += pendingRaw;
    } else {
      out += d.decode(new Uint8Array(pendingBytes));
    }
    pendingBytes = [];
    pendingRaw = '';
    pendingCharset = '';
  };
  ENCODED_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENCODED_WORD.exec(value)) !== null) {
    if (++count > MAX_ENCODED_WORDS) {
      problems.push(`more than ${MAX_ENCODED_WORDS} encoded words; the rest left as written`);
      break;
    }
    const between = value.slice(last, m.index);
    const charset = (m[1] as string).toLowerCase();
    // Whitespace between two encoded words is dropped (RFC 2047 section 6.2).
    const adjacent = pendingRaw !== '' && between.trim() === '';
    if (adjacent) {
      if (charset !== pendingCharset) flush();
    } else {
      flush();
      out += between;
    }
    const bytes: number[] = [];
    const ok = (m[2] as string).toLowerCase() === 'b' ? base64Bytes(m[3] as string, bytes) : qBytes(m[3] as string, bytes);
    if (!ok) problems.push(`broken ${(m[2] as string).toUpperCase()} encoding in "${m[0].slice(0, 60)}"`);
    pendingCharset = charset;
    for (const b of bytes) pendingBytes.push(b);
    pendingRaw += m[0];
    last = m.index + m[0].length;
  }
  flush();
  out += value.slice(last);
  return { text: out, problems };
}
