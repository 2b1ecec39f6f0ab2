/**
 * Decoding RFC 2047 encoded-words in the original's Subject, From and To, so the report can show
 * them as people wrote them. Bounded: values are capped by the caller; each word is matched by a
 * regex without nested quantifiers; an unknown charset leaves the word as it is.
 */

const WORD = /=\?([A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([BbQq])\?([^?\s]{0,400})\?=/g;

function decodeBase64(text: string): Uint8Array {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = abc.indexOf(ch);
    if (v < 0) continue;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeQ(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '_') out.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

/**
 * Decodes the encoded-words in a header value; whitespace between two adjacent encoded-words is
 * dropped, as RFC 2047 requires. Control characters in the result become spaces.
 *
 * @example decodeWords('=?UTF-8?B?R3LDvMOfZQ==?= aus Köln') // 'Grüße aus Köln'
 */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let lastWasWord = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(value); m !== null; m = WORD.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(lastWasWord && between.trim() === '')) out += between;
    let decoded: string;
    try {
      const bytes = m[2]!.toUpperCase() === 'B' ? decodeBase64(m[3]!) : decodeQ(m[3]!);
      decoded = new TextDecoder(m[1]!.toLowerCase()).decode(bytes);
    } catch {
      decoded = m[0];
    }
    out += decoded;
    last = m.index + m[0].length;
    lastWasWord = true;
  }
  // A decoded word may hide CR, LF or other control characters: they become spaces.
  return (out + value.slice(last)).replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}
