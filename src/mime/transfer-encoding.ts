/**
 * Content-Transfer-Encoding decoders (base64, quoted-printable) over binary strings. Both are
 * single passes that skip garbage instead of failing: bounces are often cut or re-wrapped.
 */

const B64_VALUE: Int16Array = (() => {
  const t = new Int16Array(256).fill(-1);
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < a.length; i++) t[a.charCodeAt(i)] = i;
  t[0x2d] = 62; // '-' and '_' of the URL-safe alphabet, seen in broken mailers
  t[0x5f] = 63;
  return t;
})();

const CHUNK = 8192;

function codesToString(codes: number[], out: string[]): void {
  out.push(String.fromCharCode.apply(null, codes));
  codes.length = 0;
}

/**
 * Decodes base64 text to a binary string, ignoring characters outside the alphabet and stopping
 * at the first '='. With `limit`, decoding stops once more than `limit` bytes are out: the result
 * is then a prefix of the full decode, longer than `limit` (so a caller can tell it was cut), and a
 * 50 MB attachment costs no more than its first `limit` bytes.
 * @example decodeBase64('aGk=') // 'hi'
 */
export function decodeBase64(s: string, limit = Infinity): string {
  const chunks: string[] = [];
  const codes: number[] = [];
  let bits = 0;
  let nbits = 0;
  let done = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) break;
    const v = c < 256 ? (B64_VALUE[c] as number) : -1;
    if (v < 0) continue;
    bits = ((bits << 6) | v) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      codes.push((bits >> nbits) & 0xff);
      if (codes.length >= CHUNK) {
        done += codes.length;
        codesToString(codes, chunks);
        if (done > limit) break;
      }
    }
  }
  if (codes.length) codesToString(codes, chunks);
  return chunks.join('');
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Decodes quoted-printable text to a binary string. Soft line breaks ("=" at line end) are
 * joined; an "=" not followed by two hex digits is kept as is. With `limit`, decoding stops once
 * more than `limit` characters are out; the result is then a prefix of the full decode.
 * @example decodeQuotedPrintable('caf=C3=A9=\nx') // 'caf\xc3\xa9x'
 */
export function decodeQuotedPrintable(s: string, underscoreIsSpace = false, limit = Infinity): string {
  if (s.indexOf('=') < 0 && !underscoreIsSpace) return s;
  let out = '';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f && underscoreIsSpace) {
      out += s.slice(start, i) + ' ';
      start = i + 1;
      continue;
    }
    if (c !== 0x3d) continue;
    out += s.slice(start, i);
    if (out.length > limit) return out;
    // soft line break: '=' then optional blanks then LF
    let j = i + 1;
    while (j < n && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j++;
    if (j < n && s.charCodeAt(j) === 0x0a) {
      i = j;
      start = j + 1;
      continue;
    }
    if (j >= n) {
      i = n;
      start = n;
      break;
    }
    const h = hexValue(s.charCodeAt(i + 1));
    const l = hexValue(s.charCodeAt(i + 2));
    if (h >= 0 && l >= 0) {
      out += String.fromCharCode((h << 4) | l);
      i += 2;
      start = i + 1;
    } else {
      start = i; // keep the '=' literally
    }
  }
  return out + s.slice(start);
}
