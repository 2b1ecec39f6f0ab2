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
 * Signs that a decode went wrong: replacement characters, or C1 control characters (no mail text
 * has them; lax decoders turn bytes they cannot place into them).
 */
const GARBLED = /[\u0080-\u009f\ufffd]/;

/**
 * Strict decoders tried on the bytes of a mislabelled part: UTF-8 first (what most mailers write
 * today), then, for a Japanese label, the other Japanese encodings (EUC-JP before Shift_JIS: EUC
 * bytes also decode as Shift_JIS half-width katakana, Shift_JIS bytes rarely as EUC-JP).
 */
const JAPANESE_LABELS: ReadonlySet<string> = new Set(['iso-2022-jp', 'euc-jp', 'shift_jis']);
const strictDecoders = new Map<string, TextDecoder | null>();

function strictDecoder(label: string): TextDecoder | null {
  let d = strictDecoders.get(label);
  if (d !== undefined) return d;
  try {
    d = new TextDecoder(label, { fatal: true });
  } catch {
    d = null;
  }
  strictDecoders.set(label, d);
  return d;
}

/**
 * The text of bytes whose declared charset decodes to garbage, read in the first candidate
 * encoding that decodes them cleanly; null when none does.
 */
function sniffMislabelled(bytes: Uint8Array, declared: string): string | null {
  const candidates = JAPANESE_LABELS.has(declared) ? ['utf-8', 'euc-jp', 'shift_jis'] : ['utf-8'];
  for (const label of candidates) {
    if (label === declared) continue;
    const d = strictDecoder(label);
    if (!d) continue;
    try {
      const text = d.decode(bytes);
      if (!GARBLED.test(text)) return text;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * Decodes bytes held in a binary string (one char per byte) in the given charset. With no or an
 * unknown charset, valid UTF-8 is taken as UTF-8 and anything else as windows-1252; ISO-2022-JP
 * escape sequences are recognised even when unlabelled (Japanese carriers often omit the label).
 * When the declared charset does not fit the bytes (its decode has replacement or C1 characters, as
 * with an ISO-2022-JP label on EUC-JP or UTF-8 bytes), a strict UTF-8 decode, and for Japanese
 * labels EUC-JP and Shift_JIS, are tried before giving the replacement-filled text. Never throws.
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
    if (d) {
      const out = d.decode(bytes);
      // A label that cannot describe these bytes (a 7-bit charset on 8-bit bytes, or a decode full
      // of replacement characters): the bytes are read as what they validly are, when one is.
      if (!GARBLED.test(out)) return out;
      return sniffMislabelled(bytes, cs) ?? out;
    }
  }
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return fallback8bit.decode(bytes);
  }
}
