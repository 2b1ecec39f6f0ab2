/**
 * Reading the original (bounced) message just enough to write a report about it: where its header
 * block ends, a few header fields (Subject, Message-ID, From, Return-Path, Date, To), and the part
 * that returns it (`message/rfc822` or `text/rfc822-headers`) within a size limit.
 *
 * The original is untrusted: every scan is a byte loop bounded by its size, no regex runs over it
 * whole, and header values are capped before any regex sees them.
 */
import { encodeQuotedPrintable } from './quoted-printable.js';

/** Most header bytes read for the few fields the report shows (a sane header block is far smaller). */
const MAX_HEADER_SCAN = 1024 * 1024;
/** Longest header value kept for display; longer values are cut (the full block is still attached). */
const MAX_FIELD_LENGTH = 2000;
/** Longest line allowed in an 8-bit MIME body (RFC 5322 section 2.1.1). */
const MAX_LINE = 998;

const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The original message as bytes (a string is taken as UTF-8). */
export function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? utf8.encode(input) : input;
}

/**
 * Returns the length of the header block: the offset of the empty line that ends it (or the whole
 * input when there is none, as for a bare header block).
 */
export function headerBlockLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0x0a) continue;
    // An LF followed by LF, or by CR LF, ends the header block.
    if (bytes[i + 1] === 0x0a) return i + 1;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 1;
  }
  if (n >= 2 && bytes[0] === 0x0d && bytes[1] === 0x0a) return 0;
  if (n >= 1 && bytes[0] === 0x0a) return 0;
  return n;
}

/** The few header fields of the original that a report shows, raw (unfolded, not decoded). */
export interface OriginalFields {
  readonly subject: string;
  readonly messageId: string;
  readonly from: string;
  readonly returnPath: string;
  readonly to: string;
  readonly date: string;
}

const WANTED = new Set(['subject', 'message-id', 'from', 'return-path', 'to', 'date']);

/**
 * Reads the fields the report needs from the header block (the first occurrence of each), unfolded,
 * decoded as UTF-8 with bad bytes replaced. Encoded-words are left as they are.
 */
export function readOriginalFields(bytes: Uint8Array, headerLength: number): OriginalFields {
  const text = utf8Lenient.decode(bytes.subarray(0, Math.min(headerLength, MAX_HEADER_SCAN)));
  const found = new Map<string, string>();
  let name = '';
  let value = '';
  const flush = (): void => {
    if (name !== '' && WANTED.has(name) && !found.has(name)) {
      // Control characters (a bare CR, NUL, ESC) have no place in what the report shows.
      found.set(name, value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ').trim().slice(0, MAX_FIELD_LENGTH));
    }
    name = '';
    value = '';
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    start = end + 1;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (name !== '' && value.length < MAX_FIELD_LENGTH) value += ' ' + line.trim();
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 76) continue;
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1, colon + 1 + MAX_FIELD_LENGTH);
  }
  flush();
  return {
    subject: found.get('subject') ?? '',
    messageId: found.get('message-id') ?? '',
    from: found.get('from') ?? '',
    returnPath: found.get('return-path') ?? '',
    to: found.get('to') ?? '',
    date: found.get('date') ?? '',
  };
}

/** The first `<local@domain>` in a Message-ID value, if it is a plausible one (no spaces or brackets). */
export function pickMessageId(value: string): string {
  const m = /<([^<>\s@]{1,450}@[^<>\s@]{1,450})>/.exec(value.slice(0, 1000));
  return m ? '<' + m[1]! + '>' : '';
}

/** The address in a From / Return-Path value: the one in angle brackets, or a bare addr-spec. */
export function pickAddress(value: string): string {
  const v = value.slice(0, 1000);
  const angle = /<([^<>\s]*)>/.exec(v);
  if (angle) return angle[1]!;
  const bare = /([^\s<>(),;:"]+@[^\s<>(),;:"]+)/.exec(v);
  return bare ? bare[1]! : '';
}

/** Why the returned original is not what was asked for. */
export type OriginalNote = 'tooLarge' | 'headersCut' | 'notMimeSafe';

/** The MIME part that returns the original, ready to place in the report. */
export interface OriginalPart {
  readonly contentType: 'message/rfc822' | 'text/rfc822-headers';
  readonly transferEncoding: '7bit' | '8bit' | 'quoted-printable';
  /** `utf-8` when 8-bit header bytes are valid UTF-8; "" when their charset is unknown. */
  readonly charset: 'utf-8' | '';
  /** The body, CRLF line ends. */
  readonly body: string;
  /** Size of the original in bytes. */
  readonly originalSize: number;
  readonly notes: readonly OriginalNote[];
}

/** Converts LF and lone CR line ends to CRLF. */
function toCrlf(bytes: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a && bytes[i - 1] !== 0x0d) extra++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) extra++;
  }
  if (extra === 0) return bytes;
  const out = new Uint8Array(bytes.length + extra);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a && bytes[i - 1] !== 0x0d) {
      out[j++] = 0x0d;
      out[j++] = 0x0a;
    } else if (b === 0x0d && bytes[i + 1] !== 0x0a) {
      out[j++] = 0x0d;
      out[j++] = 0x0a;
    } else out[j++] = b;
  }
  return out;
}

/** Classifies CRLF bytes: 7-bit, 8-bit (valid UTF-8, short lines, no NUL) or neither. */
function bodyClass(bytes: Uint8Array): '7bit' | '8bit' | 'binary' {
  let eight = false;
  let lineLength = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      lineLength = 0;
      continue;
    }
    if (b === 0x00) return 'binary';
    if (b >= 0x80) eight = true;
    if (b !== 0x0d && ++lineLength > MAX_LINE) return 'binary';
  }
  if (!eight) return '7bit';
  try {
    utf8Strict.decode(bytes);
    return '8bit';
  } catch {
    return 'binary';
  }
}

/** Cuts a CRLF header block to at most `limit` bytes, at the start of a header field. */
function cutHeaders(bytes: Uint8Array, limit: number): Uint8Array {
  let cut = 0;
  for (let i = 0; i + 1 < bytes.length && i + 2 <= limit; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const next = bytes[i + 2];
      // Only cut where the next line starts a new field (not a folded continuation).
      if (next !== 0x20 && next !== 0x09) cut = i + 2;
    }
  }
  return bytes.subarray(0, cut);
}

/**
 * Builds the part that returns the original: the whole message when asked for and it fits in
 * `limit` bytes and is safe to carry as 7bit/8bit MIME; otherwise its header block, cut at a field
 * boundary to `limit` bytes when needed. 8-bit headers are quoted-printable so the report stays
 * 7-bit. `notes` says what was left out and why.
 */
export function buildOriginalPart(bytes: Uint8Array, mode: 'full' | 'headers', limit: number): OriginalPart {
  const notes: OriginalNote[] = [];
  if (mode === 'full') {
    if (bytes.length > limit) notes.push('tooLarge');
    else {
      const crlf = toCrlf(bytes);
      const cls = crlf.length > limit ? 'too-large' : bodyClass(crlf);
      if (cls === '7bit' || cls === '8bit') {
        let body = utf8Lenient.decode(crlf);
        if (!body.endsWith('\r\n')) body += '\r\n';
        return { contentType: 'message/rfc822', transferEncoding: cls, charset: '', body, originalSize: bytes.length, notes };
      }
      notes.push(cls === 'too-large' ? 'tooLarge' : 'notMimeSafe');
    }
  }
  const headerLength = headerBlockLength(bytes);
  // Trim the header block's own final line end; it is added back below.
  let headers = toCrlf(bytes.subarray(0, Math.min(headerLength, limit * 4 + 4)));
  while (headers.length > 0 && (headers[headers.length - 1] === 0x0a || headers[headers.length - 1] === 0x0d)) {
    headers = headers.subarray(0, headers.length - 1);
  }
  if (headers.length + 2 > limit) {
    headers = cutHeaders(headers, limit);
    notes.push('headersCut');
  }
  let ascii = true;
  let lineLength = 0;
  for (let i = 0; i < headers.length; i++) {
    const b = headers[i]!;
    if (b === 0x0a) lineLength = 0;
    else if (b >= 0x80 || b === 0x00 || ++lineLength > MAX_LINE) {
      ascii = false;
      break;
    }
  }
  let body: string;
  let charset: 'utf-8' | '' = '';
  if (ascii) {
    body = new TextDecoder('latin1').decode(headers);
    if (!body.endsWith('\r\n') && body !== '') body += '\r\n';
  } else {
    try {
      utf8Strict.decode(headers);
      charset = 'utf-8';
    } catch {
      // Latin-1 or another legacy charset: the bytes are kept as they are, the charset unnamed.
    }
    body = encodeQuotedPrintable(headers);
    if (!body.endsWith('\r\n')) body += '\r\n';
  }
  return {
    contentType: 'text/rfc822-headers',
    transferEncoding: ascii ? '7bit' : 'quoted-printable',
    charset,
    body,
    originalSize: bytes.length,
    notes,
  };
}
