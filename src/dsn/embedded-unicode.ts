/**
 * RFC 6533 section 3 embedded Unicode characters: `\x{HHHH}` stands for one Unicode code point in
 * the 7-bit fields of a delivery status notification (utf-8 addresses; ndrkit's composer and other
 * downgrading writers use the same escape for non-ASCII server replies). Decoding is one linear
 * pass; anything that is not a well-formed escape is kept as written.
 */

/** One escape: `\x{` 1 to 6 hex digits `}` (RFC 6533 HEXPOINT is 2 to 6; one digit is tolerated). */
const ESCAPE = /\\x\{([0-9A-Fa-f]{1,6})\}/g;

/**
 * Replaces every `\x{HHHH}` escape by the character it names. Code points that are not characters
 * (surrogates, beyond U+10FFFF) stay escaped; control characters (which would break a field into
 * lines) become a space.
 * @example decodeEmbeddedUnicode('\\x{30E6}\\x{30FC}\\x{30B6}@example.jp') // 'ユーザ@example.jp'
 */
export function decodeEmbeddedUnicode(text: string): string {
  if (!text.includes('\\x{')) return text;
  return text.replace(ESCAPE, (whole, hex: string) => {
    const c = parseInt(hex, 16);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return whole;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return ' ';
    return String.fromCodePoint(c);
  });
}
