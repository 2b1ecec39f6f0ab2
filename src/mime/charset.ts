/**
 * Charset decoding of part bodies and encoded words. Uses the platform's TextDecoder (Node and
 * browsers share the WHATWG encoding list: iso-2022-jp, shift_jis, euc-jp, windows-125x, ...),
 * plus UTF-7, which TextDecoder lacks. Decoders are built once per label and cached.
 */
import { binaryToBytes, isAscii } from './binary.js';
import { decodeUtf7 } from './utf7.js';

/** Labels some mailers write that the WHATWG list does not know, mapped to one it does. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['cp932', 'shift_jis'],
  ['ms932', 'shift_jis'],
  ['windows-31j', 'shift_jis'],
  ['x-sjis', 'shift_jis'],
  ['sjis', 'shift_jis'],
  ['shift-jis', 'shift_jis'],
  ['iso-2022-jp-1', 'iso-2022-jp'],
  ['iso-2022-jp-2', 'iso-2022-jp'],
  ['iso-2022-jp-3', 'iso-2022-jp'],
  ['cp1252', 'windows-1252'],
  ['cp1251', 'windows-1251'],
  ['cp1250', 'windows-1250'],
  ['ansi_x3.4-1968', 'us-ascii'],
  ['ascii', 'us-ascii'],
  ['us_ascii', 'us-ascii'],
  ['utf8', 'utf-8'],
  ['unicode-1-1-utf-7', 'utf-7'],
  ['x-unknown', ''],
  ['unknown-8bit', ''],
  ['unknown', ''],
  ['default', ''],
]);

/** Cache of decoders by normalised label; `null` = the label is not supported. */
const decoders = new Map<string, TextDecoder | null>();
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const fallback8bit = new TextDecoder('windows-1252');

function decoderFor(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d !== undefined) return d;
  try {
    d = new TextDecoder(label);
  } catch {
    d = null;
  }
  if (decoders.size < 256) decoders.set(label, d);
  return d;
}

/** Normalises a charset label: lower case, quotes and spaces removed, aliases applied. */
export function normalizeCharset(label: string): string {
  if (label === '') return ''; // no label (header blocks, unlabelled parts): skip the rewrites
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  return ALIASES.get(l) ?? l;
}

/**
 * Decodes bytes held in a binary string (one char per byte) in the given charset. With no or an
 * unknown charset, valid UTF-8 is taken as UTF-8 and anything else as windows-1252; ISO-2022-JP
 * escape sequences are recognised even when unlabelled (Japanese carriers often omit the label).
 * Never throws.
 * @example decodeBinary('caf\xc3\xa9', 'utf-8') // 'café'
 */
export function decodeBinary(bin: string, charset: string): string {
  const cs = normalizeCharset(charset);
  if (cs === 'utf-7') return decodeUtf7(bin);
  const ascii = isAscii(bin);
  if (ascii) {
    // ISO-2022-JP is 7-bit: ESC $ B / ESC $ @ switch into JIS X 0208.
    if (cs === 'iso-2022-jp' || (bin.indexOf('\x1b$') >= 0 && cs !== 'us-ascii' && cs !== 'utf-8')) {
      const d = decoderFor('iso-2022-jp');
      if (d) return d.decode(binaryToBytes(bin));
    }
    return bin;
  }
  const bytes = binaryToBytes(bin);
  if (cs !== '' && cs !== 'us-ascii' && cs !== 'utf-8') {
    const d = decoderFor(cs);
    if (d) return d.decode(bytes);
  }
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return fallback8bit.decode(bytes);
  }
}
