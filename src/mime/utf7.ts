/**
 * UTF-7 (RFC 2152) decoding. TextDecoder has no utf-7, yet Outlook.com and old Exchange servers
 * still label bounce parts with it. Bounded: one pass over the input, output no longer than it.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/**
 * Decodes UTF-7 text given as a binary string (one char per byte).
 * @example decodeUtf7('Hi Mom -+Jjo--!') // 'Hi Mom -☺-!'
 */
export function decodeUtf7(input: string): string {
  let out = '';
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c !== 0x2b /* + */) {
      out += input[i];
      i++;
      continue;
    }
    i++;
    if (i < n && input.charCodeAt(i) === 0x2d /* - */) {
      out += '+';
      i++;
      continue;
    }
    // A base64 run of UTF-16 code units.
    let bits = 0;
    let nbits = 0;
    const units: number[] = [];
    while (i < n) {
      const d = input.charCodeAt(i);
      const v = d < 128 ? (B64_VALUE[d] as number) : -1;
      if (v < 0) break;
      bits = ((bits << 6) | v) & 0xffffff;
      nbits += 6;
      if (nbits >= 16) {
        nbits -= 16;
        units.push((bits >> nbits) & 0xffff);
      }
      i++;
    }
    if (i < n && input.charCodeAt(i) === 0x2d) i++; // the '-' that ends a run is absorbed
    for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode.apply(null, units.slice(k, k + 4096));
  }
  return out;
}
