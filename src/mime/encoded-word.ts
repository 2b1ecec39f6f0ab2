/**
 * RFC 2047 encoded words in header values (`=?iso-2022-jp?B?...?=`). Adjacent words separated
 * only by white space are joined, and adjacent words in the same charset are decoded together,
 * since mailers split multi-byte characters across words.
 */
import { decodeBinary } from './charset.js';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.js';

/** One encoded word. Each class is bounded by '?', so matching is linear in the value's length. */
const ENCODED_WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes the encoded words of a header value given as a binary string. Raw 8-bit bytes outside
 * encoded words are decoded as UTF-8 when valid, else windows-1252.
 * @example decodeEncodedWords('=?utf-8?B?Y2Fmw6k=?= ok') // 'café ok'
 */
export function decodeEncodedWords(value: string): string {
  if (value.indexOf('=?') < 0) return decodeBinary(value, '');
  let out = '';
  let last = 0;
  let pendingCharset = '';
  let pendingBytes = '';
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(value); m !== null; m = ENCODED_WORD.exec(value)) {
    const between = value.slice(last, m.index);
    const charset = (m[1] as string).replace(/\*.*$/, ''); // drop an RFC 2231 language tag
    const enc = (m[2] as string).toLowerCase();
    const bytes = enc === 'b' ? decodeBase64(m[3] as string) : decodeQuotedPrintable(m[3] as string, true);
    const onlyBlank = /^[ \t\n]*$/.test(between);
    if (pendingBytes !== '' && onlyBlank && charset.toLowerCase() === pendingCharset.toLowerCase()) {
      pendingBytes += bytes;
    } else {
      if (pendingBytes !== '') out += decodeBinary(pendingBytes, pendingCharset);
      if (!(onlyBlank && last > 0 && pendingCharset !== '')) out += decodeBinary(between, '');
      pendingCharset = charset;
      pendingBytes = bytes;
    }
    last = m.index + m[0].length;
  }
  if (pendingBytes !== '') out += decodeBinary(pendingBytes, pendingCharset);
  return out + decodeBinary(value.slice(last), '');
}
