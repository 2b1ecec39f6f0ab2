/**
 * Writing header fields: RFC 2047 encoded-words for non-ASCII text and folding to the RFC 5322
 * line limits (78 characters preferred, 998 at most), with CRLF line ends.
 */

/** Preferred longest header line (RFC 5322 section 2.1.1). */
const FOLD_AT = 78;
/** Longest run without whitespace kept on one line (under the hard limit of 998). */
const MAX_UNBROKEN = 900;
const encoder = new TextEncoder();

/** True when every character is printable US-ASCII or a space/tab. */
export function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c > 0x7e) return false;
  }
  return true;
}

function base64(bytes: Uint8Array): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += abc[v >> 18]! + abc[(v >> 12) & 63]! + abc[(v >> 6) & 63]! + abc[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i]! << 16;
    out += abc[v >> 18]! + abc[(v >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += abc[v >> 18]! + abc[(v >> 12) & 63]! + abc[(v >> 6) & 63]! + '=';
  }
  return out;
}

/**
 * Encodes text as a list of RFC 2047 "B" encoded-words in UTF-8, each at most 75 characters,
 * never splitting a character between two words.
 *
 * @example encodeWords('Grüße') // ['=?UTF-8?B?R3LDvMOfZQ==?=']
 */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  // 42 bytes = 56 base64 characters: a 68-character word, so "Subject: " plus one word still fits
  // in 78 characters (RFC 2047 allows 75 per word, 76 per line).
  const maxBytes = 42;
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const len = encoder.encode(ch).length;
    if (chunkBytes + len > maxBytes && chunk !== '') {
      words.push('=?UTF-8?B?' + base64(encoder.encode(chunk)) + '?=');
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += len;
  }
  if (chunk !== '' || words.length === 0) words.push('=?UTF-8?B?' + base64(encoder.encode(chunk)) + '?=');
  return words;
}

/**
 * Folds `Name: value` at whitespace so lines stay within 78 characters where the value allows;
 * a run without whitespace longer than that stays on one line, unless it passes 900 characters,
 * when it is split (adding a space where it is split). Returns the field with a trailing CRLF.
 */
export function foldHeader(name: string, value: string): string {
  const words: string[] = [];
  for (const word of value.split(' ')) {
    // A run without spaces longer than this cannot be folded; split it so no line passes 998.
    for (let i = 0; i < word.length || i === 0; i += MAX_UNBROKEN) words.push(word.slice(i, i + MAX_UNBROKEN));
  }
  const lines: string[] = [];
  let line = name + ':';
  for (const word of words) {
    if (line.length + 1 + word.length > FOLD_AT && line.trim() !== name + ':') {
      lines.push(line);
      line = '';
    }
    line += ' ' + word;
  }
  lines.push(line);
  return lines.join('\r\n') + '\r\n';
}

/**
 * Writes an unstructured header field (Subject, Comments, ...) from Unicode text: as is when it is
 * printable ASCII, as RFC 2047 encoded-words otherwise; folded either way.
 */
export function unstructuredHeader(name: string, text: string): string {
  const words = text.split(' ');
  // Keep leading plain words readable; encode from the first word that needs it (non-ASCII, or one
  // that a reader would take for an encoded-word) to the end.
  const first = words.findIndex((w) => !isPrintableAscii(w) || w.includes('=?'));
  if (first < 0) return foldHeader(name, text);
  const plain = words.slice(0, first).join(' ');
  const encoded = encodeWords(words.slice(first).join(' ')).join(' ');
  return foldHeader(name, plain === '' ? encoded : `${plain} ${encoded}`);
}

/**
 * Writes a mailbox (`Display Name <addr@host>`) with the display name quoted or encoded as needed.
 */
export function mailboxHeader(name: string, displayName: string, address: string): string {
  if (displayName === '') return foldHeader(name, address);
  let phrase: string;
  if (!isPrintableAscii(displayName)) phrase = encodeWords(displayName).join(' ');
  else if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(displayName)) phrase = displayName;
  else phrase = '"' + displayName.replace(/[\\"]/g, (c) => '\\' + c) + '"';
  return foldHeader(name, phrase + ' <' + address + '>');
}

export { base64 as encodeBase64 };
